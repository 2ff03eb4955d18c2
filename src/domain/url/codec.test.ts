import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../time/days';
import {
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
    eventIds: new Set(['idlib-airstrike', 'ankara-talks']),
    placeIds: new Set(['idlib', 'aleppo']),
    eventRedirects: new Map([['turkey-warns', 'ankara-talks']]),
  };
}

describe('serializeUrlState / parseUrlState', () => {
  it('round-trips every field', () => {
    const state: UrlState = {
      date: d('2016-10-05'),
      window: '7d',
      event: 'ankara-talks',
      place: 'aleppo',
      lang: 'de',
    };
    const search = serializeUrlState(state);
    expect(search).toBe('?date=2016-10-05&window=7d&event=ankara-talks&place=aleppo&lang=de');
    expect(parseUrlState(search, context())).toEqual({ state, notices: [] });
  });

  it('leaves out what is not selected', () => {
    expect(
      serializeUrlState({
        date: d('2020-02-28'),
        window: 'all',
        event: null,
        place: null,
        lang: null,
      }),
    ).toBe('?date=2020-02-28&window=all');
  });

  it('opens the event a merged one became, and says so', () => {
    const { state, notices } = parseUrlState('?event=turkey-warns', context());
    expect(state.event).toBe('ankara-talks');
    expect(notices).toEqual([
      { param: 'event', value: 'turkey-warns', reason: 'moved', replacement: 'ankara-talks' },
    ]);
    expect(serializeUrlState(state)).toContain('event=ankara-talks');
  });

  it('uses defaults for an empty URL without complaining', () => {
    expect(parseUrlState('', context())).toEqual({
      state: { date: d('2020-03-05'), window: 'all', event: null, place: null, lang: null },
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
      event: null,
      place: null,
      lang: null,
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

  it('keeps the good values when others are bad', () => {
    const { state } = parseUrlState('?date=garbage&window=30d&event=idlib-airstrike', context());
    expect(state.window).toBe('30d');
    expect(state.event).toBe('idlib-airstrike');
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
