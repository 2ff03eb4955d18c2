import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { articleDatasetId } from '../domain/articles/added-article';
import { parseIsoDay } from '../domain/time/days';
import { describeDay } from '../domain/time/describe-date';
import type { MapEvent } from '../domain/events/event';
import { prefersReducedMotion } from '../map/motion';
import { closeAddArticle } from '../state/add-article-open';
import { setDate } from '../state/navigation';
import {
  acceptRemaining,
  backToText,
  selectProposal,
  startNewArticle,
  useAddArticleStore,
} from '../state/add-article-store';
import { useCatalogStore } from '../state/catalog-store';
import { useAppStore } from '../state/store';
import { DownloadBundle } from './DownloadBundle';
import { MarkedText } from './MarkedText';
import { ProposalCard } from './ProposalCard';
import { useExtractionTools } from './use-extraction-tools';

/** Closes the flow, moving the date forward to the latest accepted event if it lies ahead. */
function showOnMap(events: readonly MapEvent[]): void {
  const latest = Math.max(...events.map((event) => event.date.end));
  if (useAppStore.getState().date < latest) setDate(latest, 'push');
  closeAddArticle();
}

/**
 * The article with its time expressions and places marked, beside it the proposed events
 * (below it on a phone): each chosen, edited, dropped or accepted; accepted ones are on the
 * map at once, and the whole can be downloaded as a bundle for geodata/.
 */
export function ReviewStep() {
  const { t } = useTranslation();
  const tools = useExtractionTools();
  const lang = useAppStore((state) => state.lang);
  const extraction = useAddArticleStore((state) => state.extraction)!;
  const article = useAddArticleStore((state) => state.article)!;
  const drafts = useAddArticleStore((state) => state.drafts);
  const selectedKey = useAddArticleStore((state) => state.selected);
  const actors = useCatalogStore((state) => state.catalog.curated.actors);
  const datasetId = articleDatasetId(article.text);
  const onMap = useCatalogStore((state) => state.catalog.datasetsById.get(datasetId));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const selected = drafts.find((draft) => draft.proposal.key === selectedKey)?.proposal ?? null;
  const proposalOfSentence = useMemo(() => {
    const byStart = new Map(extraction.sentences.map((s, index) => [s.start, index]));
    const map = new Map<number, string>();
    for (const { proposal } of drafts)
      for (const range of [proposal.sentence, ...proposal.alsoReportedIn]) {
        const index = byStart.get(range.start);
        if (index !== undefined && !map.has(index)) map.set(index, proposal.key);
      }
    return map;
  }, [extraction, drafts]);
  const count = (decision: string) => drafts.filter((d) => d.decision === decision).length;
  const open = count('open');

  useEffect(() => headingRef.current?.focus(), []);

  useLayoutEffect(() => {
    if (!selectedKey) return;
    const behavior = prefersReducedMotion() ? 'auto' : 'smooth';
    textRef.current
      ?.querySelector('.sentence[aria-current]')
      ?.scrollIntoView({ block: 'center', behavior });
  }, [selectedKey]);

  const showInText = (key: string) => selectProposal(key);
  const chooseFromText = (key: string) => {
    selectProposal(key);
    listRef.current
      ?.querySelector(`[data-key="${CSS.escape(key)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  };
  const placeOf = (id: string) => tools.lookup.byId.get(id);
  const published = parseIsoDay(article.published);

  return (
    <div className="add-article-review">
      <div className="review-head">
        <div>
          <h3 ref={headingRef} tabIndex={-1}>
            {t('addArticle.review')}
          </h3>
          <p className="review-meta">
            <span lang="de">{article.title}</span>
            {published !== null && (
              <> · {t('addArticle.publishedOn', { date: describeDay(published, lang) })}</>
            )}
          </p>
        </div>
        <div className="review-head-actions">
          <button type="button" onClick={backToText}>
            {t('addArticle.backToText')}
          </button>
          <button type="button" onClick={startNewArticle}>
            {t('addArticle.newArticle')}
          </button>
        </div>
      </div>
      <div className="review-body">
        <section
          ref={textRef}
          className="review-text"
          aria-label={t('addArticle.articleText')}
          // Focusable, so the text scrolls by keyboard too.
          tabIndex={0}
        >
          <p className="review-legend">
            {t('addArticle.legend')} <mark className="mark-time">{t('addArticle.legendTime')}</mark>{' '}
            <mark className="mark-place">{t('addArticle.legendPlace')}</mark>{' '}
            <span className="sentence legend-sentence">{t('addArticle.legendSentence')}</span>
          </p>
          <MarkedText
            text={article.text}
            extraction={extraction}
            selected={selected}
            proposalOfSentence={proposalOfSentence}
            onChoose={chooseFromText}
          />
        </section>
        <section className="review-proposals" aria-labelledby="proposals-heading">
          <h3 id="proposals-heading">{t('addArticle.proposals', { count: drafts.length })}</h3>
          {drafts.length === 0 ? (
            <p className="hint">{t('addArticle.noProposals')}</p>
          ) : (
            <>
              <p className="review-tally" role="status">
                {t('addArticle.tally', {
                  accepted: count('accepted'),
                  dropped: count('dropped'),
                  open,
                })}
              </p>
              {/* Kept when nothing is left to accept, so focus has somewhere to stay. */}
              <button
                type="button"
                className="primary"
                aria-disabled={open === 0}
                onClick={() => open > 0 && acceptRemaining()}
              >
                {t('addArticle.acceptRemaining', { count: open })}
              </button>
            </>
          )}
          <ol ref={listRef} className="proposal-list">
            {drafts.map((draft, index) => (
              <ProposalCard
                key={draft.proposal.key}
                draft={draft}
                number={index + 1}
                lang={lang}
                selected={draft.proposal.key === selectedKey}
                placeOf={placeOf}
                actors={actors}
                onShowInText={showInText}
              />
            ))}
          </ol>
          {onMap && (
            <div className="review-done">
              <p role="status">
                {t('addArticle.onMap', { count: onMap.events.length, name: onMap.name })}
              </p>
              <button type="button" onClick={() => showOnMap(onMap.events)}>
                {t('addArticle.showOnMap')}
              </button>
              <DownloadBundle datasetId={datasetId} />
              <p className="add-article-field-hint">{t('addArticle.downloadHint')}</p>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
