/**
 * Brings one of the story's figures to life: the very component that drew it on the server,
 * hydrated in the HTML already there. Loaded only when the reader first reaches for a chart
 * (see wake.ts), so the story starts with no chart code at all.
 */
import { REGISTRY } from '$lib/charts/registry';
import { learnDates } from '$lib/format';
import { liveChart } from '$lib/embed/island.svelte';
import type { FigureData, FigureProps } from './island';

/** What brings a figure to life with this data: its dates are learnt once, for every figure. */
export function figureWaker({ charts: data, dates }: FigureData): (target: HTMLElement) => void {
	learnDates(dates);
	return (target) => wakeFigure(target, data);
}

function wakeFigure(target: HTMLElement, data: FigureData['charts']): void {
	const props = JSON.parse(target.dataset.figure!) as FigureProps;
	const chart = props.view.chart;
	liveChart(target, {
		...props,
		charts: { [chart]: REGISTRY[chart] },
		data: { [chart]: data[chart] }
	});
}
