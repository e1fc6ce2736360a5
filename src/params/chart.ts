import type { ParamMatcher } from '@sveltejs/kit';
import { AVAILABLE_CHARTS } from '$lib/charts/available';
import type { ChartId } from '$lib/scrolly/steps';

/** Only built charts have an embed page. */
export const match = ((param: string): param is ChartId =>
	AVAILABLE_CHARTS.includes(param as ChartId)) satisfies ParamMatcher;
