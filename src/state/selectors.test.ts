import { describe, expect, it } from 'vitest';
import { testEvent } from '../domain/events/test-event';
import { parseIsoDay } from '../domain/time/days';
import { buildModel } from '../domain/model';
import { visibleEventsOf } from './selectors';

const model = () =>
  buildModel(
    {
      articles: [],
      actors: [],
      places: [],
      articleTexts: {},
      redirects: [],
      events: [testEvent('a', '2016-10-03'), testEvent('b', '2016-10-05')],
    },
    [],
  );

describe('visibleEventsOf', () => {
  it('answers repeated questions with the same array', () => {
    const m = model();
    const day = parseIsoDay('2016-10-05')!;
    const first = visibleEventsOf(m, day, 'all');
    expect(first.map((event) => event.record.id)).toEqual(['a', 'b']);
    expect(visibleEventsOf(m, day, 'all')).toBe(first);
  });

  it('recomputes when the date, the window or the data change', () => {
    const m = model();
    const day = parseIsoDay('2016-10-05')!;
    const all = visibleEventsOf(m, day, 'all');
    expect(visibleEventsOf(m, day, 'day').map((event) => event.record.id)).toEqual(['b']);
    expect(visibleEventsOf(m, day - 2, 'all').map((event) => event.record.id)).toEqual(['a']);
    expect(visibleEventsOf(model(), day, 'all')).not.toBe(all);
  });
});
