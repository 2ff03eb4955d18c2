import type { DetectedFormat } from './format';

/**
 * `acled-1a2b3c4d`: the format and a hash of the file's bytes, nothing else. The same file
 * imported twice (even renamed) gets the same id, so its events keep their permalinks; an edited
 * file gets another. The caller hashes the whole file in a first pass before reading any row
 * (FNV-1a runs at about 1 ns per byte), because every event id is qualified with this id.
 */
export function datasetIdFor(format: DetectedFormat, contentHashHex: string): string {
  return `${format}-${contentHashHex}`;
}
