// The extractor and its gazetteer, loaded only when a person opens "Artikel hinzufügen": the
// first view's JavaScript does not carry them, and the gazetteer (about 56 kB gzip) comes from
// the page's own origin like every other file.
import type { Gazetteer } from '../domain/extract/gazetteer';

async function load() {
  const [facts, extract, lookup, toMapEvent, gazetteer] = await Promise.all([
    import('../domain/extract/article-facts'),
    import('../domain/extract/extract-events'),
    import('../domain/extract/gazetteer-lookup'),
    import('../domain/extract/to-map-event'),
    fetch(`${import.meta.env.BASE_URL}gazetteer/gazetteer.json`).then((response) => {
      if (!response.ok) throw new Error(`gazetteer: HTTP ${response.status}`);
      return response.json() as Promise<Gazetteer>;
    }),
  ]);
  return {
    ...facts,
    extractEvents: extract.extractEvents,
    ...toMapEvent,
    gazetteer,
    lookup: lookup.gazetteerLookup(gazetteer),
  };
}

export type ExtractionTools = Awaited<ReturnType<typeof load>>;

let loading: Promise<ExtractionTools> | null = null;

/** Loads once; a failure (the network gone) may be tried again. */
export function extractionTools(): Promise<ExtractionTools> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
