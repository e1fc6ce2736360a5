import type { ParamMatcher } from '@sveltejs/kit';
import { BASE_LOCALE, LOCALES, type Locale } from '$lib/i18n/locales';

/** The `[[lang=lang]]` segment: an edition other than English, which lives at the root. */
export const match = ((param: string): param is Exclude<Locale, 'en'> =>
	param !== BASE_LOCALE && LOCALES.includes(param as Locale)) satisfies ParamMatcher;
