import { defineConfig } from '@playwright/test';

export const ROOT_URL = 'http://127.0.0.1:4173';
export const BASE_PATH = '/graphics/endgame';
export const BASE_URL = `http://127.0.0.1:4174${BASE_PATH}`;

export default defineConfig({
	testDir: 'tests/browser',
	fullyParallel: true,
	workers: 2,
	forbidOnly: true,
	retries: 0,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: ROOT_URL,
		browserName: 'chromium',
		launchOptions: {
			executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
			// Playwright gives every launch a fresh, empty user-data dir of its own.
		}
	},
	webServer: [
		{
			command: 'node scripts/serve.js build 4173',
			url: `${ROOT_URL}/`,
			reuseExistingServer: false
		},
		{
			command: `node scripts/serve.js build-base 4174 ${BASE_PATH}`,
			url: `${BASE_URL}/`,
			reuseExistingServer: false
		}
	]
});
