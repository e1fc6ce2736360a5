import { formatDate } from '$lib/format';
import type { TimelineEvent } from './data';

/** An event's date in words, saying when it is only a month or only approximate. */
export function eventDate(
	e: Pick<TimelineEvent, 'date' | 'dateEnd' | 'precision' | 'approx'>
): string {
	const span = e.dateEnd ? `${formatDate(e.date)} to ${formatDate(e.dateEnd)}` : formatDate(e.date);
	const notes = [
		e.precision === 'month' && !e.dateEnd ? 'day not recorded' : '',
		e.approx ? 'approximate' : ''
	].filter(Boolean);
	return notes.length ? `${span} (${notes.join(', ')})` : span;
}
