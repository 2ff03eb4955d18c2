import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { stateFromLocation } from './app/boot';
import { loadCuratedDataset } from './data/load';
import { buildCatalog } from './domain/catalog';
import { initI18n } from './i18n/i18n';
import { CatalogContext } from './state/catalog-context';
import { useAppStore } from './state/store';
import { connectUrl } from './state/url-sync';
import { connectVisibility } from './state/visibility';
import './app/app.css';

const { dataset, problems } = await loadCuratedDataset();
for (const problem of problems) console.warn('Data problem:', problem);
const catalog = buildCatalog(dataset, problems);
const { state, initialView } = stateFromLocation(window.location, catalog, navigator.languages);
useAppStore.setState(state);
connectVisibility(catalog);
// Normalises the address at once, so a shared link always carries date, window and language.
connectUrl();

await initI18n(state.lang);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CatalogContext.Provider value={catalog}>
      <App initialView={initialView} />
    </CatalogContext.Provider>
  </StrictMode>,
);
