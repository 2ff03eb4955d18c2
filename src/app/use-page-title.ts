import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { eventById, placeById } from '../domain/catalog';
import { useEventTitle } from '../events/use-event-title';
import { useCatalog } from '../state/catalog-context';
import { selectedEventIdOf, selectedPlaceIdOf, useAppStore } from '../state/store';
import { pageTitle } from './page-title';

/** Keeps document.title in step with the date, the selection and the language. */
export function usePageTitle(): void {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const eventTitle = useEventTitle();
  const date = useAppStore((state) => state.date);
  const lang = useAppStore((state) => state.lang);
  const eventId = useAppStore(selectedEventIdOf);
  const placeId = useAppStore(selectedPlaceIdOf);
  const event = eventId ? eventById(catalog, eventId) : undefined;
  const articleId = useAppStore((state) => state.article);
  const selection =
    (event ? eventTitle(event) : undefined) ??
    (placeId ? placeById(catalog, placeId)?.name[lang] : undefined) ??
    // With nothing selected, the open article is what the page shows.
    (articleId ? catalog.articlesById.get(articleId)?.title : undefined) ??
    null;
  const title = pageTitle({ appName: t('appTitle'), date, lang, selection });

  useEffect(() => {
    document.title = title;
  }, [title]);
}
