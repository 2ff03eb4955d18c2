import { describe, expect, it } from 'vitest';
import acledSyria from '../domain/formats/fixtures/acled-syria.csv?raw';
import { ACLED_HEADER, acledRow, csvOf } from '../domain/formats/test-csv';
import { BATCH_SIZE, runImportJob, type ImportMessage, type JobOptions } from './import-worker';
import { runImport, type ImportProgress, type ImportWorkerPort } from './start-import';

/** The worker's job run in this thread, behind the same message interface as a Worker. */
function inProcessWorker(options: JobOptions = {}) {
  const messages: ImportMessage[] = [];
  const port: ImportWorkerPort & {
    terminated: boolean;
    terminations: number;
    messages: ImportMessage[];
  } = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    terminated: false,
    terminations: 0,
    messages,
    postMessage({ file }) {
      const post = (message: ImportMessage) => {
        // A terminated worker posts nothing more; a structured clone, as postMessage makes.
        if (port.terminated) return;
        messages.push(message);
        port.onmessage?.({ data: structuredClone(message) } as MessageEvent<ImportMessage>);
      };
      void runImportJob(file, post, options);
    },
    terminate() {
      port.terminated = true;
      port.terminations++;
    },
  };
  return port;
}

function file(content: BlobPart | BlobPart[], name = 'events.csv') {
  return new File(Array.isArray(content) ? content : [content], name);
}

/** A file whose stream comes in pieces of `size` bytes, as a browser reads a file from disk. */
function chunkedFile(text: string, size: number, onChunk: (at: number) => void = () => {}) {
  const bytes = new TextEncoder().encode(text);
  const input = file(bytes);
  input.stream = () =>
    new ReadableStream({
      start(controller) {
        for (let at = 0; at < bytes.length; at += size) {
          onChunk(at);
          controller.enqueue(bytes.slice(at, at + size));
        }
        controller.close();
      },
    });
  return input;
}

async function importFile(
  input: File,
  onProgress?: (progress: ImportProgress) => void,
  options: JobOptions = {},
) {
  const worker = inProcessWorker(options);
  const outcome = await runImport(worker, input, { onProgress }).done;
  return { outcome, worker };
}

async function dataset(input: File) {
  const { outcome } = await importFile(input);
  if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
  return outcome;
}

