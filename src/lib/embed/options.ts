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

/** `?plain`, `?plain=1` and `?plain=true` all switch a flag on; any other value leaves it off. */
const flag = (value: string | null) => value === '' || value === '1' || value === 'true';

export function readOptions(search: URLSearchParams): EmbedOptions {
	const theme = search.get('theme');
	const step = search.get('step');
	return {
		step: step && /^[a-z0-9-]{1,80}$/.test(step) ? step : null,
		theme: THEMES.find((t) => t === theme) ?? 'auto',
		plain: flag(search.get('plain')),
		transparent: flag(search.get('transparent'))
	};
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
