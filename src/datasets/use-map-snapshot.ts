import { useTranslation } from 'react-i18next';
import { CURATED_DATASET_ID } from '../domain/events/event';
import { describeDay } from '../domain/time/describe-date';
import { CATEGORY_COLORS } from '../events/category-colors';
import { datasetColor } from '../events/dataset-colors';
import { useLiveMap } from '../map/live-map';
import { snapshotMap } from '../map/snapshot';
import { useCatalog } from '../state/catalog-context';
import { useAppStore } from '../state/store';
import { shownEvents } from './shown-events';

/** Makes the PNG of the map as shown, with its date, window and legend; null without a map. */
export function useMapSnapshot(): (() => Promise<Blob>) | null {
  const { t } = useTranslation();
  const map = useLiveMap();
  const catalog = useCatalog();
  const lang = useAppStore((state) => state.lang);
  const date = useAppStore((state) => state.date);
  const window = useAppStore((state) => state.window);
  const datasets = useAppStore((state) => state.datasets);
  if (!map) return null;
  return () => {
    const events = shownEvents(catalog);
    const categories = [
      ...new Set(
        events
          .filter((event) => event.dataset === CURATED_DATASET_ID)
          .map((event) => event.category),
      ),
    ];
    const imported = catalog.datasets.filter(
      (dataset) => dataset.kind === 'imported' && datasets.includes(dataset.id),
    );
    return snapshotMap(map, {
      heading: [
        `${t('appTitle')} · ${describeDay(date, lang)}`,
        `${t('exporting.window', { window: t(`window.${window}`) })} · ${t('eventCount', { count: events.length })}`,
      ],
      legend: [
        ...categories.map((category) => ({
          color: CATEGORY_COLORS[category],
          label: t(`categories.${category}`),
        })),
        ...imported.map((dataset, index) => ({
          color: datasetColor(dataset.colorIndex ?? index),
          label: `${dataset.name} (${t('datasets.legendSize')})`,
        })),
      ],
      attribution: 'MapLibre · Natural Earth',
    });
  };
}
