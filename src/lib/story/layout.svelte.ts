/**
 * The reader's choice of layout: charts sticky beside the text, or stacked between it.
 * Remembered in localStorage and read before the first paint by static/story-look.js, which
 * sets the same attribute this writes, so a reload never shows the other layout first.
 */
const KEY = 'endgame:layout';

class LayoutPreference {
	#stacked = $state(false);

	get stacked(): boolean {
		return this.#stacked;
	}

	set stacked(value: boolean) {
		this.#stacked = value;
		const root = document.documentElement;
		if (value) root.dataset.layout = 'stacked';
		else delete root.dataset.layout;
		try {
			localStorage.setItem(KEY, value ? 'stacked' : 'sticky');
		} catch {
			// Private modes may refuse storage; the choice then lasts for this visit only.
		}
	}

	/** Takes the layout the head script found. Called once in the browser. */
	start() {
		this.#stacked = document.documentElement.dataset.layout === 'stacked';
	}
}

export const layout = new LayoutPreference();
