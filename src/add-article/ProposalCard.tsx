import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../domain/data/schema';
import type { GazetteerPlace } from '../domain/extract/gazetteer';
import type { Evidence } from '../domain/extract/proposal';
import { proposedTitle } from '../domain/extract/titles';
import { describeReportedDate, type Lang } from '../domain/time/describe-date';
import { CategoryMark } from '../events/CategoryMark';
import { decide, type Draft, selectProposal } from '../state/add-article-store';
import { ProposalEditor } from './ProposalEditor';

/** Where the words stand in a message: they are the article's, read in German in any language. */
const SLOT = '\u0000';

function EvidenceWords({
  message,
  evidence,
}: {
  message: 'addArticle.dateFrom' | 'addArticle.placeFrom';
  evidence: Evidence;
}) {
  const { t } = useTranslation();
  const [before, after] = t(message, { words: SLOT }).split(SLOT);
  return (
    <span>
      {before}
      <span lang="de">{evidence.text}</span>
      {after}
      {evidence.inherited && <> {t('addArticle.inherited')}</>}
    </span>
  );
}

/**
 * One proposed event: what, when and where, which words said so, and what the person decides.
 * The card is a group named after the event, so its buttons need no number of their own.
 */
export function ProposalCard({
  draft,
  number,
  lang,
  selected,
  placeOf,
  actors,
  onShowInText,
}: {
  draft: Draft;
  number: number;
  lang: Lang;
  selected: boolean;
  placeOf: (id: string) => GazetteerPlace | undefined;
  actors: readonly Actor[];
  onShowInText: (key: string) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const headingId = useId();
  const { proposal, decision } = draft;
  const place = placeOf(proposal.placeId);
  const placeName = place ? place[lang] : proposal.placeId;
  // The title the event will have on the map and in the bundle.
  const title = proposedTitle(
    proposal.category,
    place ? { de: place.de, en: place.en } : { de: placeName, en: placeName },
    proposal.status === 'announced',
  )[lang];
  const actorNames = proposal.actors
    .map((id) => actors.find((actor) => actor.id === id)?.name[lang] ?? id)
    .join(', ');

  return (
    <li
      className={`proposal ${decision}`}
      aria-current={selected ? 'true' : undefined}
      data-key={proposal.key}
    >
      <div role="group" aria-labelledby={headingId}>
        <h4 id={headingId} className="proposal-title">
          <CategoryMark event={proposal} />{' '}
          <span>{t('addArticle.proposal', { number, title })}</span>
        </h4>
        <p className="proposal-facts">
          {describeReportedDate(proposal.date, lang)} · {placeName} ·{' '}
          {t(`statuses.${proposal.status}`)}
          {actorNames && <> · {actorNames}</>}
        </p>
        <p className="proposal-evidence">
          {proposal.dateEvidence ? (
            <EvidenceWords message="addArticle.dateFrom" evidence={proposal.dateEvidence} />
          ) : (
            t('addArticle.dateFromPublication')
          )}
          {' · '}
          <EvidenceWords message="addArticle.placeFrom" evidence={proposal.placeEvidence} />
        </p>
        {proposal.alsoReportedIn.length > 0 && (
          <p className="proposal-also">
            {t('addArticle.alsoIn', { count: proposal.alsoReportedIn.length })}
          </p>
        )}
        {decision !== 'open' && (
          <p className="proposal-decision">
            {decision === 'accepted' ? t('addArticle.accepted') : t('addArticle.dropped')}
          </p>
        )}
        <div className="proposal-actions">
          {/* Fixed slots: the button pressed becomes its opposite, so focus stays on it. */}
          {decision !== 'dropped' ? (
            <button
              type="button"
              className={decision === 'open' ? 'primary' : undefined}
              onClick={() => decide(proposal.key, decision === 'open' ? 'accepted' : 'open')}
            >
              {decision === 'open' ? t('addArticle.accept') : t('addArticle.withdraw')}
            </button>
          ) : null}
          {decision !== 'accepted' ? (
            <button
              type="button"
              onClick={() => decide(proposal.key, decision === 'open' ? 'dropped' : 'open')}
            >
              {decision === 'open' ? t('addArticle.drop') : t('addArticle.restore')}
            </button>
          ) : null}
          {decision !== 'dropped' ? (
            <button
              type="button"
              aria-expanded={editing}
              onClick={() => {
                selectProposal(proposal.key);
                setEditing(!editing);
              }}
            >
              {editing ? t('addArticle.doneEditing') : t('addArticle.edit')}
            </button>
          ) : null}
          <button type="button" onClick={() => onShowInText(proposal.key)}>
            {t('addArticle.showInText')}
          </button>
        </div>
        {editing && decision !== 'dropped' && (
          <ProposalEditor proposal={proposal} lang={lang} placeOf={placeOf} actors={actors} />
        )}
      </div>
    </li>
  );
}
