/**
 * The machine's speed, by Lighthouse's own benchmark (lhr.environment.benchmarkIndex, the score
 * DevTools' CPU calibration uses), and the CPU slowdown that makes it a given class of phone.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runLighthouse } from './lighthouse';
import { spread, type Spread } from './stats';

export interface Device {
	id: 'low' | 'mid';
	name: string;
	/** The benchmarkIndex of a phone of this class. */
	score: number;
	/** machine score / class score, never below 1: the rate for Lighthouse and for CDP. */
	multiplier: number;
}

export interface Calibration {
	benchmarkIndex: Spread;
	/** Measured again once the bench is done, for the drift: the multipliers come from before. */
	after?: Spread;
	devices: Device[];
}

/** Each run's benchmarkIndex, measured on a page that costs next to nothing to load. */
export async function calibrate(
	runs: number,
	classes: { low: number; mid: number }
): Promise<Calibration> {
	const server = createServer((_, res) =>
		res
			.writeHead(200, { 'content-type': 'text/html' })
			.end('<!doctype html><title>Calibration</title><p>Calibration</p>')
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
	const scores: number[] = [];
	try {
		for (let i = 0; i < runs; i++) {
			const lhr = await runLighthouse(url, { onlyAudits: ['first-contentful-paint'] });
			scores.push(lhr.environment.benchmarkIndex);
		}
	} finally {
		server.close();
	}
	const benchmarkIndex = spread(scores);
	const device = (id: Device['id'], name: string, score: number): Device => ({
		id,
		name,
		score,
		multiplier: Math.max(1, Math.round((benchmarkIndex.median / score) * 100) / 100)
	});
	return {
		benchmarkIndex,
		devices: [
			device('low', 'Low-end phone', classes.low),
			device('mid', 'Mid-range phone', classes.mid)
		]
	};
}
