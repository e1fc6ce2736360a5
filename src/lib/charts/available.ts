import { BASE_LOCALE, LOCALES } from '$lib/i18n/locales';
import type { ChartId } from '$lib/scrolly/steps';

/** The charts the piece draws, in the order pages list them. */
export const AVAILABLE_CHARTS: readonly ChartId[] = ['lifespans', 'timeline', 'patrol-map'];

/**
 * One prerendered page (or file) per built chart and edition, for routes with a
 * `[[lang=lang]]/…/[chart=chart]` folder: English at the root, the others under their code.
 */
export const chartEntries = () =>
	LOCALES.flatMap((lang) =>
		AVAILABLE_CHARTS.map((chart) => (lang === BASE_LOCALE ? { chart } : { lang, chart }))
	);
