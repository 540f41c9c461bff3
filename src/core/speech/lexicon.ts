import { PERSON_NOUNS_FROM_COMPROMISE } from '../generated/personNouns';

/**
 * Word lists the speech scanners share. Kept as data, in one place, so tuning them never means
 * touching pattern code.
 */

/** Reporting verbs that introduce speech or a claim from a source, in the forms news copy uses. */
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'telling', 'added', 'adds', 'adding', 'wrote', 'writes', 'writing',
  'claimed', 'claiming', 'denied', 'denies', 'denying', 'confirmed', 'confirms', 'warned', 'warns', 'warning', 'noted',
  'noting', 'stated', 'explained', 'explains', 'argued', 'argues', 'arguing', 'insisted', 'insists', 'acknowledged',
  'acknowledges', 'admitted', 'admits', 'announced', 'announces', 'asked', 'replied', 'responded', 'suggested',
  'suggests', 'reported', 'recalled', 'recalls', 'declared', 'tweeted', 'testified', 'predicted', 'yelled', 'yells',
  'shouted', 'continued', 'stressed', 'emphasized', 'complained', 'conceded', 'boasted', 'joked', 'vowed', 'pledged',
  'promised', 'agreed', 'countered', 'observed', 'remarked', 'concluded', 'maintained', 'alleged', 'contended',
  'whispered', 'screamed', 'cautioned', 'urged', 'estimated', 'estimates', 'believes', 'thinks', 'cited', 'citing',
  'quoted', 'quoting', 'posted', 'mentioned', 'blasted', 'accused', 'described', 'criticized', 'found', 'shows', 'showed', 'indicated', 'indicates', 'revealed', 'disclosed',
  'asks', 'asking', 'demanded', 'demands', 'sings', 'sang', 'singing', 'chanted', 'chanting', 'commented', 'scolded',
  'called', 'calls', 'attacked', 'slammed', 'praised', 'defended', 'reads', 'tweeting', 'quipped', 'exclaimed', 'wondered', 'retorted', 'interjected', 'snapped', 'reports', 'explaining',
  'maintains', 'maintain', 'written', 'contends', 'asserted', 'asserts', 'reiterated', 'underscored',
  // Base forms, for plural subjects: "critics argue", "experts warn", "analysts predict".
  'argue', 'warn', 'insist', 'predict', 'contend', 'allege', 'urges', 'urge',
  // Stance verbs of press-conference copy: "Ruiz highlighted the "brutal" midfield", "the coach also recognised".
  'highlighted', 'highlights', 'recognised', 'recognized', 'recognises', 'recognizes', 'affirmed', 'affirms',
  'notes', 'show',
  // More praise and stance verbs, and British spellings: "the boss commended …", "Ruiz emphasised …".
  'reaffirmed', 'commended', 'emphasised', 'emphasises', 'criticised',
] as const;

/**
 * Participles that go on with a sentence's attribution after a comma ("…," she said, emphasizing that
 * …; "The mayor toured the port, promising to rebuild it"): the sentence's speaker says this too.
 */
export const CONTINUING_PARTICIPLES = [
  'emphasizing', 'emphasising', 'stressing', 'suggesting', 'insisting', 'promising', 'pledging', 'vowing', 'accusing',
  'asserting', 'acknowledging', 'referring', 'referencing', 'describing', 'urging', 'predicting', 'complaining',
  'conceding', 'recalling', 'reiterating', 'questioning', 'calling', 'blaming', 'praising', 'criticizing', 'explaining',
  'declaring', 'announcing', 'contending', 'alleging', 'chanting', 'singing', 'shouting', 'yelling', 'asking',
] as const;

/** Verbs that only count as cues right next to a quotation (too common elsewhere). */
export const QUOTE_ONLY_VERBS = new Set(['highlighted', 'highlights', 'recognised', 'recognized', 'recognises', 'recognizes', 'attacked', 'slammed', 'praised', 'defended', 'reports', 'reads', 'sings', 'sang', 'singing', 'chanted', 'chanting', 'commented', 'scolded', 'asks', 'asking', 'demanded', 'demands', 'wondered', 'snapped', 'laughed', 'continued', 'agreed', 'asked', 'urged', 'promised', 'posted', 'found', 'shows', 'showed', 'described', 'criticized', 'blasted', 'accused', 'mentioned', 'indicated', 'indicates', 'revealed', 'disclosed', 'thinks', 'believes', 'estimates', 'estimated', 'notes', 'show',
  'reaffirmed', 'commended', 'criticised']);

