import { browserLang } from '../i18n/i18n';
import type { Model } from '../domain/model';
import type { AppState } from '../state/store';
import { type CodecContext, parseMapHash, parseUrlState, type MapView } from '../domain/url/codec';

export function codecContext(model: Model): CodecContext {
  return {
    range: model.range,
    // Opening without a date shows everything the articles report.
    defaultDate: model.range.max,
    eventIds: new Set(model.eventsById.keys()),
    placeIds: new Set(model.placesById.keys()),
    eventRedirects: new Map(
      model.dataset.redirects.map((redirect) => [redirect.from, redirect.to]),
    ),
  };
}

/** The state a URL asks for, with the browser's language where the URL names none. */
export function stateFromLocation(
  location: Pick<Location, 'search' | 'hash'>,
  model: Model,
  languages: readonly string[],
): { state: AppState; initialView: MapView | null } {
  const { state, notices } = parseUrlState(location.search, codecContext(model));
  const map = parseMapHash(location.hash);
  return {
    state: {
      date: state.date,
      window: state.window,
      selection: state.event
        ? { kind: 'event', id: state.event }
        : state.place
          ? { kind: 'place', id: state.place }
          : null,
      highlightedEventId: null,
      lang: state.lang ?? browserLang(languages),
      urlNotices: map.notice ? [...notices, map.notice] : notices,
    },
    initialView: map.view,
  };
}
