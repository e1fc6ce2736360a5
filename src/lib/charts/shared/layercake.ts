/**
 * LayerCake's context, as a layer reads it: its scales are stores, typed here with the scales
 * the chart gives LayerCake (linear by default, as LayerCake's own are). The one place the
 * context's name and shape are written.
 */
import { getContext } from 'svelte';
import type { Readable } from 'svelte/store';
import type { ScaleLinear } from 'd3-scale';

type Linear = ScaleLinear<number, number>;

export interface LayerCakeContext<X, Y> {
	xScale: Readable<X>;
	yScale: Readable<Y>;
}

/** Call during a layer's initialisation, inside a <LayerCake>. */
export const layerCake = <X = Linear, Y = Linear>() =>
	getContext<LayerCakeContext<X, Y>>('LayerCake');
