/**
 * Imported datasets are drawn in colours apart from the categories' (which mark curated events):
 * dark enough for white outlines, told apart by hue. The n-th import takes the n-th colour.
 */
export const DATASET_COLORS = ['#5b3f8c', '#8c5a1f', '#2f6f6a', '#8c2f4a', '#4a5a8c', '#5f6b1f'];

export function datasetColor(colorIndex: number): string {
  return DATASET_COLORS[colorIndex % DATASET_COLORS.length]!;
}
