// What `npm run validate` would say once a bundle is committed to geodata/: the bundle merged
// with the curated data and run through the same validator, so that a person learns in the app
// what to fix (an event without actors, a precision that does not fit its interval …).
import type { DataProblem, Dataset, RawDataset } from '../data/dataset';
import { describeProblem } from '../data/dataset';
import type { Place } from '../data/schema';
import { validateDataset } from '../data/validate';
import type { ArticleBundle } from './bundle';

function placeFeature({ coordinates, ...properties }: Place) {
  return { type: 'Feature', geometry: { type: 'Point', coordinates }, properties };
}

function rawOf(curated: Dataset, bundle?: ArticleBundle): RawDataset {
  const features = curated.places.map(placeFeature);
  return {
    articles: bundle ? [...curated.articles, bundle.article] : curated.articles,
    actors: curated.actors,
    places: {
      type: 'FeatureCollection',
      features: bundle ? [...features, ...bundle.places.features] : features,
    },
    events: bundle ? [...curated.events, ...bundle.events] : curated.events,
    redirects: curated.redirects,
    articleTexts: bundle
      ? { ...curated.articleTexts, [bundle.article.id]: bundle.text }
      : curated.articleTexts,
  };
}

/** The problems the bundle would bring into geodata/ (none that the curated data has already). */
export function checkBundle(bundle: ArticleBundle, curated: Dataset): DataProblem[] {
  const before = new Set(
    validateDataset(rawOf(curated)).problems.map((problem) => describeProblem(problem)),
  );
  return validateDataset(rawOf(curated, bundle)).problems.filter(
    (problem) => !before.has(describeProblem(problem)),
  );
}
