// Properties of the permalink codec over generated states and generated (hostile) query strings:
// a state the app can be in survives the address bar, and whatever a stranger's link says, the
// app ends on an address it would write itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, STATUSES } from '../data/schema';
import { parseIsoDay } from '../time/days';
import { fitSpan, isWholeRange, MIN_SPAN_DAYS } from '../time/span';
import { TIME_WINDOWS } from '../time/window';
import {
  canonicalDatasets,
  type CodecContext,
  LANGS,
  parseUrlState,
  QUERY_PARAMS,
  serializeUrlState,
  type UrlState,
} from './codec';

const d = (text: string) => parseIsoDay(text)!;
const RANGE = { start: d('2016-02-01'), end: d('2020-03-05') };
const EVENT_IDS = ['articles:idlib-airstrike', 'articles:ankara-talks', 'acled-1a2b3c4d:SYR7'];
const PLACE_IDS = ['idlib', 'aleppo', 'acled-1a2b3c4d:gn-163270'];
const DATASET_IDS = ['articles', 'acled-1a2b3c4d', 'added-7f3e'];
const ARTICLE_IDS = ['003_4ab2cf715c479de3', '004_e32797831d74bb49'];
// Imported actor names are kept as written: commas, ampersands, umlauts, "=" and "#".
const ACTOR_KEYS = [
  'russia',
  'turkey',
  'Opposition Rebels (Syria), Jaish al Fatah',
  'Ärzte & Helfer',
  'a=b?c#d',
  '🙂 emoji militia',
];

const context: CodecContext = {
  range: { min: RANGE.start, max: RANGE.end },
  defaultDate: RANGE.end,
  eventIds: new Set(EVENT_IDS),
  placeIds: new Set(PLACE_IDS),
  datasetIds: new Set(DATASET_IDS),
  eventRedirects: new Map([['articles:turkey-warns', 'articles:ankara-talks']]),
  articleIds: new Set(ARTICLE_IDS),
  actorKeys: new Set(ACTOR_KEYS),
};

const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
const inOrder = <T>(order: readonly T[], chosen: T[]) => order.filter((v) => chosen.includes(v));
const sorted = (values: string[]) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** A state the app can be in: every field canonical, the span holding the date. */
const appState: fc.Arbitrary<UrlState> = fc
  .record({
    date: fc.integer({ min: RANGE.start, max: RANGE.end }),
    window: fc.constantFrom(...TIME_WINDOWS),
    span: fc.option(
      fc
        .tuple(
          fc.integer({ min: RANGE.start, max: RANGE.end }),
          fc.integer({ min: MIN_SPAN_DAYS, max: 800 }),
        )
        .map(([start, days]) => fitSpan({ start, end: start + days - 1 }, RANGE))
        .filter((span) => !isWholeRange(span, RANGE)),
    ),
    event: fc.option(fc.constantFrom(...EVENT_IDS)),
    place: fc.option(fc.constantFrom(...PLACE_IDS)),
    article: fc.option(fc.constantFrom(...ARTICLE_IDS)),
    datasets: subset(DATASET_IDS).map(canonicalDatasets),
    lang: fc.option(fc.constantFrom(...LANGS)),
    categories: subset(CATEGORIES).map((c) => inOrder(CATEGORIES, c)),
    statuses: subset(STATUSES).map((s) => inOrder(STATUSES, s)),
    sources: subset([...ARTICLE_IDS, ...DATASET_IDS]).map(sorted),
    actors: subset(ACTOR_KEYS).map(sorted),
  })
  .map((state) => ({
    ...state,
    // The date is always on the zoomed span's axis.
    date: state.span
      ? Math.min(Math.max(state.date, state.span.start), state.span.end)
      : state.date,
  }));

const KEYS = [...QUERY_PARAMS, 'map', 'zoom'];
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%E0%A4%A',
  '%',
  '2016-13-45',
  '9999-99-99',
  '-1',
  '1e309',
  'NaN',
  '..',
  '2016-10-01..2016-09-01',
  ',,,',
  'articles:',
  ':',
  '\u0000',
  'x'.repeat(5000),
];
/** Any query a stranger may send: known and unknown keys, good, hostile and random values, repeats. */
const hostileQuery: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })),
        fc.oneof(
          fc.constantFrom(...HOSTILE, ...EVENT_IDS, ...PLACE_IDS, ...DATASET_IDS, ...ACTOR_KEYS),
          fc.constantFrom(
            '2016-10-05',
            '2020-03-05',
            '1999-01-01',
            '2016-10-01..2016-12-31',
            '2019-12-01..2020-01-31',
            '2016-10-01..2016-10-03',
            '7d',
            'all',
            'de',
            'en',
            'battle,diplomacy',
          ),
          fc.string({ unit: 'grapheme', maxLength: 30 }),
        ),
      ),
      { maxLength: 12 },
    )
    .map((pairs) => {
      const params = new URLSearchParams();
      for (const [key, value] of pairs) params.append(key, value);
      return `?${params.toString()}`;
    }),
);

/** What holds of every state the app can be in. */
function expectAppState(state: UrlState): void {
  expect(state.date).toBeGreaterThanOrEqual(RANGE.start);
  expect(state.date).toBeLessThanOrEqual(RANGE.end);
  if (state.span) {
    expect(state.span.start).toBeLessThanOrEqual(state.date);
    expect(state.span.end).toBeGreaterThanOrEqual(state.date);
    expect(state.span.start).toBeGreaterThanOrEqual(RANGE.start);
    expect(state.span.end).toBeLessThanOrEqual(RANGE.end);
    expect(state.span.end - state.span.start + 1).toBeGreaterThanOrEqual(MIN_SPAN_DAYS);
  }
  expect(TIME_WINDOWS).toContain(state.window);
  if (state.event !== null) expect(EVENT_IDS).toContain(state.event);
  if (state.place !== null) expect(PLACE_IDS).toContain(state.place);
  if (state.article !== null) expect(ARTICLE_IDS).toContain(state.article);
  for (const id of state.datasets) expect(DATASET_IDS).toContain(id);
  for (const actor of state.actors) expect(ACTOR_KEYS).toContain(actor);
  for (const source of state.sources) expect([...ARTICLE_IDS, ...DATASET_IDS]).toContain(source);
}

describe('the permalink codec', () => {
  it('gives back every state the app can be in, without a notice', () => {
    fc.assert(
      fc.property(appState, (state) => {
        const { state: parsed, notices } = parseUrlState(serializeUrlState(state), context);
        expect(notices).toEqual([]);
        expect(parsed).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('turns any query into the address the app would write, which then reads back unchanged', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const parsed = parseUrlState(query, context).state;
        expectAppState(parsed);
        const canonical = serializeUrlState(parsed);
        const again = parseUrlState(canonical, context);
        expect(again.notices).toEqual([]);
        expect(serializeUrlState(again.state)).toBe(canonical);
      }),
      { numRuns: 1000 },
    );
  });
});
