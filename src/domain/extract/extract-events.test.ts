import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../time/days';
import { extractEvents } from './extract-events';
import type { Gazetteer } from './gazetteer';
import { gazetteerLookup } from './gazetteer-lookup';
import type { ProposedEvent } from './proposal';

const lookup = gazetteerLookup(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../public/gazetteer/gazetteer.json'), 'utf8'),
  ) as Gazetteer,
);
/** A Monday. */
const MONDAY = parseIsoDay('2020-03-02')!;

const propose = (text: string, published = MONDAY) => extractEvents(text, published, lookup);
const summary = (e: ProposedEvent) =>
  `${formatIsoDay(e.date.start)}..${formatIsoDay(e.date.end)} ${e.date.precision} ${e.status} ${e.category} @${e.placeId}`;

describe('extractEvents', () => {
  it('proposes a dated, placed report with the words that gave its date and place', () => {
    const text = 'Bei einem Luftangriff in Sarakib wurden am Sonntag zwölf Menschen getötet.';
    const [event, ...rest] = propose(text).events;
    expect(rest).toEqual([]);
    expect(summary(event!)).toMatch(/^2020-03-01..2020-03-01 day occurred remote-violence @gn:/);
    expect(lookup.byId.get(event!.placeId)).toMatchObject({ de: 'Sarakib', country: 'SY' });
    expect(event!.dateEvidence).toMatchObject({ text: 'am Sonntag', inherited: false });
    expect(event!.placeEvidence).toMatchObject({ text: 'Sarakib', inherited: false });
    expect(event!.quote).toBe(text);
    expect(text.slice(event!.dateEvidence!.start, event!.dateEvidence!.end)).toBe('am Sonntag');
  });

  it('marks what is planned as announced', () => {
    const [event] = propose('Erdoğan soll am Donnerstag zu Gesprächen nach Genf reisen.').events;
    expect(summary(event!)).toBe('2020-03-05..2020-03-05 day announced diplomacy @geneva');
    expect(event!.actors).toEqual(['turkey']);
  });

  it('takes the place from the sentence before when a sentence names none', () => {
    const text =
      'Die Kämpfe in der Provinz Idlib haben sich verschärft. Die türkische Armee tötete am Sonntag bei Drohnenangriffen 19 syrische Soldaten.';
    const events = propose(text).events;
    const strike = events.find((e) => e.dateEvidence?.text === 'am Sonntag')!;
    expect(summary(strike)).toBe('2020-03-01..2020-03-01 day occurred remote-violence @idlib');
    expect(strike.placeEvidence).toMatchObject({ text: 'Provinz Idlib', inherited: true });
  });

  it('dates undated news to the day before publication and the day itself', () => {
    const [event] = propose(
      'Die syrische Armee rückte bis an den Stadtrand von Sarakib vor.',
    ).events;
    expect(event!.date).toEqual({
      start: MONDAY - 1,
      end: MONDAY,
      precision: 'days',
      basis: 'publication',
    });
    expect(event!.dateEvidence).toBeNull();
  });

  it('reads a country named as an actor as who acted, not where', () => {
    const [event] = propose('Die Türkei griff am Sonntag Stellungen in Idlib an.').events;
    expect(event!.placeId).toBe('idlib');
    expect(propose('Russland bombardierte Idlib am Sonntag.').events[0]!.placeId).toBe('idlib');
    expect(propose('Die Türkei bestätigte am Sonntag eine Offensive.').events[0]!.placeId).toBe(
      'turkey',
    );
  });

  it('does not place an event where the story was filed (the dateline)', () => {
    const [event] = propose(
      'Damaskus/Istanbul (dpa) - Die syrische Armee hat die Stadt Sarakib eingenommen.',
    ).events;
    expect(lookup.byId.get(event!.placeId)?.de).toBe('Sarakib');
  });

  it('reads a capital opening its sentence as its government acting', () => {
    const text =
      'Am Montag griffen Regierungstruppen Stellungen bei Sarakib an. Ankara schickte daraufhin Verstärkung.';
    const events = propose(text).events;
    expect(events.map((e) => lookup.byId.get(e.placeId)?.de)).toEqual(['Sarakib', 'Sarakib']);
    expect(events[1]).toMatchObject({ category: 'strategic-development', actors: ['turkey'] });
    expect(events[1]!.dateEvidence).toMatchObject({ text: 'Am Montag', inherited: true });
  });

  it('reads "Dabei …" as more of the occurrence before, not another event', () => {
    const text =
      'In der Nacht zum Sonntag bombardierten Kampfjets Sarakib. Dabei wurden neun Zivilisten getötet.';
    const [strike, ...rest] = propose(text).events;
    expect(rest).toEqual([]);
    expect(strike!.alsoReportedIn).toEqual([{ start: text.indexOf('Dabei'), end: text.length }]);
    expect(strike!.actors).toContain('civilians');
  });

  it('places an event in the town, not the province the text says the town lies in', () => {
    const [event] = propose(
      'Regierungstruppen eroberten die Kleinstadt Maarat al-Numan im Süden der Provinz Idlib.',
    ).events;
    expect(lookup.byId.get(event!.placeId)?.de).toMatch(/^Maarat/);
  });

  it('reads a deadline as ahead and what is announced for it as announced', () => {
    const [event] = propose(
      'Ziel der Armee ist die Kontrolle über die Schnellstraße bei Aleppo bis Ende Februar.',
      parseIsoDay('2020-01-30')!,
    ).events;
    expect(event).toMatchObject({ status: 'announced', category: 'territorial-change' });
    expect(formatIsoDay(event!.date.end)).toBe('2020-02-29');
  });

  it('takes a demand as diplomacy, whatever violence it names', () => {
    const [event] = propose(
      'Die Türkei forderte am Dienstag in Ankara ein Ende der Offensive.',
    ).events;
    expect(event!.category).toBe('diplomacy');
  });

  it('places a meeting where it is held, not where the guests come from', () => {
    const [event] = propose(
      'Eine Delegation aus Moskau wird am Samstag in Ankara zu Verhandlungen erwartet.',
    ).events;
    expect(event!.placeId).toBe('ankara');
    expect(event!.status).toBe('announced');
  });

  it('makes one event of one occurrence told twice, with both sentences', () => {
    const text =
      'Am Sonntag bombardierten Kampfjets Maarat al-Numan. Bei den Luftangriffen auf Maarat al-Numan starben am Sonntag sechs Zivilisten.';
    const events = propose(text).events;
    expect(events).toHaveLength(1);
    expect(events[0]!.alsoReportedIn).toHaveLength(1);
    expect(text.slice(events[0]!.alsoReportedIn[0]!.start)).toMatch(/^Bei den Luftangriffen/);
  });

  it('pairs each date with its own place in one sentence', () => {
    const text =
      'Der Außenminister werde am Donnerstag nach Moskau und am Freitag nach Washington reisen.';
    expect(propose(text, parseIsoDay('2016-10-05')!).events.map(summary)).toEqual([
      '2016-10-06..2016-10-06 day announced diplomacy @moscow',
      '2016-10-07..2016-10-07 day announced diplomacy @washington',
    ]);
  });

  it('proposes nothing for comment, and nothing for a time without any place', () => {
    expect(
      propose('Das ist alles, was wir noch haben, hieß es aus Diplomatenkreisen.').events,
    ).toEqual([]);
    expect(propose('Am Sonntag wurde weiter gekämpft.').events).toEqual([]);
  });

  it('gives "bis zum 15. Oktober" and "seit 2011" a precision that fits their length', () => {
    const [until] = propose(
      'Die Türkei will bis zum 15. Oktober eine Pufferzone in Idlib errichten.',
    ).events;
    expect(until!.date).toMatchObject({
      precision: 'month',
      vague: 'start',
      end: parseIsoDay('2020-10-15'),
    });
    const [since] = propose('Seit 2011 wird in Syrien gekämpft, vor allem in Aleppo.').events;
    expect(since!.date).toMatchObject({
      start: parseIsoDay('2011-01-01'),
      end: parseIsoDay('2011-12-31'),
      precision: 'year',
    });
  });

  it('keeps "seit Monaten" open at its start, as the data contract says', () => {
    const [event] = propose('Seit Monaten bombardiert die Luftwaffe Ziele in Idlib.').events;
    expect(event!.date).toMatchObject({ end: MONDAY, precision: 'month', vague: 'start' });
  });

  it('gives every event a key unique in the article', () => {
    const text =
      'Am Sonntag griffen Rebellen Stellungen in Aleppo an. Am Sonntag trafen sich Diplomaten in Aleppo zu Gesprächen.';
    const keys = propose(text).events.map((e) => e.key);
    expect(keys).toEqual(['aleppo-2020-03-01', 'aleppo-2020-03-01-2']);
  });
});
