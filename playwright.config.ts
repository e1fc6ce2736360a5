import { defineConfig } from '@playwright/test';
import { CHROME_PATH, CHROMIUM_ARGS } from './scripts/chromium.js';

// TEST_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.TEST_PORT ?? 4173);
export const ROOT_URL = `http://127.0.0.1:${port}`;
export const BASE_PATH = '/graphics/endgame';
export const BASE_URL = `http://127.0.0.1:${port + 1}${BASE_PATH}`;
/** Another site for the embed tests, on another origin: tests/host/ and the host's copies of
 * pym.js and @newswire/frames (from node_modules). */
export const HOST_URL = `http://127.0.0.1:${port + 2}`;

export default defineConfig({
	testDir: 'tests/browser',
	fullyParallel: true,
	workers: 2,
	forbidOnly: true,
	retries: 0,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: ROOT_URL,
		// What the reader would have seen, for a failure that is hard to reproduce.
		screenshot: 'only-on-failure',
		browserName: 'chromium',
		launchOptions: {
			executablePath: CHROME_PATH,
			args: CHROMIUM_ARGS
			// Playwright gives every launch a fresh, empty user-data dir of its own.
		}
	},
	webServer: [
		{
			command: `node scripts/serve.js build ${port}`,
			url: `${ROOT_URL}/`,
			reuseExistingServer: false
		},
		{
			command: `node scripts/serve.js build-base ${port + 1} ${BASE_PATH}`,
			url: `${BASE_URL}/`,
			reuseExistingServer: false
		},
		{
			command: `node scripts/serve.js . ${port + 2}`,
			url: `${HOST_URL}/tests/host/embed.html`,
			reuseExistingServer: false
		}
	]
});