/** Words that end a backward walk for the subject of a cue: clause openers, verbs, prepositions. */
export const SUBJECT_STOP = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'or', 'nor', 'because', 'while', 'when', 'where', 'if', 'though',
  'although', 'after', 'before', 'since', 'as', 'than', 'so', 'then', 'to', 'is', 'was', 'were', 'are', 'be', 'been',
  'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'may', 'might', 'must',
  'can', 'not', 'also', 'later', 'earlier', 'previously', 'repeatedly', 'once', 'again', 'recently', 'publicly',
  'privately', 'reportedly', 'allegedly', 'already', 'still', 'yet', 'now', 'today', 'yesterday', 'tonight', 'in', 'on',
  'at', 'by', 'with', 'from', 'into', 'about', 'over', 'under', 'against', 'during', 'without', 'through', 'what', 'how',
  'why', 'this', 'these', 'those', 'there', 'here', 'said', 'says', 'say', 'told', 'it', 'its', 'meanwhile', 'however',
  'instead', 'separately', 'indeed', 'moreover', 'furthermore', 'finally', 'first', 'second', 'last', 'next', 'just',
  'even', 'only', 'never', 'always', 'often', 'sometimes', 'usually', 'like', 'unlike', 'whether', 'until', 'unless',
  'wrote', 'added', 'out', 'up', 'off', 'down', 'back', 'too', 'very', 'more', 'most', 'all', 'both', 'each', 'every',
  'no', 'any', 'such', 'own', 'same', 'other', 'per', 'via', 'vs', 'for', 'of',
]);

/** Adverbs and auxiliaries that may sit between a subject and its cue ("Lavrov also said", "she has said"). */
export const CUE_MODIFIERS = new Set([
  'also', 'later', 'earlier', 'previously', 'repeatedly', 'once', 'again', 'recently', 'publicly', 'privately',
  'reportedly', 'allegedly', 'has', 'have', 'had', 'then', 'further', 'first', 'often', 'flatly', 'quickly',
  'simply', 'bluntly', 'angrily', 'firmly', 'famously', 'told', 'would', 'will', 'could', 'did', 'does', 'do', 'never',
  'always', 'still', 'last', 'now', 'openly', 'specifically', 'explicitly', 'frequently', 'already', 'even', 'just',
  'not', "didn't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "won't", "wouldn't", 'soon',
]);

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'another', 'some', 'many', 'several', 'two', 'three', 'four', 'five', 'one', 'other', 'his', 'her',
  'their', 'our', 'my', 'your', 'its', 'most', 'few', 'multiple', 'numerous', 'dozens', 'those', 'these', 'both',
]);

export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'He', 'She', 'They', 'I', 'We', 'You', 'It']);

/** Person nouns that make a described source ("a senior official", "the aide"). */
export const PERSON_NOUNS = new Set([
  'source', 'sources', 'official', 'officials', 'aide', 'aides', 'person', 'people', 'spokesman', 'spokeswoman',
  'spokesperson', 'spokespeople', 'diplomat', 'diplomats', 'insider', 'insiders', 'adviser', 'advisers', 'advisor',
  'advisors', 'staffer', 'staffers', 'member', 'members', 'lawmaker', 'lawmakers', 'analyst', 'analysts', 'expert',
  'experts', 'executive', 'executives', 'officer', 'officers', 'employee', 'employees', 'witness', 'witnesses',
  'resident', 'residents', 'individual', 'individuals', 'representative', 'representatives', 'operative', 'operatives',
  'strategist', 'strategists', 'investigator', 'investigators', 'prosecutor', 'prosecutors', 'researcher',
  'researchers', 'scientist', 'scientists', 'economist', 'economists', 'critic', 'critics', 'supporter', 'supporters',
  'leader', 'leaders', 'minister', 'ministers', 'businessman', 'businesswoman', 'host', 'lawyer', 'lawyers', 'attorney',
  'attorneys', 'doctor', 'doctors', 'candidate', 'nominee', 'president', 'senator', 'governor', 'mayor', 'chairman',
  'chairwoman', 'director', 'manager', 'man', 'woman', 'men', 'women', 'voter', 'voters', 'activist', 'activists',
  'commander', 'commanders', 'general', 'generals', 'soldier', 'soldiers', 'police', 'friend', 'friends', 'colleague',
  'colleagues', 'neighbor', 'neighbors', 'student', 'students', 'worker', 'workers', 'organizer', 'organizers',
  'campaign', 'administration', 'government', 'ministry', 'department', 'agency', 'group', 'report', 'study', 'poll',
  'survey', 'statement', 'data', 'percent', 'majority', 'most', 'half', 'third', 'documents', 'records', 'website', 'memo', 'letter', 'filing', 'complaint', 'lawsuit',
  'coach', 'coaches', 'chief', 'chiefs', 'founder', 'founders', 'judge', 'judges', 'owner', 'owners', 'striker', 'midfielder', 'defender', 'forward',
  'figure', 'article', 'editorial', 'column', 'transcript', 'tweet',
]);

