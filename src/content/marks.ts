/**
 * The events the charts single out, the same in every edition. Apart from the story's words
 * (story.ts), so that a chart's code can read them without carrying every language's text.
 */

/** The disclosure events (ids in data/events.csv) drawn on the lifespans chart, in order. */
export const disclosureStages = [
	'thirteen-days-mccalls',
	'schlesinger-rfk-and-his-times',
	'time-1982-lessons-essay',
	'hawks-cay-rusk-cordier',
	'bundy-danger-and-survival',
	'moscow-conference-1989'
] as const;

/** Where the count of Jupiters standing starts to fall, and where it reaches zero. */
export const removalEvents = {
	italy: { from: 'pot-pie-i-start-italy', to: 'last-jupiter-out-italy' },
	turkey: { from: 'pot-pie-ii-start-turkey', to: 'last-jupiter-down-turkey' }
};
