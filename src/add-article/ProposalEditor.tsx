import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchPlaces } from '../domain/articles/place-search';
import { CATEGORIES, PRECISIONS, type Actor, type Category } from '../domain/data/schema';
import type { GazetteerPlace } from '../domain/extract/gazetteer';
import type { ProposedEvent } from '../domain/extract/proposal';
import { formatIsoDay, parseIsoDay } from '../domain/time/days';
import type { Lang } from '../domain/time/describe-date';
import { editProposal } from '../state/add-article-store';
import { useExtractionTools } from './use-extraction-tools';

/** Date, place, category, status and actors of one proposal; each change applies at once. */
export function ProposalEditor({
  proposal,
  lang,
  placeOf,
  actors,
}: {
  proposal: ProposedEvent;
  lang: Lang;
  placeOf: (id: string) => GazetteerPlace | undefined;
  actors: readonly Actor[];
}) {
  const { t } = useTranslation();
  const tools = useExtractionTools();
  const id = useId();
  const [query, setQuery] = useState('');
  const { key, date } = proposal;
  const edit = (change: Parameters<typeof editProposal>[1]) => editProposal(key, change);

  // A bound moved past the other takes the other along: the interval never turns inside out.
  const setStart = (value: string) => {
    const start = parseIsoDay(value);
    if (start !== null) edit({ date: { ...date, start, end: Math.max(date.end, start) } });
  };
  const setEnd = (value: string) => {
    const end = parseIsoDay(value);
    if (end !== null) edit({ date: { ...date, end, start: Math.min(date.start, end) } });
  };

  const candidates = [...new Set([proposal.placeId, ...proposal.placeCandidates])]
    .map(placeOf)
    .filter((place): place is GazetteerPlace => place !== undefined);
  const found = query.trim() ? searchPlaces(tools.gazetteer.places, query) : [];
  const placeLabel = (place: GazetteerPlace) =>
    `${place[lang]} (${t(`placeKinds.${place.kind}`)}, ${place.country})`;

  return (
    <fieldset className="proposal-editor">
      <legend className="visually-hidden">{t('addArticle.edit')}</legend>
      <div className="editor-row">
        <label>
          {t('addArticle.from')}
          <input
            type="date"
            value={formatIsoDay(date.start)}
            onChange={(event) => setStart(event.target.value)}
          />
        </label>
        <label>
          {t('addArticle.to')}
          <input
            type="date"
            value={formatIsoDay(date.end)}
            onChange={(event) => setEnd(event.target.value)}
          />
        </label>
        <label>
          {t('addArticle.precision')}
          <select
            value={date.precision}
            onChange={(event) =>
              edit({ date: { ...date, precision: event.target.value as typeof date.precision } })
            }
          >
            {PRECISIONS.map((precision) => (
              <option key={precision} value={precision}>
                {t(`precisions.${precision}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="editor-row">
        <label>
          {t('addArticle.category')}
          <select
            value={proposal.category}
            onChange={(event) => edit({ category: event.target.value as Category })}
          >
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`categories.${category}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('addArticle.status')}
          <select
            value={proposal.status}
            onChange={(event) => edit({ status: event.target.value as ProposedEvent['status'] })}
          >
            <option value="occurred">{t('statuses.occurred')}</option>
            <option value="announced">{t('statuses.announced')}</option>
          </select>
        </label>
      </div>
      <div className="editor-row">
        <label>
          {t('addArticle.place')}
          <select
            value={proposal.placeId}
            onChange={(event) => edit({ placeId: event.target.value })}
          >
            {candidates.map((place) => (
              <option key={place.id} value={place.id}>
                {placeLabel(place)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('addArticle.placeSearch')}
          <input
            type="search"
            value={query}
            aria-controls={query.trim() ? `${id}-places` : undefined}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
      </div>
      {query.trim() && (
        <div id={`${id}-places`} className="place-results">
          {found.length === 0 ? (
            <p role="status">{t('addArticle.noPlaceMatch')}</p>
          ) : (
            <ul aria-label={t('addArticle.placeResults')}>
              {found.map((place) => (
                <li key={place.id}>
                  <button
                    type="button"
                    aria-pressed={place.id === proposal.placeId}
                    onClick={() => {
                      edit({ placeId: place.id });
                      setQuery('');
                    }}
                  >
                    {placeLabel(place)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="editor-actors" role="group" aria-label={t('addArticle.actors')}>
        <span aria-hidden="true">{t('addArticle.actors')}</span>
        {actors.map((actor) => {
          const on = proposal.actors.includes(actor.id);
          return (
            <button
              key={actor.id}
              type="button"
              className="actor-toggle"
              aria-pressed={on}
              onClick={() =>
                edit({
                  actors: on
                    ? proposal.actors.filter((other) => other !== actor.id)
                    : [...proposal.actors, actor.id],
                })
              }
            >
              {actor.name[lang]}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
