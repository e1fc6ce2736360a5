import { chart } from '$lib/charts/timeline/chart';
import { startIsland } from '../island.svelte';

startIsland('timeline', chart);
