import type { MapEvent } from '../events/event';
import type { MappedRow } from './mapped-row';
import type { PlaceRegistry } from './place-registry';
import { duplicateId } from './reasons';
import { isRejected, rejectRow, type RejectedRow } from './rejected-rows';

/**
 * The last step of every importer: an id seen in an earlier accepted row rejects the row,
 * else the event gets its place. Each import makes its own, with its own record of ids.
 */
export function createAcceptOnce(
  registry: PlaceRegistry,
  unit: 'row' | 'feature',
  idColumn: string,
): (mapped: MappedRow | RejectedRow, row: number) => MapEvent | RejectedRow {
  const firstRowById = new Map<string, number>();
  return (mapped, row) => {
    if (isRejected(mapped)) return mapped;
    const { event } = mapped;
    const first = firstRowById.get(event.localId);
    if (first !== undefined) {
      return rejectRow(row, duplicateId(event.localId, first, unit), idColumn, event.localId);
    }
    firstRowById.set(event.localId, row);
    event.place = registry.idFor(mapped.place);
    return event;
  };
}
