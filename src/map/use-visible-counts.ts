import { useMemo } from 'react';
import { useCatalog } from '../state/catalog-context';
import { useVisibilityVersion, visibilityOf } from '../state/visibility';

/** How many shown events each place has, for places with any: clusters and edge badges. */
export function useVisibleCountByPlace(): ReadonlyMap<string, number> {
  const { table } = useCatalog();
  const version = useVisibilityVersion();
  return useMemo(() => {
    const counts = visibilityOf(table).placeCounts;
    const byPlace = new Map<string, number>();
    for (let index = 0; index < table.places.length; index++)
      if (counts[index]! > 0) byPlace.set(table.places[index]!.id, counts[index]!);
    return byPlace;
    // The version says when the counts changed; the counts array itself is updated in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [table, version]);
}
