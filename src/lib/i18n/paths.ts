import { resolve } from '$app/paths';
import { getLocale } from '$lib/paraglide/runtime';
import { localePath } from './locales';

/** A link to a page of the site in the reader's edition: `/data/` is /it/data/ on an Italian page. */
export const localHref = (path: '/' | `/${string}/`) =>
	resolve(localePath(getLocale(), path) as `/${string}/`);
