/**
 * The data in an edition's language: the text cells that translations.csv translates (event
 * titles and descriptions, the officials' roles, site and place names, the
 * patrols' notes) replaced by their
 * translation (validation makes sure there is one). Everything else (ids, dates, numbers,
 * sources) is the same in every edition.
 */
import type { Locale } from '$lib/i18n';
import { TRANSLATED, type DataPackage } from './schemas';

type TranslatedResource = keyof typeof TRANSLATED;

export function inLanguage(data: DataPackage, locale: Locale): DataPackage {
	if (locale === 'en') return data;
	const text = new Map(
		data.translations
			.filter((t) => t.lang === locale)
			.map((t) => [`${t.resource}/${t.id}/${t.field}`, t.text])
	);
	const translate = <R extends TranslatedResource>(resource: R) =>
		data[resource].map((row) => {
			const copy: Record<string, unknown> = { ...row };
			for (const field of TRANSLATED[resource])
				copy[field] = text.get(`${resource}/${row.id}/${field}`) ?? copy[field];
			return copy as (typeof data)[R][number];
		});
	return {
		...data,
		events: translate('events'),
		secret_holders: translate('secret_holders'),
		sites: translate('sites'),
		places: translate('places'),
		patrols: translate('patrols')
	};
}
