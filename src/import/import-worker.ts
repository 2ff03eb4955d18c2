import type { Localized } from '../domain/data/dataset';
import type { EventPlace, MapEvent } from '../domain/events/event';
import { sortEvents } from '../domain/events/event-table';
import { startCsvImport } from '../domain/formats/csv-import';
import { datasetIdFor } from '../domain/formats/dataset-id';
import { detectFormat } from '../domain/formats/detect';
import { guessEncoding } from '../domain/formats/encoding';
import { unexpectedFailure } from '../domain/formats/fatal-messages';
import { createContentHash } from '../domain/formats/fnv1a';
import { importGeoJson } from '../domain/formats/geojson-import';
import type { ImportSummary } from '../domain/formats/row-importer';

/**
 * The import, off the main thread: reads the file in the browser (it never leaves it),
 * detects its format, and streams its events back in batches. All the logic is in the pure
 * code under src/domain/formats; this only reads, decodes and posts.
 */

export interface ImportRequest {
  file: File;
}

export type ImportMessage =
  | { type: 'progress'; rowsRead: number; bytesRead: number; totalBytes: number }
  | { type: 'batch'; events: MapEvent[] }
  | {
      type: 'done';
      summary: ImportSummary;
      places: EventPlace[];
      actorNames: Record<string, Localized>;
      datasetId: string;
      name: string;
      /** The label of the detected format ("ACLED CSV"). */
      format: string;
    }
  | { type: 'failed'; error: Localized };

/** Enough to detect any of our formats: a header line, or the start of a JSON document. */
const HEAD_BYTES = 64 * 1024;
/** Deserialising one message blocks the main thread: 5,000 events take a few milliseconds. */
export const BATCH_SIZE = 5_000;
export interface JobOptions {
  /** At most one progress message per interval (the last one always comes). */
  progressIntervalMs?: number;
  now?: () => number;
}

/** Reads a file as byte chunks; `onChunk` may return false to stop early. */
async function readChunks(
  file: Blob,
  onChunk: (bytes: Uint8Array) => boolean | void,
): Promise<void> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (onChunk(value) === false) {
        await reader.cancel();
        return;
      }
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * The whole job, given a way to post messages. The dataset id needs a hash of the whole file
 * before the first row is qualified, so a CSV file is read twice: once to hash (about 1 ns per
 * byte), once to parse. The file is never held in memory as a whole, except GeoJSON, which
 * JSON.parse needs whole anyway.
 */
export async function runImportJob(
  file: File,
  post: (message: ImportMessage) => void,
  { progressIntervalMs = 100, now = () => performance.now() }: JobOptions = {},
): Promise<void> {
  const headBytes = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const encoding = guessEncoding(headBytes);
  const detected = detectFormat(new TextDecoder(encoding).decode(headBytes, { stream: true }));
  if ('error' in detected) return post({ type: 'failed', error: detected.error });

  let pending: MapEvent[] = [];
  /** Posts full batches, and with `all` the rest too. */
  const flush = (all: boolean) => {
    let at = 0;
    for (; pending.length - at >= BATCH_SIZE || (all && at < pending.length); at += BATCH_SIZE) {
      post({ type: 'batch', events: pending.slice(at, at + BATCH_SIZE) });
    }
    if (at > 0) pending = pending.slice(at);
  };
  const hash = createContentHash();

  if (detected.format === 'geojson') {
    const bytes = new Uint8Array(await file.arrayBuffer());
    hash.update(bytes);
    const datasetId = datasetIdFor('geojson', hash.hex());
    const result = importGeoJson(new TextDecoder(encoding).decode(bytes), datasetId);
    if ('error' in result) return post({ type: 'failed', error: result.error });
    pending = sortEvents(result.events);
    flush(true);
    post({
      type: 'progress',
      rowsRead: result.summary.rowsRead,
      bytesRead: file.size,
      totalBytes: file.size,
    });
    return post({
      type: 'done',
      summary: result.summary,
      places: result.places,
      actorNames: result.actorNames,
      datasetId,
      name: file.name,
      format: result.summary.formatLabel,
    });
  }

  await readChunks(file, (bytes) => hash.update(bytes));
  const datasetId = datasetIdFor(detected.format, hash.hex());
  const run = startCsvImport(detected, datasetId);
  const decoder = new TextDecoder(encoding);
  let bytesRead = 0;
  let lastProgress = -Infinity;
  let error: Localized | null = null;
  const take = (text: string) => {
    const events = run.push(text);
    if ('error' in events) error = events.error;
    else for (const event of events) pending.push(event);
  };

  await readChunks(file, (bytes) => {
    bytesRead += bytes.length;
    take(decoder.decode(bytes, { stream: true }));
    if (error) return false;
    const time = now();
    if (time - lastProgress >= progressIntervalMs) {
      lastProgress = time;
      post({ type: 'progress', rowsRead: run.rowsRead, bytesRead, totalBytes: file.size });
    }
  });
  if (!error) take(decoder.decode());
  if (error) return post({ type: 'failed', error });

  const end = run.finish();
  if ('error' in end) return post({ type: 'failed', error: end.error });
  for (const event of end.events) pending.push(event);
  // Sorted here, off the main thread: the page merges sorted datasets in linear time.
  sortEvents(pending);
  flush(true);
  post({ type: 'progress', rowsRead: run.rowsRead, bytesRead, totalBytes: file.size });
  post({
    type: 'done',
    summary: end.summary,
    places: end.places,
    actorNames: {},
    datasetId,
    name: file.name,
    format: end.summary.formatLabel,
  });
}

interface WorkerScope {
  postMessage(message: ImportMessage): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
}

// Only in a worker (not when tests import this module in Node, where there is no `self`).
if (typeof self !== 'undefined' && typeof window === 'undefined') {
  const scope = self as unknown as WorkerScope;
  scope.onmessage = ({ data }) => {
    const post = (message: ImportMessage) => scope.postMessage(message);
    runImportJob(data.file, post).catch((cause: unknown) => {
      const detail = cause instanceof Error ? cause.message : String(cause);
      post({ type: 'failed', error: unexpectedFailure(detail) });
    });
  };
}
