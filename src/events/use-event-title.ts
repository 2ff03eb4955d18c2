import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { placeById } from '../domain/catalog';
import type { MapEvent } from '../domain/events/event';
import { useCatalog } from '../state/catalog-context';
import { useAppStore } from '../state/store';

/**
 * An event's title in the UI language. Curated events have one; imported rows are named by
 * their category and place ("Gefecht: Marea"), never by an invented headline.
 */
export function useEventTitle(): (event: MapEvent) => string {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const lang = useAppStore((state) => state.lang);
  return useCallback(
    (event: MapEvent) =>
      event.title?.[lang] ??
      t('importedTitle', {
        category: t(`categories.${event.category}`),
        place: placeById(catalog, event.place)?.name[lang] ?? event.place,
      }),
    [t, catalog, lang],
  );
}
