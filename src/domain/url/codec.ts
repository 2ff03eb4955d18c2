import type { Category } from '../data/schema';
import { CURATED_DATASET_ID, qualifiedEventId } from '../events/event';
import { canonicalFilters, isCategory, isStatus, type Status } from '../filters/filters';
import { type Day, clampDay, formatIsoDay, parseIsoDay } from '../time/days';
import type { Lang } from '../time/describe-date';
import { fitSpan, isWholeRange, spanIncluding, type TimeSpan } from '../time/span';
import { DEFAULT_WINDOW, isTimeWindow, type TimeWindow } from '../time/window';

/**
 * The permalink: what the user sees, as readable query parameters. `parse` and `serialize`
 * are pure; unknown keys are ignored and bad values fall back to defaults with a notice.
 */
export interface UrlState {
  date: Day;
  window: TimeWindow;
  /** The part of time the timeline is zoomed to; null: all of it. Always holds `date`. */
  span: TimeSpan | null;
  /** A qualified event id (`dataset:local`); the curated corpus's prefix is left out of URLs. */
  event: string | null;
  place: string | null;
  /** The curated article open in the article view (its full id, e.g. `003_4ab2cf715c479de3`). */
  article: string | null;
  /** The datasets shown, curated first; absent from a URL means the articles alone. */
  datasets: string[];
  /** null: the URL did not say, so the browser's language decides. */
  lang: Lang | null;
  /** The filters (see EventFilters), each in canonical order; empty: not filtered. */
  categories: Category[];
  statuses: Status[];
  sources: string[];
  actors: string[];
}

export interface MapView {
  zoom: number;
  latitude: number;
  longitude: number;
}

export type NoticeReason = 'invalid' | 'clamped' | 'unknown' | 'moved' | 'not-loaded';

/** Something in the URL that was not used as written. */
export interface UrlNotice {
  param: string;
  value: string;
  reason: NoticeReason;
  /** What was used instead, when that helps (a clamped date, the event a merged one became). */
  replacement?: string;
}

export interface CodecContext {
  range: { min: Day; max: Day };
  defaultDate: Day;
  /** Qualified ids of every loaded event. */
  eventIds: Pick<ReadonlySet<string>, 'has'>;
  placeIds: Pick<ReadonlySet<string>, 'has'>;
  /** Ids of the datasets loaded in this browser. */
  datasetIds: Pick<ReadonlySet<string>, 'has'>;
  /** Qualified ids of merged or dropped events → the event their permalinks open now. */
  eventRedirects?: ReadonlyMap<string, string>;
  /** Ids of the curated articles: sources a filter may name, beside the datasets. */
  articleIds: Pick<ReadonlySet<string>, 'has'>;
  /** Actor keys any loaded event has (curated actor ids, imported names as written). */
  actorKeys: Pick<ReadonlySet<string>, 'has'>;
}

const CURATED_PREFIX = `${CURATED_DATASET_ID}:`;
const DEFAULT_DATASETS = [CURATED_DATASET_ID];

/** A URL's event id, qualified: a bare id names a curated event (links from before imports). */
export function eventIdFromUrl(raw: string): string {
  return raw.includes(':') ? raw : qualifiedEventId(CURATED_DATASET_ID, raw);
}

export function eventIdForUrl(id: string): string {
  return id.startsWith(CURATED_PREFIX) ? id.slice(CURATED_PREFIX.length) : id;
}

/** One order for the same set, so the same view always has the same address. */
export function canonicalDatasets(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) =>
    a === CURATED_DATASET_ID ? -1 : b === CURATED_DATASET_ID ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
}

export const LANGS: readonly Lang[] = ['de', 'en'];

/** What a codec says about a value it did not use; `value` where only part of it was bad. */
type ParsedNotice = Omit<UrlNotice, 'param' | 'value'> & { value?: string };

interface ParamCodec<T> {
  parse(raw: string, context: CodecContext): { value: T; notice?: ParsedNotice };
  serialize(value: T): string | null;
  fallback(context: CodecContext): T;
}

/**
 * A parameter that may be repeated (`actor=a&actor=b`), for values that may hold any
 * character, commas included: parse sees every occurrence, serialize writes one per value.
 */
interface RepeatedParamCodec<T> {
  repeated: true;
  parse(raws: string[], context: CodecContext): { value: T; notices: ParsedNotice[] };
  serialize(value: T): string[];
  fallback(context: CodecContext): T;
}

const invalid = { reason: 'invalid' } as const;

/**
 * A comma list of filter keys: the ones `accept` takes stay, in canonical order; each other one
 * is dropped with its own notice. Empty (absent) means no filter.
 */
