import { type MouseEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../domain/data/dataset';
import { type Catalog, eventById } from '../domain/catalog';
import { useCatalog } from '../state/catalog-context';
import { useEventTitle } from '../events/use-event-title';
import { parseIsoDay } from '../domain/time/days';
import { describeDay, type Lang } from '../domain/time/describe-date';
import { eventIdFromUrl, type UrlNotice } from '../domain/url/codec';
import type { MapEvent } from '../domain/events/event';
import { dismissStorageProblem, useCatalogStore } from '../state/catalog-store';
import { useAppStore } from '../state/store';

/** What the app shows instead, as a reader says it: a date in words, an event by its title. */
function replacementInWords(
  notice: UrlNotice,
  catalog: Catalog,
  lang: Lang,
  title: (event: MapEvent) => string,
): string | undefined {
  const { replacement } = notice;
  if (replacement === undefined) return undefined;
  if (notice.reason === 'clamped') {
    const day = parseIsoDay(replacement);
    return day === null ? replacement : describeDay(day, lang);
  }
  if (notice.reason === 'moved') {
    const event = eventById(catalog, eventIdFromUrl(replacement));
    return event ? title(event) : replacement;
  }
  return replacement;
}

/** Notices are given once, on arrival: dismissing forgets them all (Back does not bring them back). */
const dismissUrlNotices = () => useAppStore.setState({ urlNotices: [] });

/**
 * The close button disappears with its notice; focus would fall back to the top of the page.
 * It goes to the notices' container, <main>, so the next Tab continues right there.
 */
function keepFocusNearby(close: () => void) {
  return (event: MouseEvent<HTMLButtonElement>) => {
    const hadFocus = document.activeElement === event.currentTarget;
    const main = event.currentTarget.closest('main');
    close();
    if (hadFocus) main?.focus();
  };
}

/**
 * What was wrong with the link or the data, said plainly, floating over the top of the map so
 * it never pushes the map out of view; the rest of the page still works. One notice per cause,
 * each closed with one button.
 */
export function Notices() {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const title = useEventTitle();
  const { problems } = catalog;
  const lang = useAppStore((state) => state.lang);
  const notices = useAppStore((state) => state.urlNotices);
  const [problemsDismissed, setProblemsDismissed] = useState(false);
  const showProblems = problems.length > 0 && !problemsDismissed;
  const storageProblem = useCatalogStore((state) => state.storageProblem);
  if (notices.length === 0 && !showProblems && !storageProblem) return null;

  return (
    <section className="notices" aria-label={t('notices')}>
      {notices.length > 0 && (
        <div className="notice" role="status">
          <p>{t('linkProblems')}</p>
          <ul>
            {notices.map((notice, index) => (
              <li key={`${notice.param}-${index}`}>
                {t(`urlNotice.${notice.reason}`, {
                  ...notice,
                  replacement: replacementInWords(notice, catalog, lang, title),
                })}
              </li>
            ))}
          </ul>
          <CloseButton label={t('dismiss')} onClick={keepFocusNearby(dismissUrlNotices)} />
        </div>
      )}
      {storageProblem && (
        <div className="notice" role="alert">
          <p>{t(`storage.${storageProblem}`)}</p>
          <CloseButton label={t('dismiss')} onClick={keepFocusNearby(dismissStorageProblem)} />
        </div>
      )}
      {showProblems && (
        <div className="notice data-problems" role="alert">
          <p>{t('dataProblems', { count: problems.length })}</p>
          <details>
            <summary>{t('showDataProblems')}</summary>
            <ul>
              {problems.slice(0, 20).map((problem, index) => (
                <li key={index}>{describeProblem(problem, lang)}</li>
              ))}
            </ul>
          </details>
          <CloseButton
            label={t('dismiss')}
            onClick={keepFocusNearby(() => setProblemsDismissed(true))}
          />
        </div>
      )}
    </section>
  );
}

function CloseButton({
  label,
  onClick,
}: {
  label: string;
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}) {
  return (
    <button type="button" className="close-button" aria-label={label} onClick={onClick}>
      <span aria-hidden="true">×</span>
    </button>
  );
}
