import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../time/days';
import {
  canonicalMapHash,
  type CodecContext,
  parseMapHash,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from './codec';

const d = (text: string) => parseIsoDay(text)!;

function context(): CodecContext {
  return {
    range: { min: d('2016-02-01'), max: d('2020-03-05') },
    defaultDate: d('2020-03-05'),
    eventIds: new Set(['articles:idlib-airstrike', 'articles:ankara-talks', 'acled-1a2b3c4d:SYR7']),
    placeIds: new Set(['idlib', 'aleppo']),
    datasetIds: new Set(['articles', 'acled-1a2b3c4d']),
    eventRedirects: new Map([['articles:turkey-warns', 'articles:ankara-talks']]),
    articleIds: new Set(['003_4ab2cf715c479de3', '004_e32797831d74bb49']),
    actorKeys: new Set(['russia', 'turkey', 'Opposition Rebels (Syria), Jaish al Fatah']),
  };
}

const NO_FILTERS = { categories: [], statuses: [], sources: [], actors: [] };

describe('serializeUrlState / parseUrlState', () => {
  it('round-trips every field', () => {
    const state: UrlState = {
      date: d('2016-10-05'),
      window: '7d',
      span: { start: d('2016-10-01'), end: d('2016-12-31') },
      event: 'articles:ankara-talks',
      place: 'aleppo',
      article: '003_4ab2cf715c479de3',
      datasets: ['articles'],
      lang: 'de',
      ...NO_FILTERS,
    };
    const search = serializeUrlState(state);
    expect(search).toBe(
      '?date=2016-10-05&window=7d&span=2016-10-01..2016-12-31&event=ankara-talks&place=aleppo&article=003_4ab2cf715c479de3&lang=de',
    );
    expect(parseUrlState(search, context())).toEqual({ state, notices: [] });
  });

  it('leaves out what is not selected', () => {
    expect(
      serializeUrlState({
        date: d('2020-02-28'),
        window: 'all',
        span: null,
        event: null,
        place: null,
        article: null,
        datasets: ['articles'],
        lang: null,
        ...NO_FILTERS,
      }),
    ).toBe('?date=2020-02-28&window=all');
  });

  it('opens the event a merged one became, and says so', () => {
    const { state, notices } = parseUrlState('?event=turkey-warns', context());
    expect(state.event).toBe('articles:ankara-talks');
    expect(notices).toEqual([
      { param: 'event', value: 'turkey-warns', reason: 'moved', replacement: 'ankara-talks' },
    ]);
    expect(serializeUrlState(state)).toContain('event=ankara-talks');
  });

  it('uses defaults for an empty URL without complaining', () => {
    expect(parseUrlState('', context())).toEqual({
      state: {
        date: d('2020-03-05'),
        window: 'all',
        span: null,
        event: null,
        place: null,
        article: null,
        datasets: ['articles'],
        lang: null,
        ...NO_FILTERS,
      },
      notices: [],
    });
  });

  it('ignores unknown keys', () => {
    expect(parseUrlState('?utm_source=x&date=2020-02-28&zoom=3', context()).notices).toEqual([]);
  });

  it('clamps dates outside the range and says so', () => {
    const { state, notices } = parseUrlState('?date=1999-01-01', context());
    expect(state.date).toBe(d('2016-02-01'));
    expect(notices).toEqual([
      { param: 'date', value: '1999-01-01', reason: 'clamped', replacement: '2016-02-01' },
    ]);
    expect(parseUrlState('?date=2031-01-01', context()).state.date).toBe(d('2020-03-05'));
  });

  it('replaces garbage with defaults and reports each bad value', () => {
    const { state, notices } = parseUrlState(
      '?date=2020-02-30&window=fortnight&event=%3Cscript%3E&place=atlantis&lang=fr',
      context(),
    );
    expect(state).toEqual({
      date: d('2020-03-05'),
      window: 'all',
      span: null,
      event: null,
      place: null,
      article: null,
      datasets: ['articles'],
      lang: null,
      ...NO_FILTERS,
    });
    expect(notices.map((notice) => [notice.param, notice.reason])).toEqual([
      ['date', 'invalid'],
      ['window', 'invalid'],
      ['event', 'unknown'],
      ['place', 'unknown'],
      ['lang', 'invalid'],
    ]);
    expect(notices[2]!.value).toBe('<script>');
  });

  it('reads a zoomed span, fitting it to the data and moving it to hold the date', () => {
    const parse = (search: string) => parseUrlState(search, context());
    const autumn = { start: d('2016-10-01'), end: d('2016-12-31') };
    expect(parse('?date=2016-10-05&span=2016-10-01..2016-12-31')).toEqual({
      state: expect.objectContaining({ span: autumn }),
      notices: [],
    });
    // Zoomed in too far: widened to two weeks around the same middle, and said.
    const narrow = parse('?date=2016-10-05&span=2016-10-05..2016-10-06');
    expect(narrow.state.span).toEqual({ start: d('2016-09-29'), end: d('2016-10-12') });
    expect(narrow.notices).toEqual([
      {
        param: 'span',
        value: '2016-10-05..2016-10-06',
        reason: 'clamped',
        replacement: '2016-09-29..2016-10-12',
      },
    ]);
    // The whole range, or more, is no zoom at all.
    expect(parse('?span=2000-01-01..2030-01-01').state.span).toBeNull();
    // The date decides: the span moves to it.
    expect(parse('?date=2017-01-10&span=2016-10-01..2016-12-31').state.span).toEqual({
      start: d('2016-10-11'),
      end: d('2017-01-10'),
    });
    for (const bad of [
      '2016-10-01',
      '2016-12-31..2016-10-01',
      'x..y',
      '2016-10-01..2016-11-01..2016-12-01',
    ])
      expect(parse(`?span=${bad}`)).toEqual({
        state: expect.objectContaining({ span: null }),
        notices: [{ param: 'span', value: bad, reason: 'invalid' }],
      });
  });

  it('opens the article a link names, and drops one it does not know, saying so', () => {
    const { state, notices } = parseUrlState(
      '?event=ankara-talks&article=004_e32797831d74bb49',
      context(),
    );
    expect(state.article).toBe('004_e32797831d74bb49');
    expect(notices).toEqual([]);
    expect(serializeUrlState(state)).toBe(
      `?date=2020-03-05&window=all&event=ankara-talks&article=004_e32797831d74bb49`,
    );

    for (const raw of ['003', '009_0000000000000000', '<b>x</b>']) {
      const parsed = parseUrlState(
        `?event=ankara-talks&article=${encodeURIComponent(raw)}`,
        context(),
      );
      expect(parsed.state.article).toBeNull();
      expect(parsed.state.event).toBe('articles:ankara-talks');
      expect(parsed.notices).toEqual([{ param: 'article', value: raw, reason: 'unknown' }]);
      expect(serializeUrlState(parsed.state)).not.toContain('article');
    }
  });

  it('keeps the good values when others are bad', () => {
    const { state } = parseUrlState('?date=garbage&window=30d&event=idlib-airstrike', context());
    expect(state.window).toBe('30d');
    expect(state.event).toBe('articles:idlib-airstrike');
  });

  it('names imported events by dataset and local id, and curated ones by their id alone', () => {
    const state = parseUrlState(
      '?event=acled-1a2b3c4d:SYR7&data=acled-1a2b3c4d,articles',
      context(),
    ).state;
    expect(state.event).toBe('acled-1a2b3c4d:SYR7');
    expect(state.datasets).toEqual(['articles', 'acled-1a2b3c4d']);
    expect(serializeUrlState(state)).toContain(
      'event=acled-1a2b3c4d:SYR7&data=articles,acled-1a2b3c4d',
    );
    expect(serializeUrlState({ ...state, event: 'articles:ankara-talks' })).toContain(
      'event=ankara-talks&',
    );
  });

  it('says which datasets a link names that this browser has not loaded, and shows the rest', () => {
    const { state, notices } = parseUrlState(
      '?data=articles,ucdp-99999999&event=ucdp-99999999:4',
      context(),
    );
    expect(state.datasets).toEqual(['articles']);
    expect(state.event).toBeNull();
    expect(notices).toEqual([
      {
        param: 'event',
        value: 'ucdp-99999999:4',
        reason: 'not-loaded',
        replacement: 'ucdp-99999999',
      },
      {
        param: 'data',
        value: 'articles,ucdp-99999999',
        reason: 'not-loaded',
        replacement: 'ucdp-99999999',
      },
    ]);
  });

  it('writes an empty list when every dataset is hidden', () => {
    const state = parseUrlState('?data=', context()).state;
    expect(state.datasets).toEqual([]);
    expect(serializeUrlState(state)).toContain('data=');
    expect(parseUrlState(serializeUrlState(state), context()).state.datasets).toEqual([]);
  });
});

describe('filters in the URL', () => {
  const filtered: UrlState = {
    date: d('2016-10-05'),
    window: 'all',
    span: null,
    event: null,
    place: null,
    article: null,
    datasets: ['articles', 'acled-1a2b3c4d'],
    lang: 'en',
    categories: ['battle', 'diplomacy'],
    statuses: ['announced'],
    sources: ['003_4ab2cf715c479de3', 'acled-1a2b3c4d'],
    actors: ['Opposition Rebels (Syria), Jaish al Fatah', 'russia'],
  };

  it('round-trips each facet, actors as a repeated parameter since names may hold commas', () => {
    const search = serializeUrlState(filtered);
    expect(search).toBe(
      '?date=2016-10-05&window=all&data=articles,acled-1a2b3c4d&cat=battle,diplomacy' +
        '&status=announced&source=003_4ab2cf715c479de3,acled-1a2b3c4d' +
        '&actor=Opposition+Rebels+%28Syria%29,+Jaish+al+Fatah&actor=russia&lang=en',
    );
    expect(parseUrlState(search, context())).toEqual({ state: filtered, notices: [] });
  });

  it('writes every choice in one order, so the same filters give the same address', () => {
    const shuffled = parseUrlState(
      '?cat=diplomacy,battle&status=announced&source=acled-1a2b3c4d,003_4ab2cf715c479de3' +
        '&actor=russia&actor=Opposition+Rebels+%28Syria%29,+Jaish+al+Fatah&data=articles,acled-1a2b3c4d&date=2016-10-05&lang=en',
      context(),
    );
    expect(serializeUrlState(shuffled.state)).toBe(serializeUrlState(filtered));
  });

  it('drops categories, statuses, sources and actors it does not know, and says so', () => {
    const { state, notices } = parseUrlState(
      '?cat=diplomacy,weather&status=rumoured&source=003_4ab2cf715c479de3,999_x' +
        '&actor=russia&actor=Atlantis&actor=',
      context(),
    );
    expect(state).toMatchObject({
      categories: ['diplomacy'],
      statuses: [],
      sources: ['003_4ab2cf715c479de3'],
      actors: ['russia'],
    });
    expect(notices).toEqual([
      { param: 'cat', value: 'weather', reason: 'invalid' },
      { param: 'status', value: 'rumoured', reason: 'invalid' },
      { param: 'source', value: '999_x', reason: 'unknown' },
      { param: 'actor', value: 'Atlantis', reason: 'unknown' },
    ]);
  });

  it('leaves filters out of the address when there are none', () => {
    expect(serializeUrlState({ ...filtered, ...NO_FILTERS })).toBe(
      '?date=2016-10-05&window=all&data=articles,acled-1a2b3c4d&lang=en',
    );
  });
});

describe('parseMapHash', () => {
  it('reads MapLibre’s hash', () => {
    expect(parseMapHash('#map=6.5/35.93/36.63')).toEqual({
      view: { zoom: 6.5, latitude: 35.93, longitude: 36.63 },
    });
    expect(parseMapHash('#map=6.5/35.93/36.63/20/40').view).toEqual({
      zoom: 6.5,
      latitude: 35.93,
      longitude: 36.63,
    });
    expect(parseMapHash('')).toEqual({ view: null });
  });

  it('reports a mangled view', () => {
    for (const hash of ['#map=banana', '#map=5/95/10', '#map=30/35/36', '#map=5//36', '#zoom=5']) {
      expect(parseMapHash(hash).view).toBeNull();
      expect(parseMapHash(hash).notice?.param).toBe('map');
    }
  });
});

describe('canonicalMapHash', () => {
  it('keeps the map view alone, as numbers, and drops whatever else a hash carries', () => {
    expect(canonicalMapHash('#map=5/35.5/37')).toBe('#map=5/35.5/37');
    expect(canonicalMapHash('#map=5.50/35.5/37/45/60')).toBe('#map=5.5/35.5/37/45/60');
    expect(canonicalMapHash('#map=5/35.5/37/x')).toBe('#map=5/35.5/37');
    expect(canonicalMapHash('#&window=7d&map=5/35.5/37')).toBe('');
    expect(canonicalMapHash('#map=23/0/0')).toBe('');
    expect(canonicalMapHash('#<script>')).toBe('');
    expect(canonicalMapHash('')).toBe('');
  });
});
