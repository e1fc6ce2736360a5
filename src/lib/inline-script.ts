/**
 * Classic scripts written into the page itself, for the few lines that set a page's look
 * before its first paint: as files, the first paint waited for their requests. A page's CSP
 * allows the ones it carries, by their hashes (inline-script.server.ts), and no other.
 */
import embedLook from '$lib/embed/look.js?raw';
import storyLook from '$lib/story/look.js?raw';

// Their comments are for the source: every page would carry them.
const bare = (text: string) => text.replace(/^\s*\/\/.*\n/gm, '');

export const LOOK = { story: bare(storyLook), embed: bare(embedLook) };

export const inlineScript = (text: string): string => `<script>${text}</` + 'script>';
