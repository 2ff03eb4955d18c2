import { use } from 'react';
import { extractionTools, type ExtractionTools } from '../state/extraction-tools';

/** The extractor and gazetteer; the review only shows once they have loaded, so this never waits. */
export function useExtractionTools(): ExtractionTools {
  return use(extractionTools());
}
