/** What editors and hosts are told about each chart's embed (see catalog.server.ts). */
import type { EmbedFacts } from '$lib/charts/types';
import { meta } from '../../content/story';

export interface EmbedInfo extends EmbedFacts {
	/** The chart's own title, as its ChartFrame shows it. */
	title: string;
}

/** The credit line editors publish with a chart. */
export const CREDIT = `Chart: ${meta.byline}, “${meta.headline}”`;
