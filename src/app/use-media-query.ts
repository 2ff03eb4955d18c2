import { useCallback, useSyncExternalStore } from 'react';

/**
 * Phones, upright or sideways, get tabs instead of a sidebar; keep in step with the phone
 * media rule in app.css.
 */
export const PHONE_QUERY = '(max-width: 760px), (max-height: 500px)';

/** Whether a media query matches now; re-renders when that changes (rotation, resizing). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
