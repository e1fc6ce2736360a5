/**
 * What editors and hosts are told about each chart's embed (see catalog.server.ts), in the
 * edition's language.
 */
import type { EmbedFacts } from '$lib/charts/types';
import { m } from '$lib/i18n';

export interface EmbedInfo extends Omit<EmbedFacts, 'description'> {
	/** The chart's own title, as its ChartFrame shows it. */
	title: string;
	/** One sentence for link previews and the oEmbed file. */
	description: string;
}

/** The credit line editors publish with a chart, in the edition's language. */
export const credit = (meta: { byline: string; headline: string }) =>
	m.embed_credit({ byline: meta.byline, headline: meta.headline });
