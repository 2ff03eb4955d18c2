import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SearchItem, useSearchItems } from './search-items';
import { useSearch } from './use-search';
import './search.css';

/**
 * One field that finds places and events: an ARIA combobox with a list of results (arrow keys
 * move through them, Enter chooses, Escape closes). On a phone it is a button that opens the
 * field across the header.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [listOpen, setListOpen] = useState(false);
  // Phones only (the CSS shows the field at once elsewhere): the field is open across the header.
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(-1);
  const { result, waiting, prepare } = useSearch(query);
  const items = useSearchItems(result);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;
  const showList = listOpen && query.trim() !== '';

  // A new result starts with no option active: Enter then takes the first.
  const [seenResult, setSeenResult] = useState(result);
  if (result !== seenResult) {
    setSeenResult(result);
    setActive(-1);
  }

  useEffect(() => {
    if (expanded) input.current?.focus();
  }, [expanded]);

  useEffect(() => {
    if (active >= 0)
      document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const collapse = (focusOpener: boolean) => {
    setListOpen(false);
    if (!expanded) return;
    setExpanded(false);
    if (focusOpener) opener.current?.focus();
  };

  const choose = (item: SearchItem) => {
    item.choose();
    collapse(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = items.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        setListOpen(true);
        if (count === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current) =>
          !showList || current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count,
        );
        return;
      }
      case 'Enter': {
        const item = showList ? items[Math.max(active, 0)] : undefined;
        if (!item) return;
        event.preventDefault();
        choose(item);
        return;
      }
      case 'Escape':
        // Escape closes one thing at a time: the results, then the phone's field, then the
        // query; only then does it reach the window, where it clears the selection.
        if (showList) setListOpen(false);
        else if (expanded) collapse(true);
        else if (query !== '') setQuery('');
        else return;
        event.stopPropagation();
        return;
    }
  };

  const status = waiting
    ? ''
    : result === null
      ? ''
      : result.total === 0
        ? t('search.none')
        : result.total > result.hits.length
          ? t('search.capped', { total: result.total, shown: result.hits.length })
          : t('search.count', { count: result.total });

  return (
    <div className="search" data-expanded={expanded} data-searching={waiting}>
      <button
        ref={opener}
        type="button"
        className="search-open"
        aria-label={t('search.label')}
        aria-expanded={expanded}
        onClick={() => setExpanded(true)}
      >
        <SearchIcon />
        <span className="search-open-text">{t('search.open')}</span>
      </button>
      <div className="search-field">
        <SearchIcon />
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-label={t('search.label')}
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          enterKeyHint="search"
          spellCheck={false}
          value={query}
          onFocus={() => {
            prepare();
            setListOpen(true);
          }}
          onBlur={(event) => {
            if (!event.currentTarget.closest('.search')?.contains(event.relatedTarget))
              collapse(false);
          }}
          onChange={(event) => {
            setQuery(event.target.value);
            setListOpen(true);
          }}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="search-close"
          aria-label={t('search.close')}
          onClick={() => collapse(true)}
        >
          ×
        </button>
        <div className="search-popup" hidden={!showList}>
          <ul
            id={listId}
            role="listbox"
            aria-label={t('search.results')}
            hidden={items.length === 0}
          >
            {items.map((item, index) => (
              <li
                key={item.key}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={`search-option search-${item.kind}`}
                // Keeps the focus in the field, so the click lands as a choice.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(item)}
              >
                <span className="search-option-name">{item.name}</span>
                <span className="search-option-details">{item.details}</span>
              </li>
            ))}
          </ul>
          <p className="search-status" aria-hidden="true">
            {waiting && !result ? t('search.preparing') : status}
          </p>
        </div>
        <span className="visually-hidden" role="status">
          {showList ? status : ''}
        </span>
      </div>
    </div>
  );
}

function SearchIcon() {
  return (
    <svg className="search-icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
      <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12.5 12.5 17 17" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