/** Role nouns sport and business copy use for a role the story gave under another word: "the Rovers boss" is its manager or coach. */
export const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['boss', ['boss', 'manager', 'coach']],
  ['manager', ['manager', 'boss']],
  ['coach', ['coach', 'boss']],
  ['skipper', ['skipper', 'captain']],
  ['captain', ['captain', 'skipper']],
]);

/** Nouns that stand for an organisation the story named before: "the company said", "the airline said". */
export const ORGANISATION_NOUNS = new Set([
  'company', 'firm', 'airline', 'carrier', 'carmaker', 'automaker', 'planemaker', 'manufacturer', 'maker', 'group',
  'bank', 'lender', 'insurer', 'retailer', 'chain', 'operator', 'giant', 'startup', 'club', 'agency', 'regulator',
  'ministry', 'department', 'council', 'union', 'university', 'hospital', 'charity', 'broadcaster', 'publisher',
]);

/** Markers that make a source anonymous when no name stands in the phrase. */
export const ANONYMOUS_MARKERS = [
  'unnamed', 'anonymous', 'anonymity', 'unidentified', 'familiar with', 'close to', 'briefed on', 'knowledgeable',
  'knowledge of', 'involved in', 'aware of', 'privy to', 'not to be identified', 'not authorised', 'condition of anonymity',
  'who declined to be named', 'who asked not to be named', 'not authorized', 'speaking on condition',
];

/** Heads of anonymous descriptions: a source described only by role. */
export const ANONYMOUS_HEADS = new Set([
  'source', 'sources', 'official', 'officials', 'aide', 'aides', 'person', 'people', 'insider', 'insiders', 'diplomat',
  'diplomats', 'staffer', 'staffers', 'adviser', 'advisers', 'advisor', 'advisors', 'operative', 'operatives',
  'spokesman', 'spokeswoman', 'spokesperson', 'individual', 'individuals', 'employee', 'employees', 'officer', 'officers',
  'member', 'members', 'executive', 'executives', 'investigator', 'investigators', 'witness', 'witnesses',
  'representative', 'representatives', 'negotiator', 'negotiators', 'participant', 'participants', 'lawmaker', 'lawmakers',
  'analyst', 'analysts', 'expert', 'experts', 'figure',
]);

/** Heads of machines, which find and show but never speak: "the Curiosity rover found", "the Harlow probe showed". */
export const MACHINE_HEADS = new Set([
  'rover', 'rovers', 'probe', 'probes', 'lander', 'orbiter', 'spacecraft', 'telescope', 'satellite', 'satellites', 'missile',
  'missiles', 'drone', 'drones', 'phone', 'phones', 'jet', 'jets', 'plane', 'planes', 'aircraft', 'camera', 'cameras', 'sensor', 'sensors',
]);

/** Words that make a noun phrase an outlet ("the Izvestia daily", "Interfax news agency"). */
export const OUTLET_HEADS = new Set([
  'daily', 'newspaper', 'paper', 'tabloid', 'weekly', 'magazine', 'agency', 'broadcaster', 'channel', 'network',
  'television', 'tv', 'radio', 'website', 'outlet', 'site', 'blog', 'journal', 'wire', 'gazette', 'courier', 'herald',
  'tribune', 'chronicle', 'observer', 'examiner', 'inquirer', 'sentinel', 'dispatch', 'telegraph',
]);

