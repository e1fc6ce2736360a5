import { chart } from '$lib/charts/patrol-map/chart';
import { startIsland } from '../island.svelte';

startIsland('patrol-map', chart);
