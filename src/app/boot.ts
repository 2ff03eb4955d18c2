import type { Catalog } from '../domain/catalog';
import { filterIndexOf } from '../domain/filters/filter-index';
import { CURATED_DATASET_ID, qualifiedEventId } from '../domain/events/event';
import { type CodecContext, parseMapHash, parseUrlState, type MapView } from '../domain/url/codec';
import { browserLang } from '../i18n/i18n';
import type { AppState } from '../state/store';

export function codecContext(catalog: Catalog): CodecContext {
  const curated = (id: string) => qualifiedEventId(CURATED_DATASET_ID, id);
  return {
    range: catalog.range,
    // Opening without a date shows everything the articles report.
    defaultDate: catalog.range.max,
    // Asked only when a link names an event: the id index is made on first use.
    eventIds: { has: (id) => catalog.table.rowById.has(id) },
    placeIds: catalog.table.placeIndexById,
    datasetIds: catalog.datasetsById,
    eventRedirects: new Map(
      catalog.curated.redirects.map((redirect) => [curated(redirect.from), curated(redirect.to)]),
    ),
    articleIds: catalog.articlesById,
    // Asked only when a link filters by actor: the filter index is made on first use.
    actorKeys: { has: (key) => filterIndexOf(catalog.table).actors.indexOf.has(key) },
  };
}

/** The state a URL asks for, with the browser's language where the URL names none. */
export function stateFromLocation(
  location: Pick<Location, 'search' | 'hash'>,
  catalog: Catalog,
  languages: readonly string[],
): { state: AppState; initialView: MapView | null } {
  const { state, notices } = parseUrlState(location.search, codecContext(catalog));
  const map = parseMapHash(location.hash);
  return {
    state: {
      date: state.date,
      window: state.window,
      span: state.span,
      selection: state.event
        ? { kind: 'event', id: state.event }
        : state.place
          ? { kind: 'place', id: state.place }
          : null,
      article: state.article,
      datasets: state.datasets,
      filters: {
        categories: state.categories,
        actors: state.actors,
        sources: state.sources,
        statuses: state.statuses,
      },
      highlightedEventId: null,
      lang: state.lang ?? browserLang(languages),
      urlNotices: map.notice ? [...notices, map.notice] : notices,
    },
    initialView: map.view,
  };
}
