import { useTranslation } from 'react-i18next';
import { eventsToCsv } from '../domain/formats/csv-export';
import { lookupsFromDatasets } from '../domain/formats/export-lookups';
import { eventsToGeoJson } from '../domain/formats/geojson-export';
import { formatIsoDay } from '../domain/time/days';
import { useCatalog } from '../state/catalog-context';
import { useAppStore } from '../state/store';
import { useVisibleCount } from '../state/visibility';
import { useFilterSummary } from '../filters/use-filter-summary';
import { download } from './download';
import { shownEvents } from './shown-events';
import { useMapSnapshot } from './use-map-snapshot';

/** Downloads of what is shown now: the events as CSV or GeoJSON, the map as a picture. */
export function ExportSection() {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const lang = useAppStore((state) => state.lang);
  const date = useAppStore((state) => state.date);
  const window = useAppStore((state) => state.window);
  const count = useVisibleCount();
  const filtered = useFilterSummary();
  const snapshot = useMapSnapshot();
  const baseName = `lagekarte-${formatIsoDay(date)}-${window}`;

  const exportAs = (kind: 'csv' | 'geojson') => {
    const events = shownEvents(catalog);
    const lookups = lookupsFromDatasets(catalog.datasets);
    if (kind === 'csv')
      download(`${baseName}.csv`, eventsToCsv(events, lookups, lang), 'text/csv;charset=utf-8');
    else download(`${baseName}.geojson`, eventsToGeoJson(events, lookups), 'application/geo+json');
  };

  return (
    <section className="data-section" aria-labelledby="export-heading">
      <h3 id="export-heading">{t('exporting.heading')}</h3>
      <p className="hint">
        {t('exporting.shown', { count })}
        {filtered && ` ${t('filters.exportNote', { names: filtered.names })}`}
      </p>
      <div className="button-row">
        <button type="button" disabled={count === 0} onClick={() => exportAs('csv')}>
          {t('exporting.csv')}
        </button>
        <button type="button" disabled={count === 0} onClick={() => exportAs('geojson')}>
          {t('exporting.geojson')}
        </button>
        <button
          type="button"
          disabled={!snapshot}
          onClick={async () => {
            const png = await snapshot?.();
            if (png) download(`${baseName}.png`, png);
          }}
        >
          {t('exporting.png')}
        </button>
      </div>
      {!snapshot && <p className="hint">{t('exporting.pngUnavailable')}</p>}
    </section>
  );
}
