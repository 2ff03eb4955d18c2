import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../time/days';
import { agreement, withinReach, type ScoredEvent, type ScoredPlace } from './agreement';

const aleppo: ScoredPlace = { lon: 37.16, lat: 36.2, coarseness: 'point', country: 'SY' };
const alBab: ScoredPlace = { lon: 37.52, lat: 36.37, coarseness: 'point', country: 'SY' };
const idlibProvince: ScoredPlace = { lon: 36.42, lat: 35.8, coarseness: 'province', country: 'SY' };
const saraqib: ScoredPlace = { lon: 36.8, lat: 35.86, coarseness: 'point', country: 'SY' };
const damascus: ScoredPlace = { lon: 36.29, lat: 33.51, coarseness: 'point', country: 'SY' };
const russia: ScoredPlace = { lon: 100, lat: 60, coarseness: 'country', country: 'RU' };
const moscow: ScoredPlace = { lon: 37.62, lat: 55.75, coarseness: 'point', country: 'RU' };

const day = (iso: string) => parseIsoDay(iso)!;
const event = (id: string, start: string, end: string, place: ScoredPlace): ScoredEvent => ({
  id,
  article: 'a',
  start: day(start),
  end: day(end),
  place,
});

describe('withinReach', () => {
  it('takes towns 50 km apart as one place, a province and its towns too, a country and its cities', () => {
    expect(withinReach(aleppo, alBab)).toBe(true);
    expect(withinReach(aleppo, damascus)).toBe(false);
    expect(withinReach(idlibProvince, saraqib)).toBe(true);
    expect(withinReach(russia, moscow)).toBe(true);
    expect(withinReach(russia, damascus)).toBe(false);
  });
});

describe('agreement', () => {
  it('counts curated events found, missed, and proposals that match none', () => {
    const curated = [
      event('siege', '2016-10-01', '2016-10-31', aleppo),
      event('talks', '2020-03-05', '2020-03-05', moscow),
    ];
    const proposals = [
      event('p1', '2016-10-20', '2016-10-20', alBab),
      event('p2', '2016-11-20', '2016-11-20', aleppo),
      event('p3', '2020-03-05', '2020-03-05', damascus),
    ];
    const result = agreement(curated, proposals);
    expect(result.found).toEqual(['siege']);
    expect(result.missed).toEqual(['talks']);
    expect(result.right).toBe(1);
    expect(result.notCurated.map((p) => p.id)).toEqual(['p2', 'p3']);
  });

  it('compares only within the same article and counts an event quoted twice once', () => {
    const curated = [
      event('siege', '2016-10-01', '2016-10-31', aleppo),
      { ...event('siege', '2016-10-01', '2016-10-31', aleppo), article: 'b' },
    ];
    const result = agreement(curated, [
      { ...event('p', '2016-10-02', '2016-10-02', aleppo), article: 'c' },
    ]);
    expect(result.curated).toBe(1);
    expect(result.found).toEqual([]);
  });
});
