import { describe, expect, it } from 'vitest';
import { readGeodataFiles } from '../../../scripts/geodata-files';
import { buildCatalog, type Catalog } from '../catalog';
import { readCuratedFiles } from '../data/read-curated';
import type { EventDataset, MapEvent } from '../events/event';
import { catalogDocs, targetOfDoc } from './catalog-docs';
import { buildSearchIndex, type SearchDoc, searchIndex } from './search-index';

function curatedCatalog(imported: EventDataset[] = []): Catalog {
  const { dataset, problems } = readCuratedFiles(readGeodataFiles());
  return buildCatalog(dataset, problems, imported);
}

/** What a search finds, by id: places as `place:id`, events as their qualified id. */
function find(catalog: Catalog, query: string, hiddenGroups?: ReadonlySet<number>) {
  const index = buildSearchIndex(catalogDocs(catalog, { battle: ['Gefecht', 'Battle'] }));
  const result = searchIndex(index, query, { hiddenGroups });
  return {
    total: result.total,
    ids: result.hits.map(({ doc }) => {
      const target = targetOfDoc(catalog, doc);
      return target.kind === 'place'
        ? `place:${catalog.table.places[target.index]!.id}`
        : catalog.table.events[target.row]!.id;
    }),
  };
}

const doc = (kind: SearchDoc['kind'], names: string[], texts: string[] = []): SearchDoc => ({
  kind,
  group: 0,
  names,
  places: [],
  texts,
});

describe('search over the curated catalog', () => {
  const catalog = curatedCatalog();

  it('finds Sochi and its event by the German and the English name', () => {
    for (const query of ['Sotschi', 'Sochi', 'sotschi', 'SOCHI']) {
      const { ids } = find(catalog, query);
      expect(ids[0], query).toBe('place:sochi');
      expect(ids, query).toContain('articles:2018-sochi-idlib-agreement');
    }
  });

  it('finds Aleppo by its German genitive, first of all', () => {
    const aleppos = find(catalog, 'Aleppos');
    expect(aleppos.ids[0]).toBe('place:aleppo');
    // Its events too: every event at Aleppo names it as its place.
    const atAleppo = catalog.table.events.filter((event) => event.place === 'aleppo').length;
    expect(aleppos.total).toBeGreaterThanOrEqual(1 + Math.min(atAleppo, 19));
  });

  it('finds Moscow by "Moskaus" and by "Moscow"', () => {
    expect(find(catalog, 'Moskaus').ids[0]).toBe('place:moscow');
    expect(find(catalog, 'Moscow').ids[0]).toBe('place:moscow');
  });

  it('ignores diacritics either way', () => {
    expect(find(catalog, 'Turkei').ids[0]).toBe('place:turkey');
    expect(find(catalog, 'Türkiye').ids[0]).toBe('place:turkey');
    expect(find(catalog, 'Dabiq').ids[0]).toBe('place:dabiq');
    expect(find(catalog, 'Dābiq').ids[0]).toBe('place:dabiq');
    expect(find(catalog, 'Genève').ids[0]).toBe('place:geneva');
  });

  it('finds events by the words of their quotes', () => {
    const sochiEvent = catalog.table.events.find((event) => event.place === 'sochi')!;
    const word = sochiEvent.sources[0]!.quote!.split(/\s+/).find((w) => w.length > 8)!;
    expect(find(catalog, word).ids).toContain(sochiEvent.id);
  });

  it('needs every word of the query, each as a word or its beginning', () => {
    const both = find(catalog, 'Sotschi Abkommen');
    expect(both.ids).toEqual(['articles:2018-sochi-idlib-agreement']);
    expect(find(catalog, 'Sotschi Abkom').ids).toEqual(both.ids);
    expect(find(catalog, 'Sotschi Zebra').total).toBe(0);
  });

  it('finds nothing for an empty query or a word no text has', () => {
    expect(find(catalog, '')).toEqual({ total: 0, ids: [] });
    expect(find(catalog, '  „“ ')).toEqual({ total: 0, ids: [] });
    expect(find(catalog, 'Xylophon')).toEqual({ total: 0, ids: [] });
  });
});

