/**
 * The reader's two choices, kept in localStorage: reduced motion and the stacked layout.
 * src/lib/story/look.js reads the same keys before the first paint (a classic script, so it
 * spells them out), and marks <html> with `data-motion` and `data-layout`, which CSS reads.
 */
export const MOTION_KEY = 'endgame:reduced-motion';
export const LAYOUT_KEY = 'endgame:layout';

/** Sent on `document` when the reader switches motion; charts already live listen for it. */
export const MOTION_EVENT = 'endgame:motion';

export function remember(key: string, value: string): void {
	try {
		localStorage.setItem(key, value);
	} catch {
		// Private modes may refuse storage; the choice then lasts for this visit only.
	}
}

export function recall(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}
