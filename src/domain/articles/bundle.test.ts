import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema, eventSchema, placeFeatureSchema } from '../data/schema';
import { extractEvents } from '../extract/extract-events';
import type { Gazetteer } from '../extract/gazetteer';
import { gazetteerLookup } from '../extract/gazetteer-lookup';
import { proposalToEvent } from '../extract/to-map-event';
import { parseIsoDay } from '../time/days';
import { addedArticleId, articleDatasetId, type AddedArticle } from './added-article';
import { buildArticleBundle, bundleFileName } from './bundle';
import { checkBundle } from './bundle-check';
import { describeProblem } from '../data/dataset';
import { readCuratedFiles } from '../data/read-curated';
import { readGeodataFiles } from '../../../scripts/geodata-files';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TEXT = readFileSync(join(ROOT, 'e2e/files/article-sarakib-2020-01-30.txt'), 'utf8');
const GAZETTEER: Gazetteer = JSON.parse(
  readFileSync(join(ROOT, 'public/gazetteer/gazetteer.json'), 'utf8'),
);
const CURATED_PLACES = new Set<string>(
  JSON.parse(readFileSync(join(ROOT, 'geodata/places.geojson'), 'utf8')).features.map(
    (feature: { properties: { id: string } }) => feature.properties.id,
  ),
);

const lookup = gazetteerLookup(GAZETTEER);
const article: AddedArticle = {
  id: addedArticleId(TEXT, ['000_a', '004_b']),
  title: 'Syrische Armee rückt auf Sarakib vor',
  published: '2020-01-30',
  publishedFrom: 'text',
  text: TEXT,
  addedAt: '2026-11-25T18:00:00.000Z',
};

function accepted() {
  const datasetId = articleDatasetId(TEXT);
  const { events } = extractEvents(TEXT, parseIsoDay('2020-01-30')!, lookup);
  return events.map((proposal) =>
    proposalToEvent(proposal, {
      datasetId,
      articleId: article.id,
      place: lookup.byId.get(proposal.placeId)!,
    }),
  );
}

describe('buildArticleBundle', () => {
  const events = accepted();
  const bundle = buildArticleBundle({
    article,
    events,
    places: lookup.byId,
    curatedPlaceIds: CURATED_PLACES,
  });

  it('writes the article, its events and new places in the shape of geodata/', () => {
    expect(articleSchema.safeParse(bundle.article).error).toBeUndefined();
    expect(bundle.article.id).toMatch(/^005_[0-9a-f]{16}$/);
    expect(bundle.text).toBe(TEXT);
    expect(bundle.events.length).toBe(events.length);
    for (const event of bundle.events.filter((e) => e.actors.length > 0))
      expect(eventSchema.safeParse(event).error).toBeUndefined();
    for (const feature of bundle.places.features)
      expect(placeFeatureSchema.safeParse(feature).error).toBeUndefined();
    expect(bundleFileName(bundle)).toBe(`${bundle.article.id}.lagekarte.json`);
  });

  it('keeps curated places by their id and adds the others with slugs of their names', () => {
    expect(bundle.events.map((e) => e.place)).toContain('moscow');
    const added = bundle.places.features.map((f) => f.properties.id);
    expect(added).toEqual(expect.arrayContaining(['saraqib']));
    expect(added.some((id) => CURATED_PLACES.has(id))).toBe(false);
    const saraqib = bundle.places.features.find((f) => f.properties.id === 'saraqib')!;
    // Aliases are the names the text spells; the others are kept as extra names.
    expect(saraqib.properties.aliases).toContain('Sarakib');
    for (const alias of saraqib.properties.aliases) expect(TEXT).toContain(alias);
  });

  it('names events by day, place and category, and quotes the article by its id', () => {
    for (const event of bundle.events) {
      expect(event.id).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/);
      expect(event.sources.every((s) => s.article === article.id)).toBe(true);
      for (const source of event.sources) expect(TEXT).toContain(source.quote);
    }
    expect(new Set(bundle.events.map((e) => e.id)).size).toBe(bundle.events.length);
  });

  it('keeps an open bound with the words that give it', () => {
    const since = bundle.events.find((e) => e.date.vague);
    expect(since?.date.words?.de).toBeTruthy();
  });
});

describe('added article ids', () => {
  it('numbers after the curated articles and hashes the text, the same in every browser', () => {
    expect(addedArticleId('Text', ['000_x', '004_y'])).toBe(addedArticleId('Text', ['004_y']));
    expect(addedArticleId('Text', ['004_y'])).toMatch(/^005_[0-9a-f]{16}$/);
    expect(addedArticleId('Text', [])).toMatch(/^000_/);
    expect(addedArticleId('Anderer Text', ['004_y'])).not.toBe(addedArticleId('Text', ['004_y']));
    expect(articleDatasetId('Text')).toMatch(/^article-[0-9a-f]{8}$/);
  });
});

describe('checkBundle', () => {
  const files = readGeodataFiles(ROOT);
  const { dataset: curated } = readCuratedFiles(files);
  const events = accepted();
  const bundle = buildArticleBundle({
    article,
    events,
    places: lookup.byId,
    curatedPlaceIds: CURATED_PLACES,
  });

  // The air strikes on Sarakib "am Donnerstagmorgen": a proposal that needs nothing fixed.
  const strike = bundle.events.find((event) => event.category === 'remote-violence')!;

  it('finds nothing wrong with a proposal that fits the data contract', () => {
    const alone = { ...bundle, events: [strike] };
    expect(checkBundle(alone, curated).map((problem) => describeProblem(problem))).toEqual([]);
  });

  it('says what the validator would say once the bundle is in geodata/', () => {
    // Two months called "a few days": the precision does not fit the interval.
    const wide = {
      ...strike,
      date: { ...strike.date, start: '2019-12-01', end: '2020-01-30', precision: 'days' as const },
    };
    const problems = checkBundle({ ...bundle, events: [wide] }, curated).map((problem) =>
      describeProblem(problem),
    );
    expect(problems).toContainEqual(expect.stringMatching(/date\.precision: "days" does not fit/));
  });

  it('wants every event to name an actor, as geodata/ does', () => {
    const lone = { ...bundle, events: [{ ...strike, actors: [] }] };
    const problems = checkBundle(lone, curated);
    expect(problems.map((p) => `${p.record?.en} ${p.field}`)).toContain(
      `event "${strike.id}" actors`,
    );
  });

  it('wants an article to report at least one event', () => {
    expect(checkBundle({ ...bundle, events: [] }, curated).map((p) => p.message.en)).toContainEqual(
      expect.stringMatching(/has no events/),
    );
  });
});
