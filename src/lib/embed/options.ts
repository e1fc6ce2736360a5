/**
 * The options an embed reads from its URL. Anything unknown or malformed falls back to the
 * default: a host's typo must never show an error page inside someone else's article.
 */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface EmbedOptions {
	/** A story step id; the embed resolves it against that chart's steps only. */
	step: string | null;
	theme: Theme;
	/** The chart only: no title, description, source, credit or link. */
	plain: boolean;
	/** No page background, for hosts that set their own. */
	transparent: boolean;
}

export const DEFAULT_OPTIONS: EmbedOptions = {
	step: null,
	theme: 'auto',
	plain: false,
	transparent: false
};

/**
 * The step an embed's URL asks for, if it is a well-formed id. The other options change only
 * the embed's look, which src/lib/embed/look.js sets before the first paint.
 */
export function readStep(search: URLSearchParams): string | null {
	const step = search.get('step');
	return step && /^[a-z0-9-]{1,80}$/.test(step) ? step : null;
}

/** The query string for these options, defaults left out: `?step=x&theme=dark&plain`. */
export function optionsQuery(options: EmbedOptions): string {
	const parts = [
		options.step ? `step=${encodeURIComponent(options.step)}` : '',
		options.theme === 'auto' ? '' : `theme=${options.theme}`,
		options.plain ? 'plain' : '',
		options.transparent ? 'transparent' : ''
	].filter(Boolean);
	return parts.length ? `?${parts.join('&')}` : '';
}
