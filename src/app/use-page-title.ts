import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useModel } from '../state/model-context';
import { selectedEventIdOf, selectedPlaceIdOf, useAppStore } from '../state/store';
import { pageTitle } from './page-title';

/** Keeps document.title in step with the date, the selection and the language. */
export function usePageTitle(): void {
  const { t } = useTranslation();
  const model = useModel();
  const date = useAppStore((state) => state.date);
  const lang = useAppStore((state) => state.lang);
  const eventId = useAppStore(selectedEventIdOf);
  const placeId = useAppStore(selectedPlaceIdOf);
  const selection =
    (eventId ? model.eventsById.get(eventId)?.record.title[lang] : undefined) ??
    (placeId ? model.placesById.get(placeId)?.name[lang] : undefined) ??
    null;
  const title = pageTitle({ appName: t('appTitle'), date, lang, selection });

  useEffect(() => {
    document.title = title;
  }, [title]);
}
