import { chart } from '$lib/charts/lifespans/chart';
import { startIsland } from '../island.svelte';

startIsland('lifespans', chart);
