import { geoConicConformal, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const W=1000,H=900;
const frame = { type: 'MultiPoint', coordinates: [[-11,33],[52,33],[-11,60],[52,60],[20,31],[20,62]] };
const p = geoConicConformal().parallels([35,55]).rotate([-20,0]).fitExtent([[0,0],[W,H]], frame);
p.clipExtent([[-20,-20],[W+20,H+20]]);
const boxes = [[15.2,39.6,18.6,41.8],[25.4,37.4,28.6,39.6]];
for (const res of ['50m','10m']) {
const topo0 = JSON.parse(readFileSync(`node_modules/world-atlas/land-${res}.json`,'utf8'));
for (const [outW, inW] of [[0.003,0],[0.01,0],[0.01,0.0001],[0.003,0.0001], [0.003, 0.00003]]) {
  const pre = presimplify(topo0);
  for (const arc of pre.arcs) for (const pt of arc) {
    if (boxes.some(([x0,y0,x1,y1]) => pt[0]>=x0&&pt[0]<=x1&&pt[1]>=y0&&pt[1]<=y1)) pt[2] = pt[2] >= inW ? Infinity : pt[2];
  }
  const topo = simplify(pre, outW);
  const land = feature(topo, topo.objects.land);
  const d = geoPath(p).digits(1)(land);
  console.log(res, outW, inW, d.length, gzipSync(d,{level:9}).length);
}}
