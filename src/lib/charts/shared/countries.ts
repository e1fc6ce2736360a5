import type { CountryId } from '$lib/data/schemas';
import { m } from '$lib/i18n';

/** A country's name in the edition's language, by its id in the data. */
export const COUNTRY_NAMES: Readonly<Record<CountryId, string>> = {
	get italy() {
		return m.country_italy();
	},
	get turkey() {
		return m.country_turkey();
	},
	get united_kingdom() {
		return m.country_united_kingdom();
	},
	get spain() {
		return m.country_spain();
	}
};
