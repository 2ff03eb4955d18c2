// The download of an added article: its bundle for geodata/, built from the dataset as kept
// (so it works after a reload too) and the gazetteer, loaded for it if need be; and what the
// validator would say of it in geodata/.
import { buildArticleBundle, type ArticleBundle } from '../domain/articles/bundle';
import { checkBundle } from '../domain/articles/bundle-check';
import type { DataProblem } from '../domain/data/dataset';
import { loadStoredDataset } from '../storage/dataset-store';
import { useCatalogStore } from './catalog-store';
import { extractionTools } from './extraction-tools';

export async function articleBundle(
  datasetId: string,
): Promise<{ bundle: ArticleBundle; problems: DataProblem[] }> {
  const { catalog, stored } = useCatalogStore.getState();
  let dataset = catalog.datasetsById.get(datasetId);
  if (!dataset) {
    const info = stored.find((kept) => kept.id === datasetId);
    if (!info) throw new Error(`no dataset ${datasetId}`);
    dataset = await loadStoredDataset(info);
  }
  if (!dataset.article) throw new Error(`dataset ${datasetId} has no article`);
  const tools = await extractionTools();
  const bundle = buildArticleBundle({
    article: dataset.article,
    events: dataset.events,
    places: tools.lookup.byId,
    curatedPlaceIds: new Set(catalog.curated.places.map((place) => place.id)),
  });
  return { bundle, problems: checkBundle(bundle, catalog.curated) };
}
