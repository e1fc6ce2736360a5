import { describe, expect, it } from 'vitest';
import { endOf, isoPrecision, startOf } from '../../src/lib/data/dates';
import { formatDate } from '../../src/lib/format';

describe('ISO dates at their precision', () => {
	it('knows the precision a date is written at', () => {
		expect(isoPrecision('1963')).toBe('year');
		expect(isoPrecision('1963-04')).toBe('month');
		expect(isoPrecision('1963-04-14')).toBe('day');
	});

	it('rejects impossible and malformed dates', () => {
		for (const bad of [
			'1963-02-30',
			'1963-13',
			'1963-00-10',
			'63-04-14',
			'1963-4-14',
			'',
			'1963-04-14T00:00'
		])
			expect(isoPrecision(bad), bad).toBeNull();
		expect(isoPrecision('1964-02-29')).toBe('day');
	});

	it('gives the span a month-precision date covers, never a false exact day', () => {
		expect(new Date(startOf('1963-04')).toISOString().slice(0, 10)).toBe('1963-04-01');
		expect(new Date(endOf('1963-04')).toISOString().slice(0, 10)).toBe('1963-04-30');
		expect(new Date(endOf('1963')).toISOString().slice(0, 10)).toBe('1963-12-31');
		expect(endOf('1963-04-14')).toBe(startOf('1963-04-14'));
	});

	it('formats dates for readers at their precision', () => {
		expect(formatDate('1962-10-27')).toBe('27 October 1962');
		expect(formatDate('1963-04')).toBe('April 1963');
		expect(formatDate('1989')).toBe('1989');
	});

	it('writes dates in the edition’s language, as calendar dates whatever the time zone', () => {
		expect(formatDate('1963-04-14', 'it')).toBe('14 aprile 1963');
		expect(formatDate('1963-04-14', 'tr')).toBe('14 Nisan 1963');
		expect(formatDate('1963-04', 'it')).toBe('aprile 1963');
		expect(formatDate('1963-04', 'tr')).toBe('Nisan 1963');
		expect(formatDate('1963-04-01', 'it')).toBe('1º aprile 1963');
		expect(formatDate('1963-04-01', 'tr')).toBe('1 Nisan 1963');
		expect(formatDate('1962-12-31', 'en')).toBe('31 December 1962');
	});
});
