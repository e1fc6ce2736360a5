/**
 * The timeline's states: which months are shown, which lane is in focus, which key events
 * carry a text label. Labelled events in one lane are chosen far enough apart that their
 * labels, each as wide as the gap to the next, never overlap at any width.
 */
import { endOf, startOf } from '$lib/data/dates';
import type { LaneId, TimelineData } from './data';

export interface TimelineState {
	domain: [number, number];
	focus: LaneId | null;
	labelled: string[];
}

export const TIMELINE_STATES = ['whole', 'winter', 'italy', 'turkey', 'removal'] as const;
export type TimelineStateName = (typeof TIMELINE_STATES)[number];

const span = (from: string, to: string): [number, number] => [startOf(from), endOf(to)];

/** A state by its name; the step adds its emphasis (see ChartView). */
export function timelineState(name: TimelineStateName, data: TimelineData): TimelineState {
	switch (name) {
		case 'whole':
			return {
				domain: data.range,
				focus: null,
				labelled: [
					'rfk-dobrynin-meeting',
					'polaris-saceur-patrols-begin',
					'fanfani-washington-talks',
					'last-jupiter-out-italy',
					'last-jupiter-down-turkey'
				]
			};
		case 'winter':
			return {
				domain: span('1962-11-15', '1963-02-15'),
				focus: null,
				labelled: [
					'nato-paris-ministerial',
					'palm-beach-rusk-finletter',
					'fanfani-washington-talks',
					'mcnamara-sancar-paris'
				]
			};
		case 'italy':
			return {
				domain: span('1962-12-01', '1963-05-15'),
				focus: 'italy',
				labelled: ['fanfani-washington-talks', 'italy-exchange-of-notes']
			};
		case 'turkey':
			return {
				domain: span('1962-12-01', '1963-05-15'),
				focus: 'turkey',
				labelled: ['mcnamara-sancar-paris', 'turkey-exchange-of-notes']
			};
		case 'removal':
			return {
				domain: span('1963-03-15', '1963-05-15'),
				focus: null,
				labelled: ['pot-pie-i-start-italy', 'last-jupiter-down-turkey', 'sam-houston-izmir-visit']
			};
	}
	throw new Error(`Unknown timeline state "${name}"`);
}
