import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../time/days';
import type { GazetteerPlace } from './gazetteer';
import type { ProposedEvent } from './proposal';
import { gazetteerPlaceToEventPlace, proposalToEvent } from './to-map-event';

const sarakib: GazetteerPlace = {
  id: 'gn:164816',
  de: 'Sarakib',
  en: 'Saraqib',
  aliases: [],
  lon: 36.8,
  lat: 35.86,
  kind: 'town',
  country: 'SY',
  rank: 4,
};
const day = parseIsoDay('2020-03-01')!;
const proposal: ProposedEvent = {
  key: 'sarakib-2020-03-01',
  date: { start: day - 13, end: day, precision: 'days', vague: 'start' },
  status: 'occurred',
  category: 'battle',
  actors: ['syria-government'],
  placeId: sarakib.id,
  placeCandidates: [sarakib.id],
  quote: 'Um Sarakib wird seit Tagen gekämpft.',
  sentence: { start: 0, end: 36 },
  dateEvidence: { text: 'seit Tagen', start: 20, end: 30, inherited: false },
  placeEvidence: { text: 'Sarakib', start: 3, end: 10, inherited: false },
  alsoReportedIn: [],
};

describe('proposalToEvent', () => {
  it('makes our event with the sentence as its source and the words of an open date', () => {
    const event = proposalToEvent(proposal, {
      datasetId: 'added-x',
      articleId: 'x',
      place: sarakib,
    });
    expect(event).toMatchObject({
      id: 'added-x:sarakib-2020-03-01',
      dataset: 'added-x',
      localId: 'sarakib-2020-03-01',
      place: 'gn:164816',
      title: { de: 'Kämpfe: Sarakib', en: 'Fighting: Saraqib' },
      sources: [{ article: 'x', quote: 'Um Sarakib wird seit Tagen gekämpft.' }],
    });
    expect(event.date.words).toEqual({ de: 'seit Tagen', en: 'seit Tagen' });
  });

  it('keeps the publication basis of undated news', () => {
    const undated: ProposedEvent = {
      ...proposal,
      date: { start: day - 1, end: day, precision: 'days', basis: 'publication' },
      dateEvidence: null,
    };
    const event = proposalToEvent(undated, { datasetId: 'd', articleId: 'x', place: sarakib });
    expect(event.date).toEqual({
      start: day - 1,
      end: day,
      precision: 'days',
      basis: 'publication',
    });
  });
});

describe('gazetteerPlaceToEventPlace', () => {
  it('keeps the gazetteer id and says how precise the place is', () => {
    expect(gazetteerPlaceToEventPlace(sarakib)).toEqual({
      id: 'gn:164816',
      name: { de: 'Sarakib', en: 'Saraqib' },
      coordinates: [36.8, 35.86],
      precision: 'point',
      country: 'SY',
    });
  });
});
