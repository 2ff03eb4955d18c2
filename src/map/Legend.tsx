import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '../domain/data/schema';
import { CategoryMark } from '../events/CategoryMark';
import { datasetColor } from '../events/dataset-colors';
import { useCatalog } from '../state/catalog-context';
import { useAppStore } from '../state/store';

/** On a phone the legend would cover most of the map: it starts folded there. */
const startsOpen = () => !window.matchMedia('(max-width: 760px)').matches;

export function Legend() {
  const { t } = useTranslation();
  const [open] = useState(startsOpen);
  const catalog = useCatalog();
  const shown = useAppStore((state) => state.datasets);
  const imported = catalog.datasets.filter(
    (dataset) => dataset.kind === 'imported' && shown.includes(dataset.id),
  );
  return (
    <details className="legend" open={open}>
      <summary>{t('legend')}</summary>
      <ul>
        {CATEGORIES.map((category) => (
          <li key={category}>
            <CategoryMark event={{ category, status: 'occurred' }} /> {t(`categories.${category}`)}
          </li>
        ))}
        <li>
          <CategoryMark event={{ category: 'diplomacy', status: 'occurred' }} />{' '}
          {t('legendOccurred')} ·{' '}
          <CategoryMark event={{ category: 'diplomacy', status: 'announced' }} />{' '}
          {t('legendAnnounced')}
        </li>
        <li>
          <span className="legend-place" aria-hidden="true" /> {t('legendPlace')}
        </li>
        <li>
          <span className="legend-region" aria-hidden="true" /> {t('legendRegion')}
        </li>
        {imported.map((dataset, index) => (
          <li key={dataset.id}>
            <span
              className="legend-site"
              aria-hidden="true"
              style={{ background: datasetColor(dataset.colorIndex ?? index) }}
            />{' '}
            {dataset.name}
          </li>
        ))}
        {imported.length > 0 && (
          <>
            <li className="legend-note">{t('datasets.legendSize')}</li>
            <li>
              <span className="legend-site vague" aria-hidden="true" /> {t('datasets.legendVague')}
            </li>
          </>
        )}
      </ul>
    </details>
  );
}
