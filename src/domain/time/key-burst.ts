/**
 * Key presses on the slider that follow each other within this time are one burst: the user
 * is still on their way to a date, so the burst makes one history entry, and Back returns to
 * where it started. About a second is what the issue asks for and what a pause feels like.
 */
export const KEY_BURST_MS = 1000;

export type BurstStep = 'starts-burst' | 'continues-burst';

/** Whether a key step at `now` starts a new burst or continues the one whose last step was at `previous`. */
export function classifyKeyStep(previous: number | null, now: number): BurstStep {
  return previous !== null && now - previous >= 0 && now - previous < KEY_BURST_MS
    ? 'continues-burst'
    : 'starts-burst';
}
