import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { stateFromLocation } from './app/boot';
import { loadBundledDataset } from './data/load';
import { initI18n } from './i18n/i18n';
import { buildModel } from './domain/model';
import { ModelContext } from './state/model-context';
import { currentSearch } from './state/navigation';
import { useAppStore } from './state/store';
import './app/app.css';

const { dataset, problems } = loadBundledDataset();
for (const problem of problems) console.warn('Data problem:', problem);
const model = buildModel(dataset, problems);
const { state, initialView } = stateFromLocation(window.location, model, navigator.languages);
useAppStore.setState(state);
// Normalise the address at once, so a shared link always carries date, window and language.
window.history.replaceState(
  window.history.state,
  '',
  `${window.location.pathname}${currentSearch()}${window.location.hash}`,
);

void initI18n(state.lang).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ModelContext.Provider value={model}>
        <App initialView={initialView} />
      </ModelContext.Provider>
    </StrictMode>,
  );
});
