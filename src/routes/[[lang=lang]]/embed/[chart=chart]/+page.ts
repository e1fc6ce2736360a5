// No SvelteKit on the client: the chart alone is hydrated, by its island (see
// src/lib/embed/island.svelte.ts), when the reader reaches for it.
export const csr = false;
