import { describe, expect, it } from 'vitest';
import { readGeodataFiles } from '../../scripts/geodata-files';
import { buildCatalog } from '../domain/catalog';
import { readCuratedFiles } from '../domain/data/read-curated';
import { docCount } from '../domain/search/catalog-docs';
import { workerEngine, type SearchWorkerPort } from './search-engine';
import { createSearchService, type SearchReply, type SearchRequest } from './search-service';

const { dataset, problems } = readCuratedFiles(readGeodataFiles());
const catalog = buildCatalog(dataset, problems);

/** The worker's service run in this thread, behind the same interface as a Worker. */
function inProcessWorker() {
  const requests: SearchRequest[] = [];
  const port: SearchWorkerPort & { requests: SearchRequest[]; terminated: boolean } = {
    onmessage: null,
    onerror: null,
    requests,
    terminated: false,
    postMessage(request) {
      if (port.terminated) return;
      // As postMessage does: a structured clone, answered in a later turn.
      requests.push(structuredClone(request));
      setTimeout(() => handle(structuredClone(request)), 0);
    },
    terminate() {
      port.terminated = true;
    },
  };
  const handle = createSearchService((reply: SearchReply) => {
    if (!port.terminated) port.onmessage?.({ data: structuredClone(reply) } as MessageEvent);
  });
  return port;
}

describe('the search worker engine', () => {
  it('posts the documents in chunks, and answers a query asked before they were all posted', async () => {
    const worker = inProcessWorker();
    const engine = workerEngine(catalog, {}, worker, 10);
    const result = await engine.search('Sotschi', new Set(), 20);

    const docs = worker.requests.filter((request) => request.type === 'docs');
    expect(docs.length).toBe(Math.ceil(docCount(catalog) / 10));
    for (const request of docs) expect(request.docs.length).toBeLessThanOrEqual(10);
    expect(worker.requests.map((request) => request.type).slice(-2)).toEqual(['end', 'query']);
    expect(result.total).toBe(2);
    expect(result.hits[0]!.doc).toBe(catalog.table.placeIndexById.get('sochi'));
  });

  it('answers nothing more once the catalog is gone, and stops its worker', async () => {
    const worker = inProcessWorker();
    const engine = workerEngine(catalog, {}, worker, 10);
    const asked = engine.search('Sotschi', new Set(), 20);
    engine.dispose();
    expect(await asked).toEqual({ total: 0, hits: [] });
    expect(worker.terminated).toBe(true);
    expect(worker.requests.some((request) => request.type === 'query')).toBe(false);
  });
});
