// The gazetteer's shape, shared by the build script (scripts/build-gazetteer.ts) and the place
// matcher. Kept in the domain so the matcher runs the same in the browser and in Node.

export type GazetteerKind = 'country' | 'region' | 'city' | 'town' | 'village' | 'building';

export interface GazetteerPlace {
  /** Our geodata/places.geojson id where the place is curated, else `gn:<GeoNames id>` or `cc:<ISO>`. */
  id: string;
  de: string;
  en: string;
  /** Other spellings: transliterations, German exonyms, the GeoNames form. */
  aliases: string[];
  lon: number;
  lat: number;
  kind: GazetteerKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** 0 for countries, 1 (largest) … 7 for cities by population; decides between namesakes. */
  rank: number;
  /** A national capital: "Ankara schickte Truppen" names Turkey acting, not a place. */
  capital?: true;
}

export interface Gazetteer {
  attribution: string;
  places: GazetteerPlace[];
}
