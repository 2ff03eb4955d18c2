import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticlePane } from '../article/ArticlePane';
import { SidePane } from '../events/SidePane';
import { Legend } from '../map/Legend';
import { OfflineStatus } from '../offline/OfflineStatus';
import { closeArticle, selectEvent } from '../state/navigation';
import { useCatalog } from '../state/catalog-context';
import { stop as stopPlayback } from '../state/playback';
import { applyUrlState } from '../state/url-sync';
import { useAppStore } from '../state/store';
import { Timeline } from '../timeline/Timeline';
import type { MapView as MapViewState } from '../domain/url/codec';
import { stateFromLocation } from './boot';
import { Header } from './Header';
import { Notices } from './Notices';
import { SkipLink } from './SkipLink';
import { PHONE_QUERY, useMediaQuery } from './use-media-query';
import { usePageTitle } from './use-page-title';
import { tabId, type View, ViewTabs } from './ViewTabs';

// MapLibre is most of the JavaScript: the timeline and the list work while it still loads.
const MapView = lazy(() =>
  import('../map/MapView').then((module) => ({ default: module.MapView })),
);

const PANELS = { map: 'map-panel', list: 'list-panel' } as const;
const TIMELINE_ID = 'timeline';

export function App({ initialView }: { initialView: MapViewState | null }) {
  const catalog = useCatalog();
  const { t, i18n } = useTranslation();
  const lang = useAppStore((state) => state.lang);
  const phone = useMediaQuery(PHONE_QUERY);
  const [view, setView] = useState<View>('map');
  // By identity, not id: choosing the already chosen marker again shows its detail too.
  const selection = useAppStore((state) => state.selection);
  const [seenSelection, setSeenSelection] = useState(selection);
  // The article view takes the side pane's place while it is open.
  const reading = useAppStore((state) => state.article !== null);
  usePageTitle();

  // On a phone, something chosen on the map (or brought back by Back) shows its detail.
  if (selection !== seenSelection) {
    setSeenSelection(selection);
    if (selection !== null) setView('list');
  }

  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [i18n, lang]);

  // Back and Forward: the URL already says what to show; notices were given on arrival.
  useEffect(() => {
    const onPopState = () => {
      // The address bar has moved already: playback stops where it is, writing nothing.
      stopPlayback(false);
      const { state } = stateFromLocation(window.location, catalog, navigator.languages);
      const { urlNotices, ...input } = state;
      applyUrlState(input);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [catalog]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const state = useAppStore.getState();
      // Escape in a dialog closes only the dialog.
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      if (event.key !== 'Escape') return;
      // The article first: what it was opened over is still there when it closes.
      if (state.article) closeArticle();
      else if (state.selection) selectEvent(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const mapCovered = phone && view !== 'map';
  return (
    <div className="app">
      <SkipLink targetId={TIMELINE_ID} />
      <Header />
      {/* Focusable from code only: where focus goes when a notice closes. */}
      <main className={`app-main${reading ? ' reading' : ''}`} tabIndex={-1}>
        {phone && <ViewTabs view={view} onChange={setView} panels={PANELS} />}
        <Notices />
        <OfflineStatus />
        <div
          className={`map-pane${mapCovered ? ' covered' : ''}`}
          id={PANELS.map}
          {...(phone && { role: 'tabpanel', 'aria-labelledby': tabId('map') })}
          inert={mapCovered}
        >
          <Suspense fallback={<p className="map-loading">{t('mapLoading')}</p>}>
            <MapView initialView={initialView} />
          </Suspense>
          <Legend />
        </div>
        <SidePane
          id={reading ? undefined : PANELS.list}
          hidden={(phone && view !== 'list') || reading}
          {...(phone && !reading && { role: 'tabpanel', 'aria-labelledby': tabId('list') })}
        />
        <ArticlePane
          id={PANELS.list}
          hidden={phone && view !== 'list'}
          {...(phone && { role: 'tabpanel', 'aria-labelledby': tabId('list') })}
          phone={phone}
          onShowMap={() => setView('map')}
        />
      </main>
      <Timeline id={TIMELINE_ID} />
    </div>
  );
}
