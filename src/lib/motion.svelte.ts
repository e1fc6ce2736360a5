/**
 * Whether the page should animate: the reader's OS setting, unless they chose otherwise
 * with the page's own toggle (remembered in localStorage).
 */
import { cubicInOut } from 'svelte/easing';
import { prefersReducedMotion, Tween } from 'svelte/motion';
import { MOTION_EVENT, MOTION_KEY, recall } from './preferences';

class MotionPreference {
	#override = $state<boolean | null>(null);
	#started = false;

	get reduced(): boolean {
		return this.#override ?? prefersReducedMotion.current;
	}

	/**
	 * Reads a stored choice and, from then on, marks <html> with the preference, which CSS
	 * reads to switch every transition off (see app.css). It follows the story's own switch,
	 * which is not a Svelte component (see src/lib/story/toggles.ts). Called in the browser;
	 * once is enough for the page's every chart.
	 */
	start() {
		if (this.#started) return;
		this.#started = true;
		const stored = recall(MOTION_KEY);
		if (stored === 'true' || stored === 'false') this.#override = stored === 'true';
		document.addEventListener(MOTION_EVENT, (e) => {
			this.#override = (e as CustomEvent<boolean>).detail;
		});
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
