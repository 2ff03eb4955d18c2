import { createSearchService, type SearchRequest } from './search-service';

/** Search for large catalogs, off the main thread (see search-service.ts). */
const handle = createSearchService((message) => self.postMessage(message));
self.onmessage = ({ data }: MessageEvent<SearchRequest>) => handle(data);
