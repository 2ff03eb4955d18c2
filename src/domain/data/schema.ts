import { z } from 'zod';
import { parseIsoDay } from '../time/days';

/** The data contract of geodata/: other issues and tools depend on these names. */

export const PRECISIONS = ['day', 'days', 'week', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** The interval lengths (in days, both ends counted) each precision may describe. */
export const PRECISION_SPANS: Record<Precision, [shortest: number, longest: number]> = {
  day: [1, 1],
  days: [2, 20],
  week: [5, 14],
  month: [21, 400],
  year: [360, 1100],
};

export function fitsPrecision(precision: Precision, length: number): boolean {
  const [shortest, longest] = PRECISION_SPANS[precision];
  return length >= shortest && length <= longest;
}

/** The precision that says how long an interval is, or null beyond three years. */
export function precisionForLength(length: number): Precision | null {
  if (length <= 1) return 'day';
  if (length <= 20) return 'days';
  if (length <= 400) return 'month';
  return length <= 1100 ? 'year' : null;
}

export const CATEGORIES = [
  'battle',
  'remote-violence',
  'violence-against-civilians',
  'territorial-change',
  'diplomacy',
  'displacement',
  'strategic-development',
  'protest',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATUSES = ['occurred', 'announced'] as const;

/**
 * Where an event's date comes from. `text`: the article dates it (a weekday, a date, a relative
 * date, a month, a year, or a sentence it follows). `publication`: the article reports it as news
 * without any date, so it is dated to the day before publication up to the last possible
 * publication day. `outside-knowledge`: the article gives no usable bound, and the interval
 * comes from other sources; `date.explanation` then says which, in German and English.
 * Absent means `text`.
 */
export const DATE_BASES = ['text', 'publication', 'outside-knowledge'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/**
 * Which bound of a date interval the text leaves open ("bald", "seit Tagen", "in den Wochen
 * zuvor"): that bound is the curator's honest envelope, not a date from the text, and
 * `date.words` says the date as the text gives it.
 */
export const VAGUE_BOUNDS = ['start', 'end', 'both'] as const;
export type VagueBound = (typeof VAGUE_BOUNDS)[number];
export const PLACE_KINDS = ['city', 'town', 'village', 'region', 'country', 'building'] as const;
export const ACTOR_KINDS = ['state', 'armed-group', 'organisation', 'person', 'civilians'] as const;

const isoDay = z
  .string()
  .refine((value) => parseIsoDay(value) !== null, { message: 'must be a real date as YYYY-MM-DD' });
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "east-aleppo"');
const localized = z.strictObject({ de: z.string().min(1), en: z.string().min(1) });

export const articleSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-z_]+$/, 'must be the article file name without .txt'),
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  published: isoDay,
  /** The last possible publication day, when the text dates the article only to a few days. */
  publishedEnd: isoDay.optional(),
  publishedPrecision: z.enum(PRECISIONS),
  language: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "de"'),
  note: z.string().min(1),
});
export type Article = z.infer<typeof articleSchema>;

export const actorSchema = z.strictObject({
  id: slug,
  name: localized,
  kind: z.enum(ACTOR_KINDS),
});
export type Actor = z.infer<typeof actorSchema>;

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);

export const placePropertiesSchema = z.strictObject({
  id: slug,
  name: localized,
  aliases: z.array(z.string().min(1)).min(1),
  extraNames: z.array(z.string().min(1)).optional(),
  kind: z.enum(PLACE_KINDS),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "SY"'),
  precision: z.enum(['point', 'region']),
  area: z
    .string()
    .regex(/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/, 'must be an ISO 3166 code such as "SY" or "SY-ID"')
    .optional(),
  note: z.string().optional(),
});

export const placeFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  geometry: z.strictObject({
    type: z.literal('Point'),
    coordinates: z.tuple([longitude, latitude]),
  }),
  properties: placePropertiesSchema,
});
export type PlaceFeature = z.infer<typeof placeFeatureSchema>;
export type Place = z.infer<typeof placePropertiesSchema> & { coordinates: [number, number] };

export const eventSourceSchema = z.strictObject({
  article: z.string().min(1),
  quote: z.string().min(1),
  fatalities: z.number().int().nonnegative().optional(),
});

export const eventSchema = z.strictObject({
  id: slug,
  date: z.strictObject({
    start: isoDay,
    end: isoDay,
    precision: z.enum(PRECISIONS),
    basis: z.enum(DATE_BASES).optional(),
    /** For readers: where an `outside-knowledge` date comes from. */
    explanation: localized.optional(),
    vague: z.enum(VAGUE_BOUNDS).optional(),
    /** For readers: the date in words as the text gives it; required with `vague`. */
    words: localized.optional(),
  }),
  status: z.enum(STATUSES),
  place: slug,
  category: z.enum(CATEGORIES),
  actors: z.array(slug).min(1),
  title: localized,
  fatalities: z
    .strictObject({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative() })
    .optional(),
  background: z.boolean().optional(),
  note: z.string().optional(),
  sources: z.array(eventSourceSchema).min(1),
});
export type EventRecord = z.infer<typeof eventSchema>;

/**
 * An event id that no longer exists, because the event was merged into another or dropped by a
 * curation rule: permalinks that name it open `to` instead, with a notice.
 */
export const eventRedirectSchema = z.strictObject({
  from: slug,
  to: slug,
  /** For curators: why `from` went. */
  note: z.string().min(1),
});
export type EventRedirect = z.infer<typeof eventRedirectSchema>;
