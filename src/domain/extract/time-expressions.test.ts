import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../time/days';
import { findTimeExpressions } from './time-expressions';

/** The expressions as readable rows: words, ISO start–end, precision, tense, relation. */
function read(text: string, published: string): string[] {
  const day = parseIsoDay(published);
  if (day === null) throw new Error(published);
  return findTimeExpressions(text, day).map(
    (found) =>
      `${found.text} → ${formatIsoDay(found.interval.start)}..${formatIsoDay(found.interval.end)} ${found.precision} ${found.tense}${found.relation === 'at' ? '' : ' ' + found.relation}`,
  );
}

const MONDAY = '2020-03-02';
const MONDAY_DAY = parseIsoDay(MONDAY)!;
const TUESDAY = '2020-02-11';
const MARCH = '2020-03-10';

describe('weekdays', () => {
  it('reads a past weekday as the latest such day, the same day for a text of that day', () => {
    expect(read('Die Rebellen hatten am Montag angegriffen.', MONDAY)).toEqual([
      'am Montag → 2020-03-02..2020-03-02 day past',
    ]);
    expect(read('Die Rebellen hatten am Samstag angegriffen.', MONDAY)).toEqual([
      'am Samstag → 2020-02-29..2020-02-29 day past',
    ]);
  });

  it('reads a future weekday as the next such day, the same weekday as that day (dpa style)', () => {
    expect(read('Erdoğan soll am Donnerstag nach Moskau reisen.', MONDAY)).toEqual([
      'am Donnerstag → 2020-03-05..2020-03-05 day future',
    ]);
    expect(read('Die Gespräche sollen am Montag weitergehen.', MONDAY)).toEqual([
      'am Montag → 2020-03-02..2020-03-02 day future',
    ]);
  });

  it('crosses the year boundary', () => {
    expect(read('Die Armee hatte am Montag angegriffen.', '2020-01-02')).toEqual([
      'am Montag → 2019-12-30..2019-12-30 day past',
    ]);
    expect(read('Die Konferenz soll am Freitag, 3. Januar beginnen.', '2019-12-30')).toEqual([
      'am Freitag, 3. Januar → 2020-01-03..2020-01-03 day future',
    ]);
  });

  it('lets the nearest verb decide: a reported plan is future', () => {
    expect(read('Lawrow sagte, die Gespräche sollen am Freitag weitergehen.', TUESDAY)).toEqual([
      'am Freitag → 2020-02-14..2020-02-14 day future',
    ]);
  });

  it('reads a scheduled event told in the present as future, but not the noun "Treffen"', () => {
    expect(read('Putin und Erdoğan kommen am Donnerstag in Moskau zusammen.', MONDAY)).toEqual([
      'am Donnerstag → 2020-03-05..2020-03-05 day future',
    ]);
    expect(read('Das Treffen am Donnerstag brachte nichts.', MONDAY)).toEqual([
      'am Donnerstag → 2020-02-27..2020-02-27 day unknown',
    ]);
  });

  it('lets cue words override the verbs', () => {
    expect(read('Am vergangenen Freitag soll es Angriffe gegeben haben.', MONDAY)).toEqual([
      'Am vergangenen Freitag → 2020-02-28..2020-02-28 day past',
    ]);
    expect(read('Das war am vergangenen Montag.', MONDAY)).toEqual([
      'am vergangenen Montag → 2020-02-24..2020-02-24 day past',
    ]);
    expect(read('Am kommenden Mittwoch treffen sich die Minister.', TUESDAY)).toEqual([
      'Am kommenden Mittwoch → 2020-02-12..2020-02-12 day future',
    ]);
  });

  it('reads weekday-daytime compounds and a day part after the weekday', () => {
    expect(read('Donnerstagabend starben 33 Soldaten.', '2020-02-28')).toEqual([
      'Donnerstagabend → 2020-02-27..2020-02-27 day past',
    ]);
    expect(read('Am Sonntag früh wurde geschossen.', MONDAY)).toEqual([
      'Am Sonntag früh → 2020-03-01..2020-03-01 day past',
    ]);
  });

  it('spans a night over both days and a weekend over Saturday and Sunday', () => {
    expect(read('In der Nacht zum Sonntag wurden Dörfer bombardiert.', MONDAY)).toEqual([
      'In der Nacht zum Sonntag → 2020-02-29..2020-03-01 days past',
    ]);
    expect(read('Am Wochenende wurde gekämpft.', MONDAY)).toEqual([
      'Am Wochenende → 2020-02-29..2020-03-01 days past',
    ]);
    expect(read('Am Wochenende soll verhandelt werden.', MONDAY)).toEqual([
      'Am Wochenende → 2020-03-07..2020-03-08 days future',
    ]);
  });

  it('leaves habitual "montags" alone', () => {
    expect(read('Montags ist Markt.', MONDAY)).toEqual([]);
  });
});

