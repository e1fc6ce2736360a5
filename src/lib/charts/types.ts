import type { LifespansData } from './lifespans/data';
import type { PatrolMapData } from './patrol-map/data';
import type { TimelineData } from './timeline/data';

/** What each chart is drawn from, keyed by chart id (see ChartView). */
export interface ChartData {
	lifespans: LifespansData;
	timeline: TimelineData;
	'patrol-map': PatrolMapData;
}
