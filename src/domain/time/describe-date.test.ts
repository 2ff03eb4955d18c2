import { describe, expect, it } from 'vitest';
import { parseIsoDay } from './days';
import { describeDay, describeReportedDate, type ReportedDate } from './describe-date';
import type { Precision } from '../data/schema';

const date = (start: string, end: string, precision: Precision): ReportedDate => ({
  start: parseIsoDay(start)!,
  end: parseIsoDay(end)!,
  precision,
});

/** Day and month are held together by a no-break space; tests write it as a plain one. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('describeReportedDate', () => {
  it('says a single day in full', () => {
    expect(plain(describeReportedDate(date('2016-10-05', '2016-10-05', 'day'), 'de'))).toBe(
      '5. Oktober 2016',
    );
    expect(plain(describeReportedDate(date('2016-10-05', '2016-10-05', 'day'), 'en'))).toBe(
      '5 October 2016',
    );
  });

  it('says "Ende Oktober" for a late-October interval instead of inventing a day', () => {
    expect(plain(describeReportedDate(date('2016-10-21', '2016-10-31', 'days'), 'de'))).toBe(
      'Ende Oktober 2016',
    );
    expect(plain(describeReportedDate(date('2016-10-21', '2016-10-31', 'days'), 'en'))).toBe(
      'late October 2016',
    );
    expect(plain(describeReportedDate(date('2016-12-01', '2016-12-10', 'days'), 'de'))).toBe(
      'Anfang Dezember 2016',
    );
    expect(plain(describeReportedDate(date('2016-12-11', '2016-12-20', 'days'), 'en'))).toBe(
      'mid-December 2016',
    );
  });

  it('gives other multi-day intervals as a range', () => {
    expect(plain(describeReportedDate(date('2020-02-08', '2020-02-10', 'days'), 'de'))).toBe(
      '8.–10. Februar 2020',
    );
    expect(plain(describeReportedDate(date('2020-02-08', '2020-02-10', 'days'), 'en'))).toMatch(
      /^8\s?–\s?10 February 2020$/,
    );
  });

  it('names months and years without a day', () => {
    expect(plain(describeReportedDate(date('2016-08-01', '2016-08-31', 'month'), 'de'))).toBe(
      'August 2016',
    );
    expect(plain(describeReportedDate(date('2018-01-01', '2018-12-31', 'year'), 'en'))).toBe(
      '2018',
    );
    expect(plain(describeReportedDate(date('2016-06-01', '2016-12-22', 'month'), 'de'))).toMatch(
      /Juni.*Dezember 2016/,
    );
  });

  it('keeps a day with its month, and says ranges as German and English readers write them', () => {
    expect(describeDay(parseIsoDay('2020-03-05')!, 'de')).toBe('5.\u00a0März 2020');
    expect(describeDay(parseIsoDay('2020-03-05')!, 'en')).toBe('5\u00a0March 2020');
    expect(describeReportedDate(date('2016-10-03', '2016-10-05', 'days'), 'en')).toBe(
      '3–5\u00a0October 2016',
    );
    expect(plain(describeReportedDate(date('2016-09-22', '2016-10-05', 'days'), 'de'))).toBe(
      '22. September – 5. Oktober 2016',
    );
    expect(plain(describeReportedDate(date('2020-02-28', '2020-03-05', 'week'), 'de'))).toBe(
      'Woche vom 28. Februar bis 5. März 2020',
    );
  });

  it('says which week', () => {
    expect(plain(describeReportedDate(date('2020-02-03', '2020-02-09', 'week'), 'de'))).toBe(
      'Woche vom 3. bis 9. Februar 2020',
    );
    expect(plain(describeReportedDate(date('2020-02-03', '2020-02-09', 'week'), 'en'))).toMatch(
      /^week of 3\s?–\s?9 February 2020$/,
    );
  });
});

describe('describeDay', () => {
  it('uses the UI language', () => {
    expect(plain(describeDay(parseIsoDay('2020-03-02')!, 'de'))).toBe('2. März 2020');
    expect(plain(describeDay(parseIsoDay('2020-03-02')!, 'en'))).toBe('2 March 2020');
  });
});
