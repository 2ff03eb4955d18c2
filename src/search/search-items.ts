import { useTranslation } from 'react-i18next';
import { type Catalog, isCurated, rowsAtPlace } from '../domain/catalog';
import { describeEventDate } from '../domain/events/event-date';
import { targetOfDoc } from '../domain/search/catalog-docs';
import type { SearchResult } from '../domain/search/search-index';
import { overlaps, windowInterval } from '../domain/time/window';
import { useEventTitle } from '../events/use-event-title';
import { useCatalog } from '../state/catalog-context';
import { selectEvent, selectPlace } from '../state/navigation';
import { useAppStore } from '../state/store';
import { useAdmittedRows } from '../state/visibility';

/** A result as the list shows it, and what choosing it does. */
export interface SearchItem {
  key: string;
  kind: 'place' | 'event';
  name: string;
  /** Date, dataset, number of events: what tells results of the same name apart. */
  details: string;
  choose(): void;
}

/** Selects an event, and moves the date to it if the window does not show it now. */
function chooseEvent(catalog: Catalog, row: number): void {
  const event = catalog.table.events[row]!;
  const { date, window } = useAppStore.getState();
  const shown = overlaps(event.date, windowInterval(date, window));
  selectEvent(event.id, shown ? undefined : event.date.start);
}

export function useSearchItems(result: SearchResult | null): SearchItem[] {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const lang = useAppStore((state) => state.lang);
  const title = useEventTitle();
  const admitted = useAdmittedRows();
  if (!result) return [];
  const datasetName = (id: string) =>
    isCurated(id) ? null : (catalog.datasetsById.get(id)?.name ?? null);

  return result.hits.map(({ doc }) => {
    const target = targetOfDoc(catalog, doc);
    if (target.kind === 'place') {
      const place = catalog.table.places[target.index]!;
      const colon = place.id.indexOf(':');
      return {
        key: `place:${place.id}`,
        kind: 'place',
        name: place.name[lang],
        details: [
          t('search.place'),
          // Imported places may share a name: where they are tells them apart.
          place.admin ?? null,
          colon > 0 ? datasetName(place.id.slice(0, colon)) : null,
          t('eventCount', { count: rowsAtPlace(catalog, target.index).length }),
        ]
          .filter(Boolean)
          .join(' · '),
        choose: () => selectPlace(place.id),
      };
    }
    const event = catalog.table.events[target.row]!;
    return {
      key: event.id,
      kind: 'event',
      name: title(event),
      details: [
        t('search.event'),
        describeEventDate(event, lang),
        datasetName(event.dataset),
        // Found, but the filters keep it off the map and out of the list: said, not hidden.
        admitted[target.row] === 1 ? null : t('search.filteredOut'),
      ]
        .filter(Boolean)
        .join(' · '),
      choose: () => chooseEvent(catalog, target.row),
    };
  });
}
