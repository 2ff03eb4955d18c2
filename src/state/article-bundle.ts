// The download of an added article: its bundle for geodata/, built from the dataset as kept
// (so it works after a reload too) and the gazetteer, loaded for it if need be.
import {
  buildArticleBundle,
  type ArticleBundle,
  type BundleProblem,
} from '../domain/articles/bundle';
import { loadStoredDataset } from '../storage/dataset-store';
import { useCatalogStore } from './catalog-store';
import { extractionTools } from './extraction-tools';

export async function articleBundle(
  datasetId: string,
): Promise<{ bundle: ArticleBundle; problems: BundleProblem[] }> {
  const { catalog, stored } = useCatalogStore.getState();
  let dataset = catalog.datasetsById.get(datasetId);
  if (!dataset) {
    const info = stored.find((kept) => kept.id === datasetId);
    if (!info) throw new Error(`no dataset ${datasetId}`);
    dataset = await loadStoredDataset(info);
  }
  if (!dataset.article) throw new Error(`dataset ${datasetId} has no article`);
  const tools = await extractionTools();
  return buildArticleBundle({
    article: dataset.article,
    events: dataset.events,
    places: tools.lookup.byId,
    curatedPlaceIds: new Set(catalog.curated.places.map((place) => place.id)),
  });
}
