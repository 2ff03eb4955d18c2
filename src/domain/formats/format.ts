/** The file formats an import understands. */
export const DETECTED_FORMATS = ['acled', 'ucdp', 'geojson'] as const;
export type DetectedFormat = (typeof DETECTED_FORMATS)[number];
export type CsvFormat = Exclude<DetectedFormat, 'geojson'>;

/** Proper names, the same in both languages: shown in the import report and the legend. */
export const FORMAT_LABELS: Record<DetectedFormat, string> = {
  acled: 'ACLED CSV',
  ucdp: 'UCDP GED CSV',
  geojson: 'GeoJSON',
};
