import { type KeyboardEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export type View = 'map' | 'list';

const VIEWS: readonly View[] = ['map', 'list'];

export const tabId = (view: View) => `view-tab-${view}`;

/**
 * On a phone the map and the list take turns on the screen: an ARIA tab list (arrow keys move
 * between the tabs, Tab goes on into the shown panel). `panels` are the panels' element ids.
 */
export function ViewTabs({
  view,
  onChange,
  panels,
}: {
  view: View;
  onChange: (view: View) => void;
  panels: Record<View, string>;
}) {
  const { t } = useTranslation();
  const tabs = useRef(new Map<View, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    const target =
      event.key === 'Home'
        ? VIEWS[0]
        : event.key === 'End'
          ? VIEWS.at(-1)
          : step === undefined
            ? undefined
            : VIEWS[(VIEWS.indexOf(view) + step + VIEWS.length) % VIEWS.length];
    if (!target) return;
    event.preventDefault();
    onChange(target);
    tabs.current.get(target)?.focus();
  };

  return (
    <div className="view-tabs" role="tablist" aria-label={t('views')} onKeyDown={onKeyDown}>
      {VIEWS.map((option) => (
        <button
          key={option}
          ref={(node) => {
            if (node) tabs.current.set(option, node);
            else tabs.current.delete(option);
          }}
          type="button"
          role="tab"
          id={tabId(option)}
          aria-selected={view === option}
          aria-controls={panels[option]}
          tabIndex={view === option ? 0 : -1}
          onClick={() => onChange(option)}
        >
          {t(option === 'map' ? 'viewMap' : 'viewList')}
        </button>
      ))}
    </div>
  );
}
