import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeFilters } from '../domain/filters/filters';
import { clearFilters } from '../state/navigation';
import { useAppStore } from '../state/store';
import { useVisibleCount } from '../state/visibility';
import { FilterPanel } from './FilterPanel';
import { useFilterSummary } from './use-filter-summary';
import './filters.css';

/**
 * "Filter" beside the event count: opens the filter panel. While a filter is on, a line says
 * what is filtered ("3 von 51 Ereignissen: Diplomatie, Artikel 003"), with a way to clear it.
 */
export function Filters() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const filters = useAppStore((state) => state.filters);
  const active = activeFilters(filters);

  return (
    <div className="filters">
      <button
        ref={buttonRef}
        type="button"
        className={active.length > 0 ? 'filter-button active' : 'filter-button'}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        {active.length > 0
          ? t('filters.buttonActive', { count: active.length })
          : t('filters.button')}
      </button>
      <FilterSummary />
      {open && (
        <FilterPanel
          id={panelId}
          onClose={() => {
            setOpen(false);
            buttonRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}

function FilterSummary() {
  const { t } = useTranslation();
  const filters = useAppStore((state) => state.filters);
  const summary = useFilterSummary();
  const count = useVisibleCount();
  // Said once when the filters change, not on every date step while they hold.
  const [announced, setAnnounced] = useState({ filters, text: '' });
  if (announced.filters !== filters)
    setAnnounced({ filters, text: summary?.text ?? t('filters.cleared', { count }) });

  return (
    <>
      <p className="visually-hidden" role="status">
        {announced.text}
      </p>
      {/* Always there, empty without filters: on a desktop its row keeps its height, so the
          map is not resized (a costly redraw) when the first filter is set or the last cleared. */}
      <p className="filter-summary" data-testid="filter-summary">
        {summary && (
          <>
            <span className="filter-summary-text" title={summary.text}>
              {summary.text}
            </span>{' '}
            <button type="button" className="link-button" onClick={clearFilters}>
              {t('filters.clear')}
            </button>
          </>
        )}
      </p>
    </>
  );
}
