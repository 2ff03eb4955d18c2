import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '../domain/data/schema';
import { CategoryMark } from '../events/CategoryMark';

/** On a phone the legend would cover most of the map: it starts folded there. */
const startsOpen = () => !window.matchMedia('(max-width: 760px)').matches;

export function Legend() {
  const { t } = useTranslation();
  const [open] = useState(startsOpen);
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
      </ul>
    </details>
  );
}