function filterList<T extends string>(
  accept: (key: string, context: CodecContext) => key is T,
  order: (keys: T[]) => T[],
  reject: (key: string, context: CodecContext) => ParsedNotice,
): ParamCodec<T[]> {
  return {
    parse(raw, context) {
      const keys = raw
        .split(',')
        .map((key) => key.trim())
        .filter(Boolean);
      const bad = keys.filter((key) => !accept(key, context));
      const value = order(keys.filter((key): key is T => accept(key, context)));
      // One notice per parameter, naming the values that were left out.
      return bad.length === 0
        ? { value }
        : { value, notice: { ...reject(bad[0]!, context), value: bad.join(',') } };
    },
    serialize: (value) => (value.length === 0 ? null : order(value).join(',')),
    fallback: () => [],
  };
}

const byCanonical =
  <K extends 'categories' | 'statuses' | 'sources' | 'actors'>(facet: K) =>
  (keys: string[]) =>
    canonicalFilters({ categories: [], statuses: [], sources: [], actors: [], [facet]: keys })[
      facet
    ];

/** Actor names as imported may hold commas: the one parameter that is repeated. */
type RepeatedKeys = 'actors';

const PARAMS: { [K in Exclude<keyof UrlState, RepeatedKeys>]: ParamCodec<UrlState[K]> } & {
  [K in RepeatedKeys]: RepeatedParamCodec<UrlState[K]>;
} = {
  date: {
    parse(raw, context) {
      const day = parseIsoDay(raw);
      if (day === null) return { value: context.defaultDate, notice: invalid };
      const clamped = clampDay(day, context.range.min, context.range.max);
      return clamped === day
        ? { value: day }
        : { value: clamped, notice: { reason: 'clamped', replacement: formatIsoDay(clamped) } };
    },
    serialize: formatIsoDay,
    fallback: (context) => context.defaultDate,
  },
  window: {
    parse: (raw) =>
      isTimeWindow(raw) ? { value: raw } : { value: DEFAULT_WINDOW, notice: invalid },
    serialize: (value) => value,
    fallback: () => DEFAULT_WINDOW,
  },
  span: {
    parse: (raw, context) => {
      const [start, end, ...rest] = raw.split('..').map(parseIsoDay);
      if (start === null || end === null || start === undefined || end === undefined)
        return { value: null, notice: invalid };
      if (rest.length > 0 || end < start) return { value: null, notice: invalid };
      const range = { start: context.range.min, end: context.range.max };
      const fitted = fitSpan({ start, end }, range);
      if (isWholeRange(fitted, range)) return { value: null };
      return fitted.start === start && fitted.end === end
        ? { value: fitted }
        : { value: fitted, notice: { reason: 'clamped', replacement: serializeSpan(fitted) } };
    },
    serialize: (value) => (value === null ? null : serializeSpan(value)),
    fallback: () => null,
  },
  event: {
    parse: (raw, context) => {
      const id = eventIdFromUrl(raw);
      if (context.eventIds.has(id)) return { value: id };
      const successor = context.eventRedirects?.get(id);
      if (successor)
        return {
          value: successor,
          notice: { reason: 'moved', replacement: eventIdForUrl(successor) },
        };
      const dataset = id.slice(0, id.indexOf(':'));
      return {
        value: null,
        notice: context.datasetIds.has(dataset)
          ? { reason: 'unknown' }
          : { reason: 'not-loaded', replacement: dataset },
      };
    },
    serialize: (value) => (value === null ? null : eventIdForUrl(value)),
    fallback: () => null,
  },
  place: {
    parse: (raw, context) =>
      context.placeIds.has(raw) ? { value: raw } : { value: null, notice: { reason: 'unknown' } },
    serialize: (value) => value,
    fallback: () => null,
  },
  article: {
    parse: (raw, context) =>
      context.articleIds.has(raw) ? { value: raw } : { value: null, notice: { reason: 'unknown' } },
    serialize: (value) => value,
    fallback: () => null,
  },
  datasets: {
    parse: (raw, context) => {
      const asked = canonicalDatasets(
        raw
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      );
      const missing = asked.filter((id) => !context.datasetIds.has(id));
      const value = asked.filter((id) => context.datasetIds.has(id));
      return missing.length === 0
        ? { value }
        : { value, notice: { reason: 'not-loaded', replacement: missing.join(', ') } };
    },
    serialize: (value) => {
      const ids = canonicalDatasets(value);
      return ids.length === 1 && ids[0] === CURATED_DATASET_ID ? null : ids.join(',');
    },
    fallback: () => DEFAULT_DATASETS,
  },
  lang: {
    parse: (raw) =>
      (LANGS as readonly string[]).includes(raw)
        ? { value: raw as Lang }
        : { value: null, notice: invalid },
    serialize: (value) => value,
    fallback: () => null,
  },
  categories: filterList(isCategory, byCanonical('categories'), () => invalid),
  statuses: filterList(isStatus, byCanonical('statuses'), () => invalid),
  sources: filterList(
    (key, context): key is string => context.articleIds.has(key) || context.datasetIds.has(key),
    byCanonical('sources'),
    () => ({ reason: 'unknown' }),
  ),
  actors: {
    repeated: true,
    parse(raws, context) {
      const keys = raws.filter((raw) => raw !== '');
      return {
        value: byCanonical('actors')(keys.filter((key) => context.actorKeys.has(key))),
        notices: keys
          .filter((key) => !context.actorKeys.has(key))
          .map((key) => ({ reason: 'unknown', value: key })),
      };
    },
    serialize: (value) => byCanonical('actors')(value),
    fallback: () => [],
  },
};

