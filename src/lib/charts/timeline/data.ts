/**
 * Turns events.csv and sites.csv into what the withdrawal timeline draws: events in lanes
 * by who acted, each as a point (a known day) or a span (a month, or a multi-day meeting),
 * and the Jupiters still standing in each country over time.
 */
import { sourceLookup, type SourceLookup } from '../shared/sources';
import { endOf, startOf } from '$lib/data/dates';
import type { DatePrecision } from '$lib/data/dates';
import type { Event, Site, Source } from '$lib/data/schemas';
import { m, type Locale } from '$lib/i18n';

export const TIMELINE_RANGE = ['1962-10-01', '1963-07-31'] as const;

export const LANES = [
	{ id: 'italy', label: m.lane_italy, tracks: ['italy'] },
	{ id: 'turkey', label: m.lane_turkey, tracks: ['turkey'] },
	{ id: 'us-nato', label: m.lane_us_nato, tracks: ['united_states', 'nato'] },
	{ id: 'soviet', label: m.lane_soviet, tracks: ['soviet_union'] },
	{ id: 'uk', label: m.lane_uk, tracks: ['united_kingdom'] }
] as const;
export type LaneId = (typeof LANES)[number]['id'];

export interface TimelineEvent {
	id: string;
	lane: LaneId;
	date: string;
	dateEnd: string | null;
	precision: DatePrecision;
	approx: boolean;
	/** First and last instant the event may cover (a month-precision date spans its month). */
	start: number;
	end: number;
	title: string;
	/** A short direct label, for the key events only. */
	label: string | null;
	description: string;
	sourceIds: string[];
}

export interface MissileCount {
	country: 'italy' | 'turkey';
	total: number;
	/**
	 * Steps of the count: [time, missiles standing]; between the second and the third (the
	 * removal's first and last events) the pace is unknown.
	 */
	points: [number, number][];
}

export interface TimelineData {
	range: [number, number];
	lanes: { id: LaneId; label: string }[];
	events: TimelineEvent[];
	counts: MissileCount[];
	/** Title and address of every source the events cite, for the details panel. */
	sources: SourceLookup;
}

const laneOf = (track: string): LaneId | undefined =>
	LANES.find((l) => (l.tracks as readonly string[]).includes(track))?.id;

/**
 * `removal` names, per country, the events where dismantling began and where the last
 * missile went (chosen in the story's content); the totals come from sites.csv.
 */
export function prepareTimeline(
	events: Event[],
	sites: Site[],
	removal: Record<'italy' | 'turkey', { from: string; to: string }>,
	labels: Record<string, string>,
	sources: Source[],
	locale: Locale = 'en'
): TimelineData {
	const range: [number, number] = [startOf(TIMELINE_RANGE[0]), endOf(TIMELINE_RANGE[1])];
	const byId = new Map(events.map((e) => [e.id, e]));
	const inRange = events.flatMap((e): TimelineEvent[] => {
		const lane = laneOf(e.track);
		const start = startOf(e.date);
		if (!lane || start < range[0] || start > range[1]) return [];
		return [
			{
				id: e.id,
				lane,
				date: e.date,
				dateEnd: e.date_end,
				precision: e.date_precision,
				approx: e.date_approx,
				start,
				end: endOf(e.date_end ?? e.date),
				title: e.title,
				label: labels[e.id] ?? null,
				description: e.description,
				sourceIds: e.source_ids
			}
		];
	});
	const counts = (['italy', 'turkey'] as const).map((country): MissileCount => {
		const total = sites
			.filter((s) => s.kind === 'launch_position' && s.country === country)
			.reduce((sum, s) => sum + (s.missiles ?? 0), 0);
		const from = byId.get(removal[country].from);
		const to = byId.get(removal[country].to);
		if (!from || !to) throw new Error(`Removal events for ${country} are not in events.csv`);
		return {
			country,
			total,
			points: [
				[range[0], total],
				[startOf(from.date), total],
				[endOf(to.date), 0],
				[range[1], 0]
			]
		};
	});
	return {
		range,
		lanes: LANES.filter((l) => inRange.some((e) => e.lane === l.id)).map(({ id, label }) => ({
			id,
			label: label({}, { locale })
		})),
		events: inRange.sort((a, b) => a.start - b.start),
		counts,
		sources: sourceLookup(
			sources,
			inRange.flatMap((e) => e.sourceIds)
		)
	};
}
