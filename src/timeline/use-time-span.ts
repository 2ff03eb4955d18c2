import { useCatalog } from '../state/catalog-context';
import { useAppStore } from '../state/store';
import { fitSpan, type TimeSpan } from '../domain/time/span';

/**
 * The span the timeline shows: the zoomed one, fitted to the data loaded now (a removed
 * dataset can shrink the data under a zoom), or all of it. Primitives in, so the result can be
 * compared by its days.
 */
export function useTimeSpan(): { span: TimeSpan; range: TimeSpan } {
  const { range: loaded } = useCatalog();
  const stored = useAppStore((state) => state.span);
  const range = { start: loaded.min, end: loaded.max };
  return { span: stored === null ? range : fitSpan(stored, range), range };
}
