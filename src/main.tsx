import { StrictMode, startTransition, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { stateFromLocation } from './app/boot';
import { loadAtStart } from './app/load-at-start';
import { initI18n } from './i18n/i18n';
import { CatalogContext } from './state/catalog-context';
import {
  connectCatalog,
  releaseCatalogsOtherThan,
  useCatalogStore,
  useLiveCatalog,
} from './state/catalog-store';
import { useAppStore } from './state/store';
import { useOfflineStore } from './offline/offline-store';
import { connectUrl } from './state/url-sync';
import type { MapView } from './domain/url/codec';
import './app/app.css';

/**
 * The catalog changes when a dataset is imported or removed; everything below follows it. A
 * new catalog of 100,000 events is rendered as a transition, in slices that leave the page
 * responsive; until it is shown, the old one (and its visible set) stays.
 */
function Root({ initialView }: { initialView: MapView | null }) {
  const latest = useLiveCatalog();
  const [catalog, setCatalog] = useState(latest);
  useEffect(() => {
    if (latest !== catalog) startTransition(() => setCatalog(latest));
  }, [latest, catalog]);
  useEffect(() => {
    releaseCatalogsOtherThan(catalog);
  }, [catalog]);
  return (
    <CatalogContext.Provider value={catalog}>
      <App initialView={initialView} />
    </CatalogContext.Provider>
  );
}

await loadAtStart(window.location.search);
const { catalog } = useCatalogStore.getState();
for (const problem of catalog.problems) console.warn('Data problem:', problem);
const { state, initialView } = stateFromLocation(window.location, catalog, navigator.languages);
useAppStore.setState(state);
connectCatalog();
// Normalises the address at once, so a shared link always carries date, window and language.
connectUrl();

await initI18n(state.lang);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root initialView={initialView} />
  </StrictMode>,
);

// Offline use (production builds only: in development it would serve files hot reload has
// replaced). Loaded apart, so the first view's script does not carry it.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void import('./offline/register').then(({ registerServiceWorker }) =>
    registerServiceWorker(useOfflineStore.setState),
  );
}
