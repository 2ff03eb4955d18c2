import type { MapEvent } from '../events/event';
import type { RejectedRow } from './rejected-rows';
import type { PlaceInput } from './place-registry';

/**
 * A row read into an event, before the importer has checked its id against the rows before
 * it and given it a place id (`event.place` is empty until then): a duplicate row must not
 * leave a place behind that no event uses.
 */
export interface MappedRow {
  event: MapEvent;
  place: PlaceInput;
}

export type RowMapper = (fields: readonly string[], row: number) => MappedRow | RejectedRow;
