// An embed's look, set from its URL before the first paint: a classic script in the embed's
// <head>, so a host asking for ?theme=dark never shows a light frame first. Sets on <html>
// data-theme (light or dark), data-plain and data-transparent (a flag is on when it is
// empty, 1 or true); anything else keeps the default look. The step is the page's own work.
{
	const search = new URLSearchParams(location.search);
	const root = document.documentElement;
	const on = (/** @type {string} */ name) => ['', '1', 'true'].includes(search.get(name) ?? '-');
	const theme = search.get('theme');
	if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
	if (on('plain')) root.dataset.plain = '';
	if (on('transparent')) root.dataset.transparent = '';
}
