// Starts an embed's chart scripts (src/lib/embed/island.svelte.ts) only when they are needed:
// the chart is whole in the HTML, and the host's page has its own work to do. They start when
// the reader points at, touches or tabs into the chart, or at once (after the first frame)
// when the URL asks for a step the HTML does not show. Loaded with `defer`; in a block, so its
// names stay out of the page's global scope.
{
	const island = document.querySelector('[data-island]');
	if (island) {
		const events = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'];
		let started = false;
		const start = (/** @type {Event} */ e) => {
			// The pointer that woke the chart, heard again once it listens: written as
			// wakingPointer() in src/lib/embed/replay.ts writes it (this page has no modules yet).
			if (e instanceof PointerEvent && !island.hasAttribute('data-live')) {
				if (e.type === 'pointerdown')
					island.dataset.wakingPointer = `pointerdown ${e.pointerType} ${e.clientX} ${e.clientY}`;
				else if (e.pointerType === 'mouse')
					island.dataset.wakingPointer = `pointermove mouse ${e.clientX} ${e.clientY}`;
			}
			if (started) return;
			started = true;
			// Every module at once, rather than each found only when the one before has loaded.
			for (const href of island.dataset.preload.split(' '))
				document.head.append(
					Object.assign(document.createElement('link'), { rel: 'modulepreload', href })
				);
			import(new URL(island.dataset.island, document.baseURI).href);
		};
		// A tap or key press that lands before the island has hydrated would do nothing: its
		// button counts it, and the island clicks it as often once it can answer
		// (src/lib/embed/replay.ts).
		addEventListener(
			'click',
			(e) => {
				const button = island.hasAttribute('data-live') ? null : e.target.closest?.('button');
				if (button)
					button.dataset.missedClicks = (+(button.dataset.missedClicks ?? 0) + 1).toString();
			},
			{ capture: true }
		);
		if (new URLSearchParams(location.search).has('step'))
			requestAnimationFrame(() => requestAnimationFrame(start));
		for (const type of events) addEventListener(type, start, { capture: true, passive: true });
	}
}
