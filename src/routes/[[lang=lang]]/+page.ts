// No SvelteKit on the client: the story's one script follows the reader, and each chart is
// hydrated on its own when the reader reaches for it (see src/lib/story/client.ts).
export const csr = false;
