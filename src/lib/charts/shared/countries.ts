import type { CountryId } from '$lib/data/schemas';
import { m, wordsFor } from '$lib/i18n';

/** A country's name in the edition's language, by its id in the data. */
export const COUNTRY_NAMES = wordsFor<CountryId>({
	italy: m.country_italy,
	turkey: m.country_turkey,
	united_kingdom: m.country_united_kingdom,
	spain: m.country_spain
});
