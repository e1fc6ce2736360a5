/**
 * Every chart, for pages that may show any of them. An embed's island loads only its own
 * (see src/lib/embed/island.svelte.ts), so each chart stays in a module of its own.
 */
import { chart as lifespans } from './lifespans/chart';
import { chart as patrolMap } from './patrol-map/chart';
import { chart as timeline } from './timeline/chart';
import type { ChartModules } from './types';

export const ALL_CHARTS = { lifespans, timeline, 'patrol-map': patrolMap } satisfies ChartModules;
