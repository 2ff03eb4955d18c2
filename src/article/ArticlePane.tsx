import { type HTMLAttributes, useEffect, useLayoutEffect, useRef } from 'react';
import { useCatalog } from '../state/catalog-context';
import { useAppStore } from '../state/store';
import { ArticleView } from './ArticleView';
import { forgetOpener, openerOf } from '../events/article-opener';

const PANE_CLASS = 'article-pane';

/**
 * The open article, in the side pane's place (the app hides the side pane meanwhile).
 *
 * Focus follows only when the change started with the user's focus on it: "read in the
 * article" moves focus to the headline, and closing puts it back on that button, or on the
 * detail's or list's heading when the button has gone. A link or Back leaves focus alone.
 */
export function ArticlePane({
  phone,
  onShowMap,
  hidden,
  ...panel
}: HTMLAttributes<HTMLDivElement> & { phone: boolean; onShowMap: () => void }) {
  const catalog = useCatalog();
  const articleId = useAppStore((state) => state.article);
  const article = articleId ? catalog.articlesById.get(articleId) : undefined;
  const paneRef = useRef<HTMLDivElement>(null);
  const focusWasHere = useRef(false);
  const previous = useRef(articleId);

  useEffect(() => {
    // Focus that leaves with a removed element fires no event, so this remembers where it was.
    const onFocusIn = (event: FocusEvent) => {
      focusWasHere.current =
        event.target instanceof Element && event.target.closest(`.${PANE_CLASS}`) !== null;
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);

  // After the side pane has been hidden or shown again in the same commit.
  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = articleId;
    if (before === articleId) return;
    if (articleId) {
      const opener = openerOf(articleId);
      const active = document.activeElement;
      const fromOpener =
        opener !== null && (active === opener || active === null || active === document.body);
      if (fromOpener || focusWasHere.current)
        paneRef.current?.querySelector<HTMLElement>('h2')?.focus();
      return;
    }
    if (!focusWasHere.current || !before) return;
    focusWasHere.current = false;
    const opener = openerOf(before);
    forgetOpener();
    if (opener?.isConnected && opener.checkVisibility()) opener.focus();
    else
      document
        .querySelector<HTMLElement>('.side-pane #detail-title, .side-pane #event-list-heading')
        ?.focus();
  }, [articleId]);

  if (!article) return null;
  return (
    <div ref={paneRef} className={PANE_CLASS} hidden={hidden} {...panel}>
      <ArticleView article={article} phone={phone} shown={!hidden} onShowMap={onShowMap} />
    </div>
  );
}
