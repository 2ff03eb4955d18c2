import type { Category } from '../domain/data/schema';

/** Okabe–Ito based, distinguishable with the common colour-vision deficiencies. */
export const CATEGORY_COLORS: Record<Category, string> = {
  battle: '#d55e00',
  'remote-violence': '#e69f00',
  'violence-against-civilians': '#882255',
  'territorial-change': '#cc79a7',
  diplomacy: '#0072b2',
  displacement: '#009e73',
  'strategic-development': '#56b4e9',
  protest: '#7a7a7a',
};
