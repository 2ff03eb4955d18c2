/** German calendar and number words the rules share. Lower case; matching ignores case. */
export const MONTHS = [
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
] as const;

/** Austrian and abbreviated forms news copy uses, mapped to 1-based months. */
const MONTH_VARIANTS: Record<string, number> = { jänner: 1, sept: 9 };

/** Index 0 is Monday, as in the German week. */
export const WEEKDAYS = [
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
] as const;

const NUMBER_WORDS: Record<string, number> = {
  ein: 1,
  eine: 1,
  einem: 1,
  einer: 1,
  einen: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
};

export const MONTH_PATTERN = [...MONTHS, ...Object.keys(MONTH_VARIANTS)].join('|');
export const WEEKDAY_PATTERN = [...WEEKDAYS, 'sonnabend'].join('|');
export const NUMBER_PATTERN = `\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')}`;

export function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  const index = MONTHS.indexOf(lower as (typeof MONTHS)[number]);
  return index >= 0 ? index + 1 : (MONTH_VARIANTS[lower] ?? 0);
}

/** 0 = Monday … 6 = Sunday; "Sonnabend" is the northern Saturday. */
export function weekdayIndex(word: string): number {
  const lower = word.toLowerCase();
  return lower === 'sonnabend' ? 5 : WEEKDAYS.indexOf(lower as (typeof WEEKDAYS)[number]);
}

export function numberValue(word: string): number {
  const lower = word.toLowerCase();
  return /^\d+$/.test(lower) ? Number(lower) : (NUMBER_WORDS[lower] ?? 0);
}
