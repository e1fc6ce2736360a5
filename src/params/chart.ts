import type { ParamMatcher } from '@sveltejs/kit';

/**
 * A chart id's shape only: matchers run in every page's client code too, which must not carry
 * the charts. The pages' server loads turn away a name the registry does not list, and only
 * listed charts are prerendered (see chartEntries).
 */
export const match = ((param: string) => /^[a-z]+(-[a-z]+)*$/.test(param)) satisfies ParamMatcher;
