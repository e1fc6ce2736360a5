/** What the story's page and its script (client.ts, figure.ts) agree on. */
import type { View } from '$lib/scrolly/steps';
import type { ChartData } from '$lib/charts/registry';
import type { FrameVariant } from '$lib/charts/types';
import type { DateWords } from '$lib/format';

/** The <script type="application/json"> holding every chart's data, once for all the figures. */
export const CHART_DATA_ID = 'chart-data';

/** What that script holds: the data, and its dates in words (learnDates). */
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

/** A data block for the page: JSON that no text in it can end early (`<` is escaped). */
export function jsonScript(id: string, value: unknown): string {
	const json = JSON.stringify(value).replace(/</g, '\\u003c');
	return `<script type="application/json" id="${id}">${json}</script>`;
}
