import {
  type KeyboardEvent,
  type ReactNode,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, STATUSES } from '../domain/data/schema';
import { filterIndexOf } from '../domain/filters/filter-index';
import type { Facet } from '../domain/filters/filters';
import { CATEGORY_COLORS } from '../events/category-colors';
import { useCatalog } from '../state/catalog-context';
import { clearFilters, toggleFilter } from '../state/navigation';
import { useAppStore } from '../state/store';
import { useFacetCounts } from './use-facet-counts';
import { articleNumber, useActorNames, useFilterLabel } from './use-filter-labels';

/** More actors than this and the list shows the most frequent; the search finds the rest. */
const ACTORS_SHOWN = 30;
const TITLE_LENGTH = 48;

/** A title cut at a word before `length` characters, with an ellipsis. */
function shorten(title: string, length: number): string {
  if (title.length <= length) return title;
  const cut = title.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length / 2)).trimEnd()} …`;
}

/**
 * The filter panel: a non-modal sheet beside the timeline with the four facets, each option a
 * checkbox with the number of events it keeps at the current date and window. Escape or the
 * close button end it; `onClose` puts focus back on the button that opened it.
 */
export function FilterPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const index = filterIndexOf(catalog.table);
  const filters = useAppStore((state) => state.filters);
  const counts = useFacetCounts();
  const label = useFilterLabel();
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => panelRef.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // The page's own Escape (closing a selection) must not also fire.
    event.stopPropagation();
    // In a search field with text, Escape empties the field first (the browser's own way).
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'search' && target.value) return;
    onClose();
  };

  const option = (facet: Facet, key: string, count: number, mark?: ReactNode, title?: string) => (
    <li key={key}>
      <label className={count === 0 ? 'filter-option empty' : 'filter-option'} title={title}>
        <input
          type="checkbox"
          checked={(filters[facet] as string[]).includes(key)}
          onChange={() => toggleFilter(facet, key)}
        />
        {mark}
        <span className="filter-option-name">{label(facet, key)}</span>
        <span className="filter-option-count">{t('number', { value: count })}</span>
      </label>
    </li>
  );

  // A chosen source no loaded event has (its dataset removed) stays listed, to be unticked.
  const sourceKeys = [
    ...index.sources.keys,
    ...filters.sources.filter((key) => !index.sources.indexOf.has(key)),
  ];
  const sources = sourceKeys
    .map((key) => ({ key, article: catalog.articlesById.get(key) }))
    .sort((a, b) => Number(!a.article) - Number(!b.article) || (a.key < b.key ? -1 : 1));

  return (
    <div
      ref={panelRef}
      id={id}
      className="filter-panel"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="filter-panel-head">
        <h2 id={titleId}>{t('filters.title')}</h2>
        <button type="button" className="link-button" onClick={clearFilters}>
          {t('filters.clear')}
        </button>
        <button
          type="button"
          className="filter-close"
          aria-label={t('filters.close')}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="filter-hint">{t('filters.countsHint')}</p>
      <fieldset>
        <legend>{t('filters.categories')}</legend>
        <ul>
          {CATEGORIES.map((category, i) =>
            option(
              'categories',
              category,
              counts.categories[i]!,
              <span
                className="category-mark"
                aria-hidden="true"
                style={{
                  background: CATEGORY_COLORS[category],
                  borderColor: CATEGORY_COLORS[category],
                }}
              />,
            ),
          )}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('filters.statuses')}</legend>
        <ul>
          {STATUSES.map((status, i) =>
            option(
              'statuses',
              status,
              counts.statuses[i]!,
              <span className={`category-mark ${status}`} aria-hidden="true" />,
            ),
          )}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('filters.sources')}</legend>
        <ul>
          {sources.map(({ key, article }) =>
            option(
              'sources',
              key,
              counts.sources[index.sources.indexOf.get(key) ?? -1] ?? 0,
              article && (
                <span className="filter-option-detail">{shorten(article.title, TITLE_LENGTH)}</span>
              ),
              article ? `${articleNumber(key)}: ${article.title}` : undefined,
            ),
          )}
        </ul>
      </fieldset>
      <ActorOptions counts={counts.actors} render={option} />
    </div>
  );
}

/** Actors by how many events they keep; with many, the first few and a search for the rest. */
function ActorOptions({
  counts,
  render,
}: {
  counts: Uint32Array;
  render: (facet: Facet, key: string, count: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const { table } = useCatalog();
  const { keys } = filterIndexOf(table).actors;
  const chosen = useAppStore((state) => state.filters.actors);
  const lang = useAppStore((state) => state.lang);
  const actorNames = useActorNames();
  // Names and their order once per catalog and language: imports can have thousands of actors,
  // and the counts change with every date step while the panel is open.
  const names = useMemo(() => keys.map((key) => actorNames.get(key) ?? key), [keys, actorNames]);
  const alphabetical = useMemo(() => {
    const collator = new Intl.Collator(lang);
    const order = new Uint32Array(keys.length);
    Array.from(keys.keys())
      .sort((a, b) => collator.compare(names[a]!, names[b]!))
      .forEach((key, rank) => (order[key] = rank));
    return order;
  }, [keys, names, lang]);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const searchId = useId();
  if (keys.length === 0) return null;

  // Chosen actors are always listed, where their count puts them: an actor's count does not
  // depend on the actor choice, so ticking one never moves the list under the pointer.
  const needle = deferredQuery.trim().toLocaleLowerCase();
  const isChosen = (i: number) => chosen.includes(keys[i]!);
  const listed: number[] = [];
  for (let i = 0; i < keys.length; i++)
    if (isChosen(i) || !needle || names[i]!.toLocaleLowerCase().includes(needle)) listed.push(i);
  listed.sort((a, b) => counts[b]! - counts[a]! || alphabetical[a]! - alphabetical[b]!);
  let others = 0;
  const shown = listed.filter((i) => isChosen(i) || others++ < ACTORS_SHOWN);
  const hidden = listed.length - shown.length;
  const missing = chosen.filter((key) => !filterIndexOf(table).actors.indexOf.has(key));

  return (
    <fieldset>
      <legend>{t('filters.actors')}</legend>
      {keys.length > 12 && (
        <>
          <label className="filter-search-label" htmlFor={searchId}>
            {t('filters.narrowActors')}
          </label>
          <input
            id={searchId}
            className="filter-search"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </>
      )}
      <ul>
        {shown.map((i) => render('actors', keys[i]!, counts[i]!))}
        {missing.map((key) => render('actors', key, 0))}
      </ul>
      {hidden > 0 && <p className="filter-more">{t('filters.moreActors', { count: hidden })}</p>}
      {needle && others === 0 && <p className="filter-more">{t('filters.noActors')}</p>}
    </fieldset>
  );
}
