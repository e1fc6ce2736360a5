import { formatDate } from '$lib/format';
import { m } from '$lib/i18n';
import type { TimelineEvent } from './data';

/** An event's date in words, saying when it is only a month or only approximate. */
export function eventDate(
	e: Pick<TimelineEvent, 'date' | 'dateEnd' | 'precision' | 'approx'>
): string {
	const span = e.dateEnd
		? m.date_span({ from: formatDate(e.date), to: formatDate(e.dateEnd) })
		: formatDate(e.date);
	const notes = [
		e.precision === 'month' && !e.dateEnd ? m.date_note_day_not_recorded() : '',
		e.approx ? m.date_note_approximate() : ''
	].filter(Boolean);
	return notes.length
		? m.date_with_notes({ date: span, notes: notes.join(m.date_notes_joiner()) })
		: span;
}
