/**
 * Each chart's embed facts, from its definition (see src/lib/charts/registry.ts), so a chart's
 * embed appears as soon as the chart is listed. Server-only: the editors' page gets these as
 * data, not every chart's code.
 */
import { error } from '@sveltejs/kit';
import { isChartId, REGISTRY, type ChartId } from '$lib/charts/registry';
import type { EmbedInfo } from './catalog';

export const embedInfo = (chart: ChartId): EmbedInfo => ({
	title: REGISTRY[chart].title,
	...REGISTRY[chart].embed
});

/** The chart a route's `[chart=chart]` names; a name the registry does not list is not found. */
export function listedChart(name: string): ChartId {
	if (!isChartId(name)) error(404, `No chart "${name}"`);
	return name;
}
