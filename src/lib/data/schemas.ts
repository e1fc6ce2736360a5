/**
 * Row schemas for every dataset in data/. They turn CSV strings into typed values and say,
 * in words an editor can act on, what is wrong with a cell. Column order and enum values
 * must agree with data/datapackage.json; validate.ts checks that they do.
 */
import { z } from 'zod';
import { isoPrecision, startOf, type DatePrecision } from './dates';

export const SOURCE_TYPES = ['primary', 'secondary', 'reference'] as const;
/** A source the desk judges weak is cited in the story only with attribution. */
export const SOURCE_RELIABILITIES = ['weak'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const satisfies readonly DatePrecision[];
export const TRACKS = [
	'italy',
	'turkey',
	'united_states',
	'nato',
	'soviet_union',
	'united_kingdom',
	'disclosure'
] as const;
export const EVENT_KINDS = [
	'assurance',
	'decision',
	'diplomacy',
	'agreement',
	'testimony',
	'deployment',
	'dismantling',
	'disclosure'
] as const;
export const SITE_KINDS = ['launch_position', 'air_base', 'submarine_base', 'port'] as const;
/** Countries by id, as events.csv's tracks name them: their names are each edition's. */
export const COUNTRIES = ['italy', 'turkey', 'united_kingdom', 'spain'] as const;
export type CountryId = (typeof COUNTRIES)[number];
export const LOCATION_PRECISIONS = ['exact', 'approximate', 'area'] as const;
export const WEAPON_KINDS = ['irbm', 'slbm'] as const;
export const PLACE_KINDS = ['reference_city', 'route_point', 'patrol_position'] as const;
/** Sites' precisions plus `illustrative`: a point chosen for drawing, not found in a record. */
export const PLACE_PRECISIONS = [...LOCATION_PRECISIONS, 'illustrative'] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().min(1, 'a value is required');
const optionalText = z.string().transform((v) => (v === '' ? null : v));
const id = text.regex(ID, 'must be a lower-case kebab-case id such as "rfk-dobrynin-meeting"');

/** A ;-separated list (no spaces), as in "frus-1961-63-v11;burr-nuti-2023-endgame". */
const list = (item: z.ZodString) =>
	text
		.transform((v) => v.split(';'))
		.pipe(z.array(item).refine((a) => new Set(a).size === a.length, 'lists an item twice'));
const optionalList = z.string().transform((v) => (v === '' ? [] : v.split(';')));

const isoDate = text.refine(
	(v) => isoPrecision(v) !== null,
	'must be a real ISO 8601 date written as YYYY, YYYY-MM or YYYY-MM-DD'
);
const fullDate = text.refine(
	(v) => isoPrecision(v) === 'day',
	'must be a real ISO 8601 date written as YYYY-MM-DD'
);
const optional = <T extends z.ZodType<unknown, string>>(schema: T) =>
	z.union([z.literal('').transform(() => null), schema]);

const numberIn = (min: number, max: number, what: string) =>
	text
		.regex(/^-?\d+(?:\.\d+)?$/, 'must be a number written with a dot for decimals')
		.transform(Number)
		.pipe(
			z
				.number()
				.min(min, `${what} must be between ${min} and ${max}`)
				.max(max, `${what} must be between ${min} and ${max}`)
		);
const count = text.regex(/^\d+$/, 'must be a whole number, 0 or more').transform(Number);
const bool = z.enum(['true', 'false'], 'must be true or false').transform((v) => v === 'true');

/** Checks that a date is written at the precision its companion column claims. */
function precisionMatches(
	ctx: z.core.$RefinementCtx,
	date: string | null,
	precision: DatePrecision | null,
	dateField: string
) {
	if (date === null || precision === null) return;
	const written = isoPrecision(date);
	if (written !== null && written !== precision)
		ctx.addIssue({
			code: 'custom',
			path: [dateField],
			message: `is written at ${written} precision but the precision column says ${precision}`
		});
}

function notBefore(
	ctx: z.core.$RefinementCtx,
	start: string | null,
	end: string | null,
	endField: string
) {
	if (start && end && isoPrecision(start) && isoPrecision(end) && startOf(end) < startOf(start))
		ctx.addIssue({ code: 'custom', path: [endField], message: `is earlier than ${start}` });
}

export const sourceSchema = z
	.object({
		id,
		title: text,
		author: optionalText,
		publisher_or_archive: text,
		date: optional(isoDate),
		url: optional(text.regex(/^https?:\/\/\S+$/, 'must be a full http(s) address')),
		type: z.enum(SOURCE_TYPES),
		accessed: optional(fullDate),
		reliability: z
			.enum(
				['', ...SOURCE_RELIABILITIES],
				'must be weak, or empty for a source with no known weakness'
			)
			.transform((v) => (v === '' ? null : v)),
		reliability_note: optionalText
	})
	.superRefine((r, ctx) => {
		// A weak source says why, so that a reader can judge the claims that rest on it.
		if ((r.reliability === 'weak') !== (r.reliability_note !== null))
			ctx.addIssue({
				code: 'custom',
				path: ['reliability_note'],
				message:
					r.reliability === 'weak'
						? 'is required when reliability is weak: say why, and for which claims'
						: 'must be empty unless reliability is weak'
			});
	});

export const secretHolderSchema = z
	.object({
		id,
		name: text,
		role_oct_1962: text,
		born: fullDate,
		died: optional(fullDate),
		source_ids: list(id),
		notes: optionalText
	})
	.superRefine((r, ctx) => notBefore(ctx, r.born, r.died, 'died'));

export const eventSchema = z
	.object({
		id,
		date: isoDate,
		date_end: optional(isoDate),
		date_precision: z.enum(DATE_PRECISIONS),
		date_approx: bool,
		track: z.enum(TRACKS),
		kind: z.enum(EVENT_KINDS),
		title: text.max(80, 'must be 80 characters or fewer: it is drawn as a label'),
		description: text,
		place: optionalText,
		people: optionalList,
		source_ids: list(id)
	})
	.superRefine((r, ctx) => {
		precisionMatches(ctx, r.date, r.date_precision, 'date');
		notBefore(ctx, r.date, r.date_end, 'date_end');
	});

export const siteSchema = z
	.object({
		id,
		name: text,
		kind: z.enum(SITE_KINDS),
		country: z.enum(COUNTRIES),
		lat: numberIn(-90, 90, 'latitude'),
		lon: numberIn(-180, 180, 'longitude'),
		location_precision: z.enum(LOCATION_PRECISIONS),
		area_radius_km: optional(numberIn(1, 500, 'the area radius')),
		missiles: optional(count),
		operational_from: optional(isoDate),
		dismantled_from: optional(isoDate),
		source_ids: list(id),
		notes: optionalText
	})
	.superRefine((r, ctx) => {
		notBefore(ctx, r.operational_from, r.dismantled_from, 'dismantled_from');
		// A site known only by its area is drawn as an area, so the area needs a size.
		if ((r.location_precision === 'area') !== (r.area_radius_km !== null))
			ctx.addIssue({
				code: 'custom',
				path: ['area_radius_km'],
				message:
					r.location_precision === 'area'
						? 'is required when location_precision is area: the map draws an area of this radius'
						: 'must be empty unless location_precision is area'
			});
	});

export const patrolSchema = z
	.object({
		id,
		boat: text,
		hull_number: text,
		patrol_start: optional(isoDate),
		patrol_start_precision: optional(z.enum(DATE_PRECISIONS)),
		patrol_end: optional(isoDate),
		patrol_end_precision: optional(z.enum(DATE_PRECISIONS)),
		base: optionalText,
		tender: optionalText,
		missile_id: optional(id),
		missile_count: optional(count),
		port_calls: optionalList,
		source_ids: list(id),
		notes: optionalText
	})
	.superRefine((r, ctx) => {
		precisionMatches(ctx, r.patrol_start, r.patrol_start_precision, 'patrol_start');
		precisionMatches(ctx, r.patrol_end, r.patrol_end_precision, 'patrol_end');
		notBefore(ctx, r.patrol_start, r.patrol_end, 'patrol_end');
	});

export const weaponSchema = z
	.object({
		id,
		name: text,
		designation: text,
		kind: z.enum(WEAPON_KINDS),
		range_km: optional(count),
		range_note: optionalText,
		warhead: optionalText,
		yield_kt: optional(numberIn(0, 100000, 'yield')),
		deployed_in: optionalList,
		first_deployed: optional(isoDate),
		first_deployed_precision: optional(z.enum(DATE_PRECISIONS)),
		source_ids: list(id),
		notes: optionalText
	})
	.superRefine((r, ctx) =>
		precisionMatches(ctx, r.first_deployed, r.first_deployed_precision, 'first_deployed')
	);

export const placeSchema = z
	.object({
		id,
		name: text,
		kind: z.enum(PLACE_KINDS),
		site_id: optional(id),
		lat: optional(numberIn(-90, 90, 'latitude')),
		lon: optional(numberIn(-180, 180, 'longitude')),
		location_precision: z.enum(PLACE_PRECISIONS),
		patrol_id: optional(id),
		route_order: optional(count),
		source_ids: list(id),
		notes: optionalText
	})
	.superRefine((r, ctx) => {
		// A place is either a site of sites.csv (whose coordinates it takes) or a point of its own.
		const own = r.lat !== null && r.lon !== null;
		if (r.site_id === null && !own)
			ctx.addIssue({
				code: 'custom',
				path: ['lat'],
				message: 'lat and lon are required without a site_id'
			});
		if (r.site_id !== null && (r.lat !== null || r.lon !== null))
			ctx.addIssue({
				code: 'custom',
				path: ['lat'],
				message: 'must be empty when site_id gives the place'
			});
		if ((r.patrol_id === null) !== (r.route_order === null))
			ctx.addIssue({
				code: 'custom',
				path: ['route_order'],
				message: 'patrol_id and route_order go together: both set or both empty'
			});
		// Route points and the patrol position belong to a patrol's route; cities to none.
		if ((r.kind === 'reference_city') !== (r.patrol_id === null))
			ctx.addIssue({
				code: 'custom',
				path: ['patrol_id'],
				message:
					r.kind === 'reference_city'
						? 'must be empty for a reference_city'
						: `a ${r.kind} needs the patrol whose route it is on`
			});
	});

/**
 * The text cells that translations.csv gives in each language other than English, by
 * dataset: what the charts show of the data. Each of them must have a row in every language.
 */
export const TRANSLATED = {
	events: ['title', 'description'],
	secret_holders: ['role_oct_1962'],
	sites: ['name'],
	places: ['name'],
	patrols: ['notes']
} as const;
export const TRANSLATION_LANGS = ['it', 'tr'] as const;
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
	z.enum(values, `must be one of: ${values.join(', ')}`);
const TRANSLATED_FIELDS = [...new Set(Object.values(TRANSLATED).flat())] as [string, ...string[]];

export const translationSchema = z
	.object({
		resource: oneOf(Object.keys(TRANSLATED) as [keyof typeof TRANSLATED]),
		id,
		field: oneOf(TRANSLATED_FIELDS),
		lang: oneOf(TRANSLATION_LANGS),
		text
	})
	.superRefine((r, ctx) => {
		if (!(TRANSLATED[r.resource] as readonly string[]).includes(r.field))
			ctx.addIssue({
				code: 'custom',
				path: ['field'],
				message: `is not translated in ${r.resource} (only ${TRANSLATED[r.resource].join(', ')})`
			});
	});

export type Source = z.output<typeof sourceSchema>;
export type SecretHolder = z.output<typeof secretHolderSchema>;
export type Event = z.output<typeof eventSchema>;
export type Site = z.output<typeof siteSchema>;
export type Patrol = z.output<typeof patrolSchema>;
export type Weapon = z.output<typeof weaponSchema>;
export type Place = z.output<typeof placeSchema>;

/** Every resource of the package, keyed by its name in datapackage.json. */
export const RESOURCES = {
	sources: sourceSchema,
	secret_holders: secretHolderSchema,
	events: eventSchema,
	sites: siteSchema,
	patrols: patrolSchema,
	weapons: weaponSchema,
	places: placeSchema,
	translations: translationSchema
} as const;

export type ResourceName = keyof typeof RESOURCES;
export type DataPackage = { [K in ResourceName]: z.output<(typeof RESOURCES)[K]>[] };
