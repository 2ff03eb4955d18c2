/**
 * ISO 3166-1 alpha-2 for the countries around the Syrian war, by ISO numeric code (ACLED's
 * `iso`) and by English name (ACLED's and UCDP's `country`). Anything else stays unknown:
 * `EventPlace.country` is optional, and a wrong code would be worse than none.
 */
const COUNTRIES: readonly { numeric: number; alpha2: string; names: readonly string[] }[] = [
  { numeric: 760, alpha2: 'SY', names: ['syria', 'syrian arab republic'] },
  { numeric: 792, alpha2: 'TR', names: ['turkey', 'türkiye', 'turkiye'] },
  { numeric: 368, alpha2: 'IQ', names: ['iraq'] },
  { numeric: 422, alpha2: 'LB', names: ['lebanon'] },
  { numeric: 400, alpha2: 'JO', names: ['jordan'] },
  { numeric: 376, alpha2: 'IL', names: ['israel'] },
  { numeric: 275, alpha2: 'PS', names: ['palestine'] },
  { numeric: 364, alpha2: 'IR', names: ['iran'] },
];

const BY_NUMERIC = new Map(COUNTRIES.map((country) => [String(country.numeric), country.alpha2]));
const BY_NAME = new Map(
  COUNTRIES.flatMap((country) => country.names.map((name) => [name, country.alpha2] as const)),
);

export function countryCode(numeric: string, name: string): string | undefined {
  return BY_NUMERIC.get(numeric.replace(/^0+/, '')) ?? BY_NAME.get(name.toLowerCase());
}
