import type { Component } from 'svelte';
import type { ChartId } from '$lib/scrolly/steps';
import type { LifespansData } from './lifespans/data';
import type { LifespansState } from './lifespans/state';
import type { PatrolMapData } from './patrol-map/data';
import type { MapState } from './patrol-map/state';
import type { TimelineData } from './timeline/data';
import type { TimelineState } from './timeline/state';

/** What each chart is drawn from, keyed by chart id (see ChartView). */
export interface ChartData {
	lifespans: LifespansData;
	timeline: TimelineData;
	'patrol-map': PatrolMapData;
}

/** What each chart shows at a step: a typed state in, SVG out. */
export interface ChartStates {
	lifespans: LifespansState;
	timeline: TimelineState;
	'patrol-map': MapState;
}

/**
 * Where a chart is drawn. `full`: on its own (an embed), with its data table. `story`: one
 * scene of the story, described by its step's alt text, its table once elsewhere on the page.
 */
export type FrameVariant = 'full' | 'story';

export interface ChartProps<K extends ChartId> {
	data: ChartData[K];
	chartState: ChartStates[K];
	/** Unique per page; the chart's name when left out. */
	id?: string;
	headingLevel?: 2 | 3;
	variant?: FrameVariant;
	/** What this picture shows, in words (a step's alt text); the chart's summary when left out. */
	description?: string;
}

/** A chart as ChartView draws it: its component, its state for a step's state name, and its
 * data as a table. */
export interface ChartModule<K extends ChartId> {
	component: Component<ChartProps<K>>;
	/** Its state for a step's state name; the step's emphasis is added to it. */
	state: (name: string, data: ChartData[K]) => Omit<ChartStates[K], 'emphasis'>;
	table: Component<{ data: ChartData[K] }>;
}

/** The charts a page carries: all of them for the story, its own for an embed's island. */
export type ChartModules = { [K in ChartId]?: ChartModule<K> };
