import { describe, expect, it } from 'vitest';
import { readGeodataFiles } from '../../../scripts/geodata-files';
import { buildCatalog, datasetOfArticle } from '../catalog';
import { readCuratedFiles } from '../data/read-curated';
import { CURATED_DATASET_ID } from '../events/event';
import { testDataset, testMapEvent } from '../events/test-map-event';
import { suggestTitle, type AddedArticle } from './added-article';

const { dataset: curated, problems } = readCuratedFiles(readGeodataFiles());

const added: AddedArticle = {
  id: '005_0123456789abcdef',
  title: 'Sarakib unter Beschuss',
  published: '2020-01-30',
  publishedFrom: 'text',
  text: 'Am Donnerstag beschossen Regierungstruppen Sarakib.',
  addedAt: '2026-11-25T18:00:00.000Z',
};

describe('an added article in the catalog', () => {
  const events = [testMapEvent('article-01234567', 'sarakib-2020-01-30', 18291)];
  const dataset = { ...testDataset('article-01234567', events), article: added };
  const catalog = buildCatalog(curated, problems, [dataset]);

  it('is an article like the curated ones, with its text, while its dataset is loaded', () => {
    expect(catalog.articlesById.get(added.id)).toMatchObject({
      title: added.title,
      published: '2020-01-30',
      publishedPrecision: 'day',
      language: 'de',
    });
    expect(catalog.articleTexts[added.id]).toBe(added.text);
    expect(catalog.articlesById.size).toBe(curated.articles.length + 1);
    expect(buildCatalog(curated, problems).articlesById.has(added.id)).toBe(false);
  });

  it('knows which dataset holds the events of an article', () => {
    expect(datasetOfArticle(catalog, added.id)?.id).toBe('article-01234567');
    expect(datasetOfArticle(catalog, curated.articles[0]!.id)?.id).toBe(CURATED_DATASET_ID);
  });
});

describe('suggestTitle', () => {
  it('takes a short first line, without a closing colon or full stop', () => {
    expect(suggestTitle('\n  Kämpfe um Sarakib:\nDer Text …')).toBe('Kämpfe um Sarakib');
    expect(suggestTitle(`${'Sehr lang '.repeat(20)}\nText`)).toBe('');
    expect(suggestTitle('')).toBe('');
  });
});
