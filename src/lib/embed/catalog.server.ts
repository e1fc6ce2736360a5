/**
 * Each chart's embed facts, from its definition (see src/lib/charts/registry.ts), so a chart's
 * embed appears as soon as the chart is listed. Server-only: the editors' page gets these as
 * data, not every chart's code.
 */
import { error } from '@sveltejs/kit';
import { isChartId, REGISTRY, type ChartId } from '$lib/charts/registry';
import type { EmbedInfo } from './catalog';

/** A chart's embed facts, in the language of the page being rendered. */
export const embedInfo = (chart: ChartId): EmbedInfo => ({
	...REGISTRY[chart].embed,
	title: REGISTRY[chart].title(),
	description: REGISTRY[chart].embed.description()
});

/** The chart a route's `[chart=chart]` names; a name the registry does not list is not found. */
export function listedChart(name: string): ChartId {
	if (!isChartId(name)) error(404, `No chart "${name}"`);
	return name;
}
