/** What the story's page and its script (client.ts, figure.ts) agree on. */
import type { View } from '$lib/scrolly/steps';
import type { ChartData } from '$lib/charts/registry';
import type { FrameVariant } from '$lib/charts/types';
import type { DateWords } from '$lib/format';

/** What an edition's chart-data.json holds for the figures: every chart's data, and its dates
 * in words (learnDates). A file of its own, not a script in the page: the figures come to life
 * only when the reader reaches for them, and every reader downloads the page first. */
export interface FigureData {
	charts: ChartData;
	dates: DateWords;
}

/** A figure's props, as JSON in its `data-figure` attribute: all but the charts and data. */
export interface FigureProps {
	view: View;
	id: string;
	headingLevel: 2 | 3;
	variant: FrameVariant;
}

/** The edition's chart-data.json, as the story's <main> names it. */
export const chartDataUrl = (): string =>
	document.querySelector<HTMLElement>('[data-chart-data]')!.dataset.chartData!;