describe('relative days and the chrono-node pitfalls', () => {
  it('reads heute, gestern, vorgestern and morgen with their direction', () => {
    expect(read('Heute, gestern, vorgestern und morgen.', MONDAY)).toEqual([
      'Heute → 2020-03-02..2020-03-02 day unknown',
      'gestern → 2020-03-01..2020-03-01 day past',
      'vorgestern → 2020-02-29..2020-02-29 day past',
      'morgen → 2020-03-03..2020-03-03 day future',
    ]);
  });

  it('keeps a day part with its day: "gestern Abend", "heute Morgen"', () => {
    expect(read('Gestern Abend und heute Morgen griffen sie an.', MONDAY)).toEqual([
      'Gestern Abend → 2020-03-01..2020-03-01 day past',
      'heute Morgen → 2020-03-02..2020-03-02 day unknown',
    ]);
  });

  it('reads neither "am frühen Morgen" as tomorrow nor "früh" or "Frühjahr" as Friday', () => {
    expect(read('Am frühen Morgen kam es früh am Tag zu Kämpfen.', MONDAY)).toEqual([]);
    expect(read('Der Morgen war ruhig.', MONDAY)).toEqual([]);
    expect(read('Im Frühjahr 2018 begann die Offensive.', MONDAY)).toEqual([
      'Im Frühjahr 2018 → 2018-03-01..2018-05-31 month past',
    ]);
  });
});

describe('relative spans', () => {
  it('counts back and ahead with number words', () => {
    expect(read('Vor zwei Tagen wurde die Stadt erobert.', MONDAY)).toEqual([
      'Vor zwei Tagen → 2020-02-29..2020-02-29 day past',
    ]);
    expect(read('Das geschah vor zwei Jahren.', MONDAY)).toEqual([
      'vor zwei Jahren → 2018-01-01..2018-12-31 year past',
    ]);
    expect(read('Vor einer Woche fiel die Stadt.', MONDAY)).toEqual([
      'Vor einer Woche → 2020-02-24..2020-03-01 week past',
    ]);
    expect(read('Die Wahl soll in einem Monat stattfinden.', MONDAY)).toEqual([
      'in einem Monat → 2020-04-01..2020-04-30 month future',
    ]);
    expect(read('Vor zwölf Tagen.', MONDAY)).toEqual([
      'Vor zwölf Tagen → 2020-02-19..2020-02-19 day past',
    ]);
  });

  it('reads named weeks with and without "seit"', () => {
    expect(read('In der vergangenen Woche wurde gekämpft.', MONDAY)).toEqual([
      'In der vergangenen Woche → 2020-02-24..2020-03-01 week past',
    ]);
    expect(read('Seit der vergangenen Woche wird gekämpft.', MONDAY)).toEqual([
      'Seit der vergangenen Woche → 2020-02-24..2020-03-01 week past since',
    ]);
    expect(read('Kommende Woche soll verhandelt werden.', MONDAY)).toEqual([
      'Kommende Woche → 2020-03-09..2020-03-15 week future',
    ]);
    expect(read('Anfang dieser Woche hatten sie verhandelt.', TUESDAY)).toEqual([
      'Anfang dieser Woche → 2020-02-10..2020-02-11 days past',
    ]);
  });

  it('reads a part of the current week, month or year', () => {
    expect(read('Ende der Woche sollen die Minister beraten.', TUESDAY)).toEqual([
      'Ende der Woche → 2020-02-14..2020-02-16 days future',
    ]);
    expect(read('Anfang des Jahres hatte die Offensive begonnen.', MARCH)).toEqual([
      'Anfang des Jahres → 2020-01-01..2020-04-30 month past',
    ]);
  });

  it('reads stretches from or up to the publication day', () => {
    expect(read('In den kommenden Tagen wird beraten.', MONDAY)).toEqual([
      'In den kommenden Tagen → 2020-03-03..2020-03-09 days future',
    ]);
    expect(read('In den vergangenen drei Tagen starben 20 Menschen.', MONDAY)).toEqual([
      'In den vergangenen drei Tagen → 2020-02-29..2020-03-02 days past',
    ]);
  });
});

