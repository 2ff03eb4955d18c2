// Words that tell what kind of event a sentence reports and who acts in it. Stems, matched at
// the start of a word, so "Luftangriffe", "Luftangriffen" and "Luftangriffs" are one cue. The
// first category whose cue comes earliest in a ranking of specificity wins: an air strike that
// kills civilians is remote violence, a city taken in a battle is a territorial change.
import type { Category } from '../data/schema';

const stems = (words: string) => new RegExp(`(?<![\\p{L}])(?:${words})\\p{L}*`, 'giu');

/** Most specific first: the first category with a cue in the sentence is the guess. */
const CATEGORY_CUES: [Category, RegExp][] = [
  [
    'territorial-change',
    stems(
      'erober|zurückerober|eingenommen|einnahme|einnehm|nimmt .{0,40}?ein(?![\\p{L}])|nahmen? .{0,40}?ein(?![\\p{L}])|unter (?:ihre |seine )?kontrolle|kontrolle über|eingekesselt|rückeroberung|fiel(?:en)? an|gefallen|vormarsch|vorgerückt|vorrück|vorstoß|rückten? .{0,80}?vor(?![\\p{L}])',
    ),
  ],
  [
    'remote-violence',
    stems(
      'luftangriff|luftschl|luftwaffe|bombard|bomben|fassbomb|drohnenangriff|drohne|raketen|rakete|beschuss|beschoss|artillerie|granat|kampfjet|kampfflugzeug|abgeschossen|schoss .{0,40}ab|(?:fliegen|flogen|geflogen|flog) .{0,60}?angriff',
    ),
  ],
  [
    'violence-against-civilians',
    stems(
      'massaker|hingerichtet|hinrichtung|(?:kinder|zivilist|lehrer|frauen|einwohner)\\p{L}*(?: [\\p{L}\\d]+){0,4} (?:getötet|ermordet|ums leben)|ermordet|folter|verschleppt|entführt',
    ),
  ],
  [
    'displacement',
    stems(
      'flücht|geflohen|fliehen|floh|vertrieb|vertrieben|evakuier|abzug der|abtransport|transferiert|umgesiedelt|obdachlos|auf der flucht',
    ),
  ],
  [
    'battle',
    stems(
      'kämpf|gekämpft|umkämpft|gefecht|offensive|angriff|angegriffen|griff|gegenoffensive|militäroffensive|schlacht|zusammenstöß|auseinandersetzung|getötet|gefallen',
    ),
  ],
  ['protest', stems('protest|demonstr|kundgebung')],
  [
    'diplomacy',
    stems(
      'gespräch|verhandl|treffen|getroffen|trafen|traf sich|gipfel|telefon|abkommen|vereinbar|einigung|einigten|geeinigt|vertrag|waffenruhe|waffenstillstand|feuerpause|delegation|außenminister|verteidigungsminister|konferenz|resolution|sicherheitsrat|vermittl|besuch|reist|memorandum|deeskalation|friedens|beraten|berät|beriet|konsultation',
    ),
  ],
  [
    'strategic-development',
    stems(
      'stützpunkt|beobachtungsposten|entmilitarisiert|pufferzone|sicherheitszone|schutzzone|flugverbotszone|stationier|verleg|entsandt|schickt|verstärkung|konvoi|sanktion|militärhilfe|lieferung|aufrüst|mobilisier',
    ),
  ],
];

/**
 * A demand, warning or condemnation is a political act, whatever violence it names: "Die Türkei
 * forderte ein Ende der Offensive" is diplomacy, not a battle.
 */
const STATEMENT = stems(
  'forderte|forderten|fordert|drängte|drängten|appellierte|appellierten|warnte|warnten|verurteilte|verurteilten|kritisierte|kritisierten|mahnte|mahnten|verlangte|verlangten|rief .{0,60}?auf(?![\\p{L}])|riefen .{0,60}?auf(?![\\p{L}])',
);

/** The category the sentence's words suggest, or null when nothing in it reads as an event. */
export function guessCategory(sentence: string): Category | null {
  STATEMENT.lastIndex = 0;
  if (STATEMENT.test(sentence)) return 'diplomacy';
  for (const [category, pattern] of CATEGORY_CUES) {
    pattern.lastIndex = 0;
    if (pattern.test(sentence)) return category;
  }
  return null;
}

/** Our curated actors (geodata/actors.json) by the words German news names them with. */
const ACTOR_CUES: [string, RegExp][] = [
  [
    'syria-government',
    stems(
      'assad|regierungstruppen|regierungsarmee|regierungskräfte|syrische(?:n)? armee|syrische(?:n)? regierung|syrische(?:n)? soldaten|syrische(?:n)? truppen|regime|damaskus',
    ),
  ],
  [
    'syrian-rebels',
    stems(
      'rebell|aufständisch|opposition|islamist|dschihadist|milizen|hts|hajat|haiat|freie syrische armee|fsa',
    ),
  ],
  [
    'islamic-state',
    /(?<![\p{L}])(?:IS|Islamische[nr]? Staat\p{L}*|IS-\p{L}+|Daesch|Daesh)(?![\p{L}])/gu,
  ],
  ['russia', stems('russ|kreml|putin|lawrow|peskow|moskau')],
  ['turkey', stems('türk|erdogan|erdoğan|ankara|cavusoglu|çavuşoğlu|akar')],
  [
    'us',
    /(?<![\p{L}])(?:USA|US|US-\p{L}+|Vereinigte[n]? Staaten|amerikanisch\p{L}*|Washington|Trump|Obama|Kerry|Pompeo)(?![\p{L}])/gu,
  ],
  ['france', stems('frankreich|französisch|macron|paris')],
  ['germany', stems('deutschland|bundesregierung|merkel|berlin')],
  [
    'un',
    /(?<![\p{L}])(?:UN|UNO|Vereinte[n]? Nationen|UN-\p{L}+|Uno-\p{L}+|Sicherheitsrat\p{L}*|de Mistura)(?![\p{L}])/gu,
  ],
  ['nato', stems('nato|stoltenberg')],
  ['civilians', stems('zivilist|zivilbevölkerung|einwohner|bewohner|kinder|flüchtlinge')],
];

/** The curated actors a sentence names, in the order of the list above. */
export function findActors(sentence: string): string[] {
  const found: string[] = [];
  for (const [actor, pattern] of ACTOR_CUES) {
    pattern.lastIndex = 0;
    if (pattern.test(sentence)) found.push(actor);
  }
  return found;
}
