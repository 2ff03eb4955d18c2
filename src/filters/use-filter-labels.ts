import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../domain/catalog';
import type { Category } from '../domain/data/schema';
import type { Facet, Status } from '../domain/filters/filters';
import type { Lang } from '../domain/time/describe-date';
import { useCatalog } from '../state/catalog-context';
import { useAppStore } from '../state/store';

/** "003" for "003_4ab2cf715c479de3": how the corpus numbers its articles. */
export const articleNumber = (id: string) => id.split('_')[0] ?? id;

/** Actor key → name in the language; imported names are their own keys. */
function actorNames(catalog: Catalog, lang: Lang): Map<string, string> {
  const names = new Map<string, string>();
  for (const dataset of catalog.datasets)
    for (const [key, name] of Object.entries(dataset.actorNames))
      if (!names.has(key)) names.set(key, name[lang]);
  return names;
}

/** Actor key → name in the UI's language, the same map while catalog and language stay. */
export function useActorNames(): ReadonlyMap<string, string> {
  const catalog = useCatalog();
  const lang = useAppStore((state) => state.lang);
  return useMemo(() => actorNames(catalog, lang), [catalog, lang]);
}

/**
 * How an option is named: categories and statuses in the UI's words, articles by their number
 * ("Artikel 003"), imports by their name, actors as their dataset names them.
 */
export function useFilterLabel(): (facet: Facet, key: string) => string {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const actors = useActorNames();
  return (facet, key) => {
    switch (facet) {
      case 'categories':
        return t(`categories.${key as Category}`);
      case 'statuses':
        return t(`statuses.${key as Status}`);
      case 'sources':
        return catalog.articlesById.has(key)
          ? t('filters.article', { number: articleNumber(key) })
          : (catalog.datasetsById.get(key)?.name ?? key);
      case 'actors':
        return actors.get(key) ?? key;
    }
  };
}