describe('months and their parts', () => {
  it('reads the month in the year the tense points to', () => {
    expect(read('Im Dezember wurde Aleppo erobert.', MARCH)).toEqual([
      'Im Dezember → 2019-12-01..2019-12-31 month past',
    ]);
    expect(read('Im Dezember soll gewählt werden.', MARCH)).toEqual([
      'Im Dezember → 2020-12-01..2020-12-31 month future',
    ]);
    expect(read('Im März wurde gekämpft.', MARCH)).toEqual([
      'Im März → 2020-03-01..2020-03-31 month past',
    ]);
    expect(read('Im August war es ruhig.', MARCH)).toEqual([
      'Im August → 2019-08-01..2019-08-31 month past',
    ]);
  });

  it('reads a month named in December for next year when future, this year when past', () => {
    expect(read('Im Januar sollen Wahlen stattfinden.', '2019-12-10')).toEqual([
      'Im Januar → 2020-01-01..2020-01-31 month future',
    ]);
    expect(read('Im Januar hatten die Kämpfe begonnen.', '2019-12-10')).toEqual([
      'Im Januar → 2019-01-01..2019-01-31 month past',
    ]);
  });

  it('does not take a first name for a month', () => {
    expect(read('Der frühere BND-Chef August Hanning warnte.', MARCH)).toEqual([]);
  });

  it('reads Anfang, Mitte and Ende as thirds of the month', () => {
    expect(
      read('Anfang September, Mitte Oktober und Ende Oktober 2016 griffen sie an.', MARCH),
    ).toEqual([
      'Anfang September → 2019-09-01..2019-09-10 days past',
      'Mitte Oktober → 2019-10-11..2019-10-20 days past',
      'Ende Oktober 2016 → 2016-10-21..2016-10-31 days past',
    ]);
    expect(read('Ende Februar wurde es ruhig.', '2020-03-10')).toEqual([
      'Ende Februar → 2020-02-21..2020-02-29 days past',
    ]);
  });
});

describe('explicit dates and years', () => {
  it('reads day and month, choosing the year by tense', () => {
    expect(read('Am 30. Dezember begann die Waffenruhe.', MARCH)).toEqual([
      'Am 30. Dezember → 2019-12-30..2019-12-30 day past',
    ]);
    expect(read('Die Frist soll bis zum 15. Oktober gelten.', MARCH)).toEqual([
      'bis zum 15. Oktober → 2020-10-15..2020-10-15 day future until',
    ]);
  });

  it('reads full dates, with a weekday, as ranges and in digits', () => {
    expect(
      read('Am Freitag, dem 7. September 2018 und am 7.10.2016 wurde gekämpft.', MARCH),
    ).toEqual([
      'Am Freitag, dem 7. September 2018 → 2018-09-07..2018-09-07 day past',
      'am 7.10.2016 → 2016-10-07..2016-10-07 day past',
    ]);
    expect(read('Vom 5. bis 7. Oktober 2016 wurde verhandelt.', MARCH)).toEqual([
      'Vom 5. bis 7. Oktober 2016 → 2016-10-05..2016-10-07 days past',
    ]);
    expect(read('Am 31. Februar.', MARCH)).toEqual([
      'Februar → 2020-02-01..2020-02-29 month unknown',
    ]);
  });

  it('reads years, "seit 2011", and not counts of people', () => {
    expect(read('2018 war das schlimmste Jahr.', MARCH)).toEqual([
      '2018 → 2018-01-01..2018-12-31 year past',
    ]);
    expect(read('Seit 2011 herrscht Krieg.', MARCH)).toEqual([
      'Seit 2011 → 2011-01-01..2011-12-31 year unknown since',
    ]);
    expect(read('Etwa 2000 Kämpfer ergaben sich.', MARCH)).toEqual([]);
  });

  it('gives the offsets of the matched words', () => {
    const text = 'Die Stadt fiel am 30. Dezember.';
    const [found] = findTimeExpressions(text, parseIsoDay(MARCH) ?? 0);
    expect(found && text.slice(found.offset, found.endOffset)).toBe('am 30. Dezember');
  });
});

describe('open spans up to publication', () => {
  it('reads "seit Tagen" as the 14 days and "seit Monaten" as three months, start open', () => {
    const [days] = findTimeExpressions('Die Armee greift seit Tagen an.', MONDAY_DAY);
    expect(days).toMatchObject({ precision: 'days', vague: 'start', relation: 'at' });
    expect(days!.interval).toEqual({ start: MONDAY_DAY - 13, end: MONDAY_DAY });
    const [months] = findTimeExpressions('Seit einigen Monaten wird gekämpft.', MONDAY_DAY);
    expect(months).toMatchObject({ precision: 'month', vague: 'start' });
    expect(months!.interval.end - months!.interval.start).toBe(90);
  });
});
