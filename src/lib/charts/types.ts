import type { Component } from 'svelte';
import type { HeightLine } from '$lib/embed/snippet';

/**
 * Where a chart is drawn, and so what its frame shows. `full`: on its own (an embed), with its
 * data table. `story`: one scene of the story, filling its sticky band, described by its step's
 * alt text, its table once elsewhere on the page. `plain`: an embed asked for the chart alone
 * (title, summary, key and source line hidden, the table kept for screen readers). `image`: the
 * still picture (PNG and SVG): no controls, the key unfolded, nothing to press or fold.
 */
export type FrameVariant = 'full' | 'story' | 'plain' | 'image';

/** A chart's state with the marks its step names: what the chart draws. */
export type Drawn<S> = S & {
	/** The marks the step names (people, events, sites, by their data ids): drawn emphasised. */
	emphasis: readonly string[];
};

export interface ChartProps<Data, State> {
	data: Data;
	chartState: Drawn<State>;
	/** The chart's title, from its definition. */
	title: string;
	/** Unique per page; the chart's name when left out. */
	id?: string;
	headingLevel?: 2 | 3;
	variant?: FrameVariant;
	/** What this picture shows, in words (a step's alt text); the chart's summary when left out. */
	description?: string;
}

/** What editors and hosts are told about a chart's embed (see src/lib/embed/catalog.ts). */
export interface EmbedFacts {
	/** One sentence for link previews and the oEmbed file: a message, read in the page's
	 * language. */
	description: () => string;
	/** The CSV files (published at /data/) the chart is drawn from. */
	datasets: readonly string[];
	/** The embed code's starting height: the largest of these lines at the column's width
	 * covers the default view's content from 240 px wide up, so a page that drops the code's
	 * script still shows the whole chart. Measured by scripts/embed-heights.js. */
	heights: readonly HeightLine[];
}

/**
 * Everything the site knows of one chart, exported by its folder's chart.ts and listed once in
 * registry.ts: the story, the embeds, their islands and images all read it from there.
 */
export interface ChartDefinition<
	Id extends string,
	Name extends string,
	Data,
	State extends object
> {
	id: Id;
	/** The chart's title: on the chart itself, and for its embed (page title, oEmbed, images);
	 * a message, read in the page's language. */
	title: () => string;
	/** Every state a step may name; the step table is type-checked against these. */
	states: readonly Name[];
	/** Its state for a step's state name; the step's emphasis is added to it (see ChartView). */
	state: (name: Name, data: Data) => State;
	component: Component<ChartProps<Data, State>>;
	/** Its data as a table (the embed's own, the story's once for the page). */
	table: Component<{ data: Data }>;
	embed: EmbedFacts;
}

/** A chart's definition, with its types taken from what it is given. */
export const defineChart = <
	const Id extends string,
	const Name extends string,
	Data,
	State extends object
>(
	chart: ChartDefinition<Id, Name, Data, State>
) => chart;
