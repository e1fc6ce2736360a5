/**
 * A chart's scripts, hydrated on its own: in an embed, and in each of the story's figures.
 * The page is prerendered without SvelteKit's client (`csr = false`). An embed is one chart
 * on another site's page with no links to follow inside it, so it does without SvelteKit's
 * router and the other charts: its chart's island (built by scripts/embed-islands.ts for every
 * listed chart), started by static/embed-wake.js when the reader reaches for the chart, brings
 * the very component the story uses to life in the HTML already there.
 */
import { hydrate, type ComponentProps } from 'svelte';
import ChartView from '$lib/charts/ChartView.svelte';
import type { ChartOf } from '$lib/charts/registry';
import { learnDates } from '$lib/format';
import { motion } from '$lib/motion.svelte';
import type { ChartId } from '$lib/scrolly/steps';
import { ISLAND_ID, type IslandProps } from './island';
import { readStep } from './options';
import { replayReach } from './replay';
import { embedView } from './view';

/** Hydrates a prerendered chart in place, and answers the reach that woke it. */
export function liveChart(target: HTMLElement, props: ComponentProps<typeof ChartView>): void {
	hydrate(ChartView, { target, props });
	// From now on the chart answers clicks itself (see embed-wake.js and story/wake.ts).
	target.dataset.live = '';
	motion.start();
	replayReach(target);
}

export function startIsland<K extends ChartId>(chart: K, module: ChartOf<K>) {
	const target = document.getElementById(ISLAND_ID)!;
	const { steps, data, dates } = JSON.parse(target.dataset.props!) as IslandProps;
	learnDates(dates);
	// The HTML shows the chart's first step; the URL may ask for another once it is live.
	let view = $state(embedView(steps, chart, null));
	liveChart(target, {
		get view() {
			return view;
		},
		charts: { [chart]: module },
		data
	});
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never changed
	view = embedView(steps, chart, readStep(new URLSearchParams(location.search)));
}
