/**
 * Whether the page should animate: the reader's OS setting, unless they chose otherwise
 * with the page's own toggle (remembered in localStorage).
 */
import { cubicInOut } from 'svelte/easing';
import { prefersReducedMotion, Tween } from 'svelte/motion';

const KEY = 'endgame:reduced-motion';

class MotionPreference {
	#override = $state<boolean | null>(null);

	get reduced(): boolean {
		return this.#override ?? prefersReducedMotion.current;
	}

	set reduced(value: boolean) {
		this.#override = value;
		try {
			localStorage.setItem(KEY, String(value));
		} catch {
			// Private modes may refuse storage; the choice then lasts for this visit only.
		}
	}

	/**
	 * Reads a stored choice and, from then on, marks <html> with the preference, which CSS
	 * reads to switch every transition off (see app.css). Called once in the browser.
	 */
	start() {
		const stored = globalThis.localStorage?.getItem(KEY);
		if (stored === 'true' || stored === 'false') this.#override = stored === 'true';
		$effect.root(() => {
			$effect(() => {
				document.documentElement.dataset.motion = this.reduced ? 'reduced' : 'full';
			});
		});
	}

	/** Duration for a transition of `ms` milliseconds, or 0 when motion is reduced. */
	duration(ms: number): number {
		return this.reduced ? 0 : ms;
	}
}

export const motion = new MotionPreference();

/** A chart's domain (or a map's box) that glides between states, or jumps when motion is reduced. */
export function tweenedDomain<T extends number[]>(domain: () => T) {
	return Tween.of(domain, { duration: () => motion.duration(700), easing: cubicInOut });
}
