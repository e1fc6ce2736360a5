// Each chart's PNG and SVG (embed/<chart>/<chart>.png and .svg, and <chart>-<step>.png and .svg for
// its other drawings; see imageName() in view.ts) are drawn from its built embed
// page after prerendering (scripts/render-images.ts), so while prerendering the links to them
// are expected to miss. Shared by svelte.config.js and src/hooks.server.ts, which keep those
// misses, and only those, out of the build's log.

/** Whether a path (with or without the base path) is one of the chart images drawn later. */
export const isChartImage = (/** @type {string} */ path) =>
	/\/embed\/([a-z-]+)\/\1(-[a-z0-9-]+)?\.(png|svg)$/.test(path);