describe('runImport with the worker job', () => {
  it('imports an ACLED file into a dataset named after the file', async () => {
    const progress: ImportProgress[] = [];
    const { outcome, worker } = await importFile(file(acledSyria, 'acled-syria.csv'), (p) =>
      progress.push(p),
    );
    if (outcome.status !== 'imported') throw new Error(outcome.status);
    expect(outcome.dataset).toMatchObject({
      name: 'acled-syria.csv',
      kind: 'imported',
      format: 'ACLED CSV',
      actorNames: {},
    });
    expect(outcome.dataset.id).toMatch(/^acled-[0-9a-f]{8}$/);
    expect(outcome.dataset.events).toHaveLength(7);
    expect(outcome.dataset.events.map((event) => event.id)).toContain(
      `${outcome.dataset.id}:SYR90001`,
    );
    // In date order, as the page's event table wants them.
    const starts = outcome.dataset.events.map((event) => event.date.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(outcome.dataset.places).toHaveLength(6);
    expect(outcome.summary).toMatchObject({ rowsRead: 7, accepted: 7, rejectedCount: 0 });
    const size = new TextEncoder().encode(acledSyria).length;
    expect(progress.at(-1)).toEqual({ rowsRead: 7, bytesRead: size, totalBytes: size });
    expect(worker.terminated).toBe(true);
  });

  it('gives the same file the same dataset id, whatever its name, and a changed file another', async () => {
    const first = await dataset(file(acledSyria, 'a.csv'));
    const renamed = await dataset(file(acledSyria, 'b.csv'));
    const changed = await dataset(file(acledSyria.replace('36.1921', '36.1922'), 'a.csv'));
    expect(renamed.dataset.id).toBe(first.dataset.id);
    expect(changed.dataset.id).not.toBe(first.dataset.id);
  });

  it('posts events in batches of at most 5,000, in date order, once the file is read', async () => {
    const rows = Array.from({ length: 12_001 }, (_, n) => acledRow({ event_id_cnty: `SYR${n}` }));
    const input = chunkedFile(csvOf(ACLED_HEADER, rows), 64 * 1024);
    const { outcome, worker } = await importFile(input, undefined, { progressIntervalMs: 0 });
    const batches = worker.messages.flatMap((message) =>
      message.type === 'batch' ? [message.events.length] : [],
    );
    expect(batches).toEqual([BATCH_SIZE, BATCH_SIZE, 2_001]);
    expect(outcome.status === 'imported' && outcome.dataset.events.length).toBe(12_001);
    expect(worker.messages.at(-1)?.type).toBe('done');
    if (outcome.status !== 'imported') return;
    const starts = outcome.dataset.events.map((event) => event.date.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('reports progress at most once per interval, and always at the end', async () => {
    const rows = Array.from({ length: 3_000 }, (_, n) => acledRow({ event_id_cnty: `SYR${n}` }));
    const text = csvOf(ACLED_HEADER, rows);
    let clock = 0;
    const chunks: number[] = [];
    const progress: ImportProgress[] = [];
    const input = chunkedFile(text, 10_000, (at) => chunks.push(at));
    const bytes = new TextEncoder().encode(text);
    // Each chunk takes 30 ms on this clock: about one in four gets a progress message.
    await importFile(input, (p) => progress.push(p), { now: () => (clock += 30) });
    const readingChunks = chunks.length / 2;
    expect(progress.length).toBeGreaterThan(readingChunks / 5);
    expect(progress.length).toBeLessThan(readingChunks / 3 + 2);
    expect(progress.at(-1)).toEqual({
      rowsRead: 3_000,
      bytesRead: bytes.length,
      totalBytes: bytes.length,
    });
  });

  it('keeps the last row of a file without a final line break', async () => {
    const result = await dataset(file(acledSyria.trimEnd()));
    expect(result.dataset.events.map((event) => event.localId)).toContain('SYR90007');
  });

  it('decodes a character cut in two by the file stream', async () => {
    const bytes = new TextEncoder().encode(
      csvOf(ACLED_HEADER, [acledRow({ location: 'Ḥalab – Düsseldorf' })]),
    );
    const split = file(bytes);
    // 'Ḥ' is three bytes (E1 B8 A4): the stream's first chunk ends after the first of them.
    const at = bytes.indexOf(0xe1);
    split.stream = () =>
      new ReadableStream({
        start(controller) {
          controller.enqueue(bytes.slice(0, at + 1));
          controller.enqueue(bytes.slice(at + 1));
          controller.close();
        },
      });
    const result = await dataset(split);
    expect(result.dataset.places[0]?.name.en).toBe('Ḥalab – Düsseldorf');
  });

  it('reads a Windows-1252 file from Excel', async () => {
    const text = csvOf(ACLED_HEADER, [acledRow({ location: 'Düsseldorf' })]);
    const bytes = Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
    const result = await dataset(file(bytes));
    expect(result.dataset.places[0]?.name.en).toBe('Düsseldorf');
  });

  it("reads Excel's Unicode text: UTF-16 with a BOM, separated by tabs", async () => {
    const text = `\uFEFF${csvOf(ACLED_HEADER, [acledRow({ location: 'Ḥalab' })], { delimiter: '\t' })}`;
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const result = await dataset(file(bytes, 'unicode.txt'));
    expect(result.dataset.places[0]?.name.en).toBe('Ḥalab');
    expect(result.summary.accepted).toBe(1);
  });

  it('imports GeoJSON with the names of its actors', async () => {
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      actorNames: { turkey: { de: 'Türkei', en: 'Turkey' } },
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [36.63, 35.93] },
          properties: {
            id: 'e1',
            date: { start: '2020-02-27', end: '2020-02-27', precision: 'day' },
            category: 'battle',
            actors: ['turkey'],
          },
        },
      ],
    });
    const result = await dataset(file(geojson, 'export.geojson'));
    expect(result.dataset).toMatchObject({
      name: 'export.geojson',
      format: 'GeoJSON',
      actorNames: { turkey: { de: 'Türkei', en: 'Turkey' } },
    });
    expect(result.dataset.id).toMatch(/^geojson-[0-9a-f]{8}$/);
    expect(result.dataset.events.map((event) => event.id)).toEqual([`${result.dataset.id}:e1`]);
  });

  it('fails with the message for a file it cannot read', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const { outcome } = await importFile(file(png, 'map.png'));
    expect(outcome).toMatchObject({
      status: 'failed',
      error: { en: expect.stringMatching(/^The file is not a text file\./) },
    });
    const header = ACLED_HEADER.filter((column) => column !== 'geo_precision').join(',');
    expect((await importFile(file(`${header}\n`))).outcome).toMatchObject({
      status: 'failed',
      error: { en: expect.stringContaining('required columns are missing: geo_precision') },
    });
  });

  it('cancels: the worker is stopped and nothing after that counts', async () => {
    const worker = inProcessWorker();
    const running = runImport(worker, file(acledSyria));
    running.cancel();
    expect(worker.terminated).toBe(true);
    expect(await running.done).toEqual({ status: 'cancelled' });
  });

  it('ignores a cancel after the import is done', async () => {
    const worker = inProcessWorker();
    const running = runImport(worker, file(acledSyria));
    expect((await running.done).status).toBe('imported');
    running.cancel();
    expect(worker.terminations).toBe(1);
    expect((await running.done).status).toBe('imported');
  });

  it('turns an error in the worker into a failure', async () => {
    const worker = inProcessWorker();
    worker.postMessage = () => {};
    const running = runImport(worker, file(acledSyria));
    let prevented = false;
    worker.onerror?.({
      message: 'SyntaxError: bad chunk',
      preventDefault: () => (prevented = true),
    } as unknown as ErrorEvent);
    expect(await running.done).toEqual({
      status: 'failed',
      error: {
        de: 'Der Import ist unerwartet abgebrochen: SyntaxError: bad chunk',
        en: 'The import stopped unexpectedly: SyntaxError: bad chunk',
      },
    });
    expect(prevented).toBe(true);
  });
});
