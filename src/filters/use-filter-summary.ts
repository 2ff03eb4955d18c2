import { useTranslation } from 'react-i18next';
import { activeFilters, isEmptyFilters } from '../domain/filters/filters';
import { useAppStore } from '../state/store';
import { useVisibleCount } from '../state/visibility';
import { useUnfilteredCount } from './use-facet-counts';
import { useFilterLabel } from './use-filter-labels';

/** What is filtered, in words: the same text the export names. */
export function useFilterSummary(): { text: string; names: string } | null {
  const { t } = useTranslation();
  const filters = useAppStore((state) => state.filters);
  const filtered = !isEmptyFilters(filters);
  const shown = useVisibleCount();
  const total = useUnfilteredCount(filtered);
  const label = useFilterLabel();
  if (!filtered) return null;
  const names = activeFilters(filters)
    .map(({ facet, key }) => label(facet, key))
    .join(', ');
  return { text: t('filters.summary', { shown, count: total, names }), names };
}
