import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailPanel } from '../events/DetailPanel';
import { EventList } from '../events/EventList';
import { Legend } from '../map/Legend';
import { selectEvent } from '../state/navigation';
import { useModel } from '../state/model-context';
import { useAppStore } from '../state/store';
import { Timeline } from '../timeline/Timeline';
import type { MapView as MapViewState } from '../url/codec';
import { stateFromLocation } from './boot';
import { Header } from './Header';
import { Notices } from './Notices';

// MapLibre is most of the JavaScript: the timeline and the list work while it still loads.
const MapView = lazy(() =>
  import('../map/MapView').then((module) => ({ default: module.MapView })),
);

export function App({ initialView }: { initialView: MapViewState | null }) {
  const model = useModel();
  const { t, i18n } = useTranslation();
  const lang = useAppStore((state) => state.lang);

  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [i18n, lang]);

  // Back and Forward: the URL already says what to show; notices were given on arrival.
  useEffect(() => {
    const onPopState = () => {
      const { state } = stateFromLocation(window.location, model, navigator.languages);
      const { urlNotices, ...input } = state;
      useAppStore.setState(input);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [model]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const state = useAppStore.getState();
      if (event.key === 'Escape' && (state.selectedEventId || state.selectedPlaceId))
        selectEvent(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="app">
      <Header />
      <Notices />
      <main className="app-main">
        <div className="map-pane">
          <Suspense fallback={<p className="map-loading">{t('mapLoading')}</p>}>
            <MapView initialView={initialView} />
          </Suspense>
          <Legend />
        </div>
        <aside className="side-pane">
          <DetailPanel />
          <EventList />
        </aside>
      </main>
      <Timeline />
    </div>
  );
}