/** Outlets newsrooms cite by name alone. */
export const KNOWN_OUTLETS = new Set([
  'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'Bloomberg', 'Izvestia', 'Kommersant', 'TASS',
  'Tass', 'RIA', 'RIA Novosti', 'Interfax', 'Xinhua', 'CNN', 'BBC', 'NBC', 'CBS', 'ABC', 'NPR', 'PBS', 'MSNBC', 'Fox News',
  'Politico', 'Axios', 'Haaretz', 'Al Jazeera', 'Le Monde', 'Der Spiegel', 'The Guardian', 'The New York Times',
  'New York Times', 'The Times', 'The Washington Post', 'Washington Post', 'The Post', 'The Wall Street Journal',
  'Wall Street Journal', 'The Journal', 'The Economist', 'Financial Times', 'The Financial Times', 'USA Today',
  'The Atlantic', 'The New Yorker', 'BuzzFeed', 'BuzzFeed News', 'Vox', 'Breitbart', 'The Hill', 'Newsweek', 'Time',
  'Vedomosti', 'RBC', 'Meduza', 'Novaya Gazeta', 'Yonhap', 'Kyodo', 'NHK', 'Asahi', 'Nikkei', 'Die Zeit', 'Bild',
  'El País', 'Corriere della Sera', 'The Telegraph', 'Daily Mail', 'The Independent', 'Sky News', 'CNBC', 'ProPublica',
  'New York Post', 'The New York Post', 'Los Angeles Times', 'Chicago Tribune', 'The Boston Globe', 'Boston Globe',
]);

/** Titles that belong to a name ("President Vladimir Putin", "Sen. Warren", "Mr. Barrett"). */
export const TITLES = new Set([
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sen.', 'Rep.', 'Gov.', 'Gen.', 'Lt.', 'Col.', 'Maj.', 'Capt.', 'Sgt.', 'Adm.',
  'Rev.', 'President', 'Senator', 'Governor', 'Mayor', 'Minister', 'Secretary', 'Chancellor', 'Premier', 'King', 'Queen',
  'Prince', 'Princess', 'Judge', 'Justice', 'Pope', 'Ambassador', 'General', 'Colonel', 'Admiral', 'Captain', 'Chairman',
  'Speaker', 'Representative', 'Congressman', 'Congresswoman', 'Commissioner', 'Director', 'Chief', 'Deputy', 'Vice',
  'Foreign', 'Prime', 'Defense', 'Defence', 'Interior', 'Finance', 'Attorney', 'Press', 'Lord', 'Lady', 'Sir', 'Dame',
  'Councillor', 'Councilor', 'Councilman', 'Councilwoman', 'Alderman', 'Officer', 'Detective', 'Sheriff', 'Inspector',
  'Superintendent', 'Professor', 'Bishop', 'Father', 'Sister', 'Rabbi', 'Imam', 'Coach', 'Del.', 'Sgt', 'Cpl.', 'Pvt.',
]);

/** Words that start a time phrase, not a source: `said Thursday morning`, `said last week`. */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'tomorrow', 'last', 'this', 'earlier', 'later', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.',
  'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'recently', 'previously', 'again', 'repeatedly',
]);

const PEOPLE = new Set<string>([...PERSON_NOUNS, ...PERSON_NOUNS_FROM_COMPROMISE]);

/** A noun for people (or a body or document that speaks), singular or plural: "narrator", "officials", "businessmen". */
export function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (PEOPLE.has(w)) return true;
  if (w.endsWith('men') && PEOPLE.has(w.slice(0, -3) + 'man')) return true;
  if (w.endsWith('ies') && PEOPLE.has(w.slice(0, -3) + 'y')) return true;
  return w.endsWith('s') && (PEOPLE.has(w.slice(0, -1)) || (w.endsWith('es') && PEOPLE.has(w.slice(0, -2))));
}

/**
 * Irregular past tenses, which end a described subject as "-ed" does ("The storm hit the pier and
 * affirmed …": the subject is "The storm", not "The storm hit"). "read" is left out: it is as often
 * the present.
 */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  ('arose ate beat became began bent bit bled blew bore broke bred brought built burned burnt burst bought caught chose clung came ' +
    'cost crept cut dealt dug did drew drank drove fell fed felt fought found fled flung flew forbade forgot forgave froze got gave ' +
    'went ground grew hung had heard hid hit held hurt kept knelt knew laid led leapt left lent let lay lit lost made meant met paid ' +
    'quit rode rang rose ran saw sought sold sent set shook shone shot shut sang sank sat slept slid spoke sped spent spun split ' +
    'spread sprang stood stole stuck stung struck swore swept swam swung took taught tore told thought threw understood woke wore ' +
    'won wound wrote').split(' '),
);
