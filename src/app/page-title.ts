import type { Day } from '../domain/time/days';
import { describeDay, type Lang } from '../domain/time/describe-date';

/**
 * The page title: what is selected (if anything), the date in words, the app's name, so
 * history entries, tabs and bookmarks tell apart what they show.
 */
export function pageTitle({
  appName,
  date,
  lang,
  selection,
}: {
  appName: string;
  date: Day;
  lang: Lang;
  /** The selected event's title or place's name, in `lang`. */
  selection: string | null;
}): string {
  return [selection, describeDay(date, lang), appName].filter(Boolean).join(' · ');
}
