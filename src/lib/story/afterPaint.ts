/**
 * Runs `work` once the browser has painted the next frame: a tap's own answer (a tick, a
 * focus ring) is on screen first, and the work's long task comes after it, not inside the
 * interaction a reader waits on.
 */
export const afterPaint = (work: () => void): void => {
	requestAnimationFrame(() => setTimeout(work));
};
