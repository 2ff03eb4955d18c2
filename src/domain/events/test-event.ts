import type { EventRecord } from '../data/schema';

/** A fresh, minimal event for unit tests; each call returns a new object. */
export function testEvent(
  id: string,
  start: string,
  end = start,
  overrides: Partial<EventRecord> = {},
): EventRecord {
  return {
    id,
    date: { start, end, precision: start === end ? 'day' : 'days' },
    status: 'occurred',
    place: 'idlib',
    category: 'battle',
    actors: ['turkey'],
    title: { de: id, en: id },
    sources: [{ article: 'a', quote: 'q' }],
    ...overrides,
  };
}
