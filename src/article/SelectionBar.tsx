import { useTranslation } from 'react-i18next';
import { eventById, placeById } from '../domain/catalog';
import type { MapEvent } from '../domain/events/event';
import { useEventTitle } from '../events/use-event-title';
import { useCatalog } from '../state/catalog-context';
import { closeArticle } from '../state/navigation';
import { useAppStore } from '../state/store';

/**
 * Under the article, what is selected when the article cannot show it: on a phone (where the
 * map is behind the other tab) the article's event, with the way to the map; anywhere, an
 * event or place the article does not report (chosen on the map), with the way to its detail.
 */
export function SelectionBar({
  events,
  phone,
  onShowMap,
}: {
  events: readonly MapEvent[];
  phone: boolean;
  onShowMap: () => void;
}) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const title = useEventTitle();
  const lang = useAppStore((state) => state.lang);
  const selection = useAppStore((state) => state.selection);
  if (!selection) return null;
  const inArticle = selection.kind === 'event' && events.some((e) => e.id === selection.id);
  if (inArticle && !phone) return null;
  const event = selection.kind === 'event' ? eventById(catalog, selection.id) : undefined;
  const name = event ? title(event) : placeById(catalog, selection.id)?.name[lang];
  if (!name) return null;

  return (
    <div className="article-selection">
      <span className="article-selection-title">
        {t(inArticle ? 'article.selected' : 'article.notInArticle', { title: name })}
      </span>
      {inArticle ? (
        <button type="button" className="back-button" onClick={onShowMap}>
          {t('article.showOnMap')}
        </button>
      ) : (
        <button type="button" className="back-button" onClick={closeArticle}>
          {t('article.showDetails')}
        </button>
      )}
    </div>
  );
}
