import { describe, expect, it } from 'vitest';
import { readGeodataFiles } from '../../scripts/geodata-files';
import { buildCatalog } from '../domain/catalog';
import { readCuratedFiles } from '../domain/data/read-curated';
import { parseIsoDay } from '../domain/time/days';
import { stateFromLocation } from './boot';

function model() {
  const { dataset, problems } = readCuratedFiles(readGeodataFiles());
  return buildCatalog(dataset, problems);
}

describe('the bundled dataset', () => {
  it('loads without a single problem', () => {
    const { dataset, problems } = readCuratedFiles(readGeodataFiles());
    expect(problems).toEqual([]);
    expect(dataset.articles).toHaveLength(5);
    expect(dataset.events.length).toBeGreaterThan(40);
  });
});

describe('stateFromLocation', () => {
  it('opens at the last reported day with everything shown, in the browser’s language', () => {
    const { state, initialView } = stateFromLocation({ search: '', hash: '' }, model(), ['de-DE']);
    expect(state).toMatchObject({
      window: 'all',
      selection: null,
      lang: 'de',
      urlNotices: [],
    });
    expect(state.date).toBe(model().range.max);
    expect(initialView).toBeNull();
  });

  it('restores date, window, event, language and map view from a permalink', () => {
    const { state, initialView } = stateFromLocation(
      {
        search: '?date=2020-02-28&window=7d&event=2020-02-28-putin-erdogan-phone-call&lang=en',
        hash: '#map=7/35.9/36.6',
      },
      model(),
      ['de'],
    );
    expect(state).toMatchObject({
      date: parseIsoDay('2020-02-28'),
      window: '7d',
      selection: { kind: 'event', id: 'articles:2020-02-28-putin-erdogan-phone-call' },
      lang: 'en',
    });
    expect(initialView).toEqual({ zoom: 7, latitude: 35.9, longitude: 36.6 });
  });

  it('lets an event win over a place, since the detail shows one of them', () => {
    const { state } = stateFromLocation(
      { search: '?event=2016-10-haas-school-attack&place=aleppo', hash: '' },
      model(),
      ['en'],
    );
    expect(state.selection).toEqual({ kind: 'event', id: 'articles:2016-10-haas-school-attack' });
  });

  it('selects a place when the link names only a place', () => {
    const { state } = stateFromLocation({ search: '?place=aleppo', hash: '' }, model(), ['en']);
    expect(state.selection).toEqual({ kind: 'place', id: 'aleppo' });
  });

  it('opens the article a permalink names, with its event selected', () => {
    const { state } = stateFromLocation(
      { search: '?event=2016-12-east-aleppo-evacuation&article=003_4ab2cf715c479de3', hash: '' },
      model(),
      ['de'],
    );
    expect(state).toMatchObject({
      selection: { kind: 'event', id: 'articles:2016-12-east-aleppo-evacuation' },
      article: '003_4ab2cf715c479de3',
      urlNotices: [],
    });
  });

  it('shows the list for an article it does not know, and says so', () => {
    const { state } = stateFromLocation({ search: '?article=003', hash: '' }, model(), ['de']);
    expect(state.article).toBeNull();
    expect(state.urlNotices).toEqual([{ param: 'article', value: '003', reason: 'unknown' }]);
  });

  it('collects notices for the URL and the map view', () => {
    const { state } = stateFromLocation({ search: '?window=year', hash: '#map=x' }, model(), [
      'en',
    ]);
    expect(state.urlNotices.map((notice) => notice.param)).toEqual(['window', 'map']);
  });
});
