import { type Day, clampDay, formatIsoDay, parseIsoDay } from '../time/days';
import type { Lang } from '../time/describe-date';
import { DEFAULT_WINDOW, isTimeWindow, type TimeWindow } from '../time/window';

/**
 * The permalink: what the user sees, as readable query parameters. `parse` and `serialize`
 * are pure; unknown keys are ignored and bad values fall back to defaults with a notice.
 */
export interface UrlState {
  date: Day;
  window: TimeWindow;
  event: string | null;
  place: string | null;
  /** null: the URL did not say, so the browser's language decides. */
  lang: Lang | null;
}

export interface MapView {
  zoom: number;
  latitude: number;
  longitude: number;
}

export type NoticeReason = 'invalid' | 'clamped' | 'unknown' | 'moved';

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
  eventIds: ReadonlySet<string>;
  placeIds: ReadonlySet<string>;
  /** Ids of merged or dropped events → the event their permalinks open now. */
  eventRedirects?: ReadonlyMap<string, string>;
}

export const LANGS: readonly Lang[] = ['de', 'en'];

interface ParamCodec<T> {
  parse(
    raw: string,
    context: CodecContext,
  ): { value: T; notice?: Omit<UrlNotice, 'param' | 'value'> };
  serialize(value: T): string | null;
  fallback(context: CodecContext): T;
}

const invalid = { reason: 'invalid' } as const;

const PARAMS: { [K in keyof UrlState]: ParamCodec<UrlState[K]> } = {
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
  event: {
    parse: (raw, context) => {
      if (context.eventIds.has(raw)) return { value: raw };
      const successor = context.eventRedirects?.get(raw);
      return successor
        ? { value: successor, notice: { reason: 'moved', replacement: successor } }
        : { value: null, notice: { reason: 'unknown' } };
    },
    serialize: (value) => value,
    fallback: () => null,
  },
  place: {
    parse: (raw, context) =>
      context.placeIds.has(raw) ? { value: raw } : { value: null, notice: { reason: 'unknown' } },
    serialize: (value) => value,
    fallback: () => null,
  },
  lang: {
    parse: (raw) =>
      (LANGS as readonly string[]).includes(raw)
        ? { value: raw as Lang }
        : { value: null, notice: invalid },
    serialize: (value) => value,
    fallback: () => null,
  },
};

/** Parameter order in serialized URLs: most telling first. */
const ORDER: (keyof UrlState)[] = ['date', 'window', 'event', 'place', 'lang'];

export function parseUrlState(
  search: string,
  context: CodecContext,
): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const state = {} as Record<keyof UrlState, unknown>;
  for (const key of ORDER) {
    const codec = PARAMS[key] as ParamCodec<unknown>;
    const raw = params.get(key);
    if (raw === null) {
      state[key] = codec.fallback(context);
      continue;
    }
    const parsed = codec.parse(raw.trim(), context);
    state[key] = parsed.value;
    if (parsed.notice) notices.push({ param: key, value: raw, ...parsed.notice });
  }
  return { state: state as unknown as UrlState, notices };
}

export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = (PARAMS[key] as ParamCodec<unknown>).serialize(state[key]);
    if (value !== null) params.set(key, value);
  }
  return `?${params.toString()}`;
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

function isIn(value: number | undefined, min: number, max: number): boolean {
  return value !== undefined && Number.isFinite(value) && value >= min && value <= max;
}