/** Parameter order in serialized URLs: most telling first. */
const ORDER: (keyof UrlState)[] = [
  'date',
  'window',
  'span',
  'event',
  'place',
  'article',
  'datasets',
  'categories',
  'statuses',
  'sources',
  'actors',
  'lang',
];
/** The parameter each field is written as, where the two differ. */
const PARAM_NAMES: Partial<Record<keyof UrlState, string>> = {
  datasets: 'data',
  categories: 'cat',
  statuses: 'status',
  sources: 'source',
  actors: 'actor',
};
const paramName = (key: keyof UrlState) => PARAM_NAMES[key] ?? key;

/** Every query parameter the app reads, as written in URLs. */
export const QUERY_PARAMS: readonly string[] = ORDER.map(paramName);

export function parseUrlState(
  search: string,
  context: CodecContext,
): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const state = {} as Record<keyof UrlState, unknown>;
  for (const key of ORDER) {
    const param = paramName(key);
    const codec = PARAMS[key] as ParamCodec<unknown> | RepeatedParamCodec<unknown>;
    if ('repeated' in codec) {
      const raws = params.getAll(param).map((raw) => raw.trim());
      const parsed = raws.length === 0 ? null : codec.parse(raws, context);
      state[key] = parsed ? parsed.value : codec.fallback(context);
      for (const notice of parsed?.notices ?? []) notices.push({ param, value: '', ...notice });
      continue;
    }
    const raw = params.get(param);
    if (raw === null) {
      state[key] = codec.fallback(context);
      continue;
    }
    const parsed = codec.parse(raw.trim(), context);
    state[key] = parsed.value;
    if (parsed.notice) notices.push({ param, value: raw, ...parsed.notice });
  }
  return { state: withDateInSpan(state as unknown as UrlState), notices };
}

function serializeSpan(span: TimeSpan): string {
  return `${formatIsoDay(span.start)}..${formatIsoDay(span.end)}`;
}

/**
 * A link whose date lies outside its zoomed span shows the span moved to the date, as the
 * timeline itself does when the date moves: the date is what the user looks at.
 */
function withDateInSpan(state: UrlState): UrlState {
  return state.span === null ? state : { ...state, span: spanIncluding(state.span, state.date) };
}

export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const codec = PARAMS[key] as ParamCodec<unknown> | RepeatedParamCodec<unknown>;
    if ('repeated' in codec) {
      for (const value of codec.serialize(state[key])) params.append(paramName(key), value);
      continue;
    }
    const value = codec.serialize(state[key]);
    if (value !== null) params.set(paramName(key), value);
  }
  // Colons (in event ids) and commas (between datasets) are legal in a query: keep them legible.
  return `?${params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',')}`;
}

const MAP_HASH = /^#?map=(.*)$/;

/**
 * Reads the map view MapLibre writes to the hash (`#map=zoom/lat/lng[/bearing/pitch]`).
 * Returns null with a notice when the hash is there but unusable.
 */
export function parseMapHash(hash: string): { view: MapView | null; notice?: UrlNotice } {
  if (hash === '' || hash === '#') return { view: null };
  const match = MAP_HASH.exec(hash);
  const parts = match?.[1]?.split('/') ?? [];
  const [zoom, latitude, longitude] = parts
    .slice(0, 3)
    .map((part) => (part === '' ? NaN : Number(part)));
  if (
    parts.length < 3 ||
    !isIn(zoom, 0, 22) ||
    !isIn(latitude, -85.06, 85.06) ||
    !isIn(longitude, -180, 180)
  ) {
    return {
      view: null,
      notice: { param: 'map', value: hash.replace(/^#/, ''), reason: 'invalid' },
    };
  }
  return { view: { zoom: zoom!, latitude: latitude!, longitude: longitude! } };
}

/**
 * The hash the app keeps: the map view alone, as numbers (`#map=5/35.5/37`, with bearing and
 * pitch where given), or nothing. Anything else a link carried in its hash is dropped, so that
 * the address is one the app writes itself.
 */
export function canonicalMapHash(hash: string): string {
  const { view } = parseMapHash(hash);
  if (!view) return '';
  const extra = (MAP_HASH.exec(hash)?.[1] ?? '')
    .split('/')
    .slice(3, 5)
    .map(Number)
    .filter((n) => Number.isFinite(n));
  return `#map=${[view.zoom, view.latitude, view.longitude, ...extra].join('/')}`;
}

function isIn(value: number | undefined, min: number, max: number): boolean {
  return value !== undefined && Number.isFinite(value) && value >= min && value <= max;
}
