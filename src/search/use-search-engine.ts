import { useCallback, useEffect, useRef } from 'react';
import type { Catalog } from '../domain/catalog';
import type { CategoryWords } from '../domain/search/catalog-docs';
import { CATEGORIES } from '../domain/data/schema';
import { resources } from '../i18n/messages';
import { useCatalog } from '../state/catalog-context';
import { createSearchEngine, type SearchEngine } from './search-engine';

/** Imported events are titled by their category: its words in both languages find them. */
const CATEGORY_WORDS: CategoryWords = Object.fromEntries(
  CATEGORIES.map((category) => [
    category,
    [resources.de.translation.categories[category], resources.en.translation.categories[category]],
  ]),
);

/**
 * The search of the catalog shown, made on first use (a page that never searches never builds
 * an index) and stopped when the catalog changes.
 */
export function useSearchEngine(): () => SearchEngine {
  const catalog = useCatalog();
  const current = useRef<{ catalog: Catalog; engine: SearchEngine } | null>(null);

  useEffect(
    () => () => {
      current.current?.engine.dispose();
      current.current = null;
    },
    [catalog],
  );

  return useCallback(() => {
    if (current.current?.catalog !== catalog) {
      current.current?.engine.dispose();
      current.current = { catalog, engine: createSearchEngine(catalog, CATEGORY_WORDS) };
    }
    return current.current.engine;
  }, [catalog]);
}
