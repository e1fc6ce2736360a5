import { describe, expect, it, vi } from 'vitest';
import { dateWords, formatDate, formatTick, learnDates } from '../../src/lib/format';

describe('dates written at build time', () => {
	const payload = { events: [{ date: '1962-11-20', id: '1962-a' }], span: ['1963-01'] };

	it('words every ISO date in a chart’s data, and the ticks of the months across them', () => {
		const words = dateWords(payload, 'it');
		expect(words).toMatchObject({
			'1962-11-20': '20 novembre 1962',
			'1963-01': 'gennaio 1963',
			'tick 02': 'feb',
			'tick 12': 'dic',
			'tick 1962-01': 'gen 1962',
			'tick 1963-01': 'gen 1963'
		});
		// Two dates (an id that only starts like one is not), eleven months, and the January of each year from the first date to the last.
		expect(Object.keys(words)).toHaveLength(2 + 11 + 2);
	});

	it('once learnt, are written without making an Intl formatter', () => {
		learnDates(dateWords(payload, 'tr'));
		const intl = vi.spyOn(Intl, 'DateTimeFormat');
		expect(formatDate('1962-11-20')).toBe('20 Kasım 1962');
		expect(formatTick(new Date(Date.UTC(1962, 11, 1)))).toBe('Ara');
		expect(intl).not.toHaveBeenCalled();
		// A date the build did not write still comes out right, from Intl.
		expect(formatDate('1962-10-27', 'en')).toBe('27 October 1962');
		expect(intl).toHaveBeenCalled();
	});
});