describe('search over imported events', () => {
  const event = (localId: string, notes: string): MapEvent => ({
    id: `acled:${localId}`,
    dataset: 'acled',
    localId,
    date: { start: 17000, end: 17000, precision: 'day' },
    status: 'occurred',
    category: 'battle',
    place: 'acled:sochi',
    actors: [],
    notes,
    sources: [],
  });
  const imported: EventDataset = {
    id: 'acled',
    name: 'ACLED',
    kind: 'imported',
    events: [event('1', 'Clashes near the harbour.'), event('2', 'A protest in the centre.')],
    places: [
      {
        id: 'acled:sochi',
        name: { de: 'Sochi', en: 'Sochi' },
        coordinates: [39.7, 43.6],
        precision: 'point',
      },
    ],
    actorNames: {},
  };
  const catalog = curatedCatalog([imported]);

  it('finds them by notes, by their place, and by the words of their title', () => {
    expect(find(catalog, 'harbour').ids).toEqual(['acled:1']);
    expect(find(catalog, 'Sotschi').ids).toEqual(
      expect.arrayContaining(['place:sochi', 'place:acled:sochi', 'acled:1', 'acled:2']),
    );
    expect(find(catalog, 'Gefecht Sochi').ids).toEqual(['acled:1', 'acled:2']);
  });

  it('finds English texts by the German name of a gazetteer place', () => {
    const moscow = event('3', 'Protesters detained near Moscow.');
    const brussels = event('4', 'Talks in Brussels.');
    const more = curatedCatalog([{ ...imported, events: [...imported.events, moscow, brussels] }]);
    expect(find(more, 'Moskaus').ids).toContain('acled:3');
    expect(find(more, 'Moskwa').ids).toContain('acled:3');
    expect(find(more, 'Brüssel').ids).toContain('acled:4');
    // Only names are synonyms, not the articles' word forms: the alias "NATO" names no city.
    expect(find(more, 'NATO').ids).not.toContain('acled:4');
  });

  it('leaves out the datasets that are hidden', () => {
    const group = catalog.table.datasetIds.indexOf('acled');
    const { ids } = find(catalog, 'Sochi', new Set([group]));
    expect(ids).toContain('place:sochi');
    expect(ids.filter((id) => id.includes('acled'))).toEqual([]);
  });
});

describe('ranking', () => {
  it('puts a place named exactly as the query first, then places before events', () => {
    const index = buildSearchIndex([
      doc('place', ['Ost-Aleppo']),
      doc('event', ['Aleppo']),
      doc('place', ['Aleppo']),
    ]);
    expect(searchIndex(index, 'aleppo').hits.map((hit) => hit.doc)).toEqual([2, 0, 1]);
  });

  it('ranks a whole word above a word that only begins with it, and titles above texts', () => {
    const index = buildSearchIndex([
      doc('event', [], ['Waffenruhe']),
      doc('event', ['Waffenruhen']),
      doc('event', ['Waffen']),
    ]);
    expect(searchIndex(index, 'Waffen').hits.map((hit) => hit.doc)).toEqual([2, 1, 0]);
  });

  it('finds a German "tsch" by the English "ch", and the reverse', () => {
    const index = buildSearchIndex([
      doc('event', [], ['Das Sotschi-Abkommen']),
      doc('event', ['Sochi']),
    ]);
    expect(searchIndex(index, 'Sochi').hits.map((hit) => hit.doc)).toEqual([1, 0]);
    expect(searchIndex(index, 'Sotschi').hits.map((hit) => hit.doc)).toEqual([1, 0]);
  });

  it('returns at most the limit, and says how many matched', () => {
    const index = buildSearchIndex(Array.from({ length: 50 }, () => doc('event', ['Angriff'])));
    const result = searchIndex(index, 'angriff', { limit: 20 });
    expect(result.hits).toHaveLength(20);
    expect(result.total).toBe(50);
  });
});
