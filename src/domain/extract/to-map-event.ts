// A proposal as our event model: what the app shows once a person accepts it, and what the
// command writes as GeoJSON. Its place keeps the gazetteer's id, so an import knows it again.
import type { GeoPrecision, EventPlace, MapEvent } from '../events/event';
import { qualifiedEventId } from '../events/event';
import type { GazetteerPlace } from './gazetteer';
import type { ProposedEvent } from './proposal';
import { proposedTitle } from './titles';

const PRECISION_OF_KIND: Record<GazetteerPlace['kind'], GeoPrecision> = {
  country: 'country',
  region: 'province',
  city: 'point',
  town: 'point',
  village: 'point',
  building: 'point',
};

export function gazetteerPlaceToEventPlace(place: GazetteerPlace): EventPlace {
  return {
    id: place.id,
    name: { de: place.de, en: place.en },
    coordinates: [place.lon, place.lat],
    precision: PRECISION_OF_KIND[place.kind],
    country: place.country,
  };
}

export interface ProposalContext {
  datasetId: string;
  articleId: string;
  place: GazetteerPlace;
  /** The article, to quote every sentence that reports the event, not only the first. */
  articleText?: string;
}

export function proposalToEvent(proposal: ProposedEvent, context: ProposalContext): MapEvent {
  const { datasetId, articleId, place } = context;
  const event: MapEvent = {
    id: qualifiedEventId(datasetId, proposal.key),
    dataset: datasetId,
    localId: proposal.key,
    date: { ...proposal.date },
    status: proposal.status,
    category: proposal.category,
    title: proposedTitle(
      proposal.category,
      { de: place.de, en: place.en },
      proposal.status === 'announced',
    ),
    place: place.id,
    actors: [...proposal.actors],
    sources: [
      { article: articleId, quote: proposal.quote },
      ...(context.articleText === undefined
        ? []
        : proposal.alsoReportedIn.map((range) => ({
            article: articleId,
            quote: context.articleText!.slice(range.start, range.end),
          }))),
    ],
  };
  // The data contract wants the text's own words beside a date with an open bound.
  if (proposal.date.vague && proposal.dateEvidence) {
    event.date.words = { de: proposal.dateEvidence.text, en: proposal.dateEvidence.text };
  }
  return event;
}
