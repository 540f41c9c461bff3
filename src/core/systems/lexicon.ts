/**
 * Word lists for named-system detection. Data only: the matching logic lives in designation.ts,
 * families.ts and scanners/systems.ts. Every list is small on purpose: a designation is found by
 * its shape, and these lists only add names the shape cannot see or remove shapes that are not
 * systems.
 */

/**
 * Mixed-case designation prefixes (Soviet/Russian design bureaus and missile series). Unknown
 * mixed-case prefixes are refused ("Mid-2018", "Omega-3", "Type-2"), so these must be listed.
 */
export const MIXED_CASE_PREFIXES: readonly string[] = ['MiG', 'Su', 'Tu', 'Mi', 'Ka', 'Il', 'An', 'Yak', 'Kh', 'Be'];

/**
 * Upper-case prefixes that make designation shapes which are not systems: diseases (COVID-19,
 * H1N1), ranks and pay grades (E-5, O-6, GS-15), roads (I-95, US-1), forms and visas (W-2, I-9,
 * H-1B, EB-5), bills (HR-1, SB-1047), standards and codes (ISO, RFC, UTF-8, ICD-10, DSM-5), groups and
 * summits (G-20, COP-28), ratings (PG-13, TV-14), time zones (UTC-5), quarters and fiscal years
 * (Q1, FY2018), eras (AD 300), places (UK, EU, UN), school grades (K-12), US aircraft registrations and
 * respirator ratings (N704AL, N95).
 */
export const STOP_PREFIXES: ReadonlySet<string> = new Set([
  'COVID', 'SARS', 'MERS', 'H', 'HIV', 'HPV',
  'E', 'O', 'W', 'GS', 'CW', 'WO', 'EB',
  'I', 'US', 'HR', 'SB', 'AB', 'HB', 'HJ', 'SJ', 'LB',
  'ISO', 'RFC', 'UTF', 'ICD', 'DSM', 'IEEE', 'EN', 'DIN', 'ANSI', 'IEC', 'ASTM', 'CVE',
  'G', 'COP', 'PG', 'TV',
  'UTC', 'GMT', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'CET', 'CEST', 'BST', 'MSK',
  'Q', 'FY', 'CY', 'AD', 'BC', 'BCE', 'CE', 'UK', 'EU', 'UN', 'K', 'PM', 'AM', 'WW', 'NO', 'SO',
  'N',
  'JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'SEPT', 'OCT', 'NOV', 'DEC',
]);

/**
 * Short upper-case words that, in an all-caps headline, stand before a number without being a
 * designation ("MEET AT 10", "IN 2018"). Only refused in the spaced form "S 300".
 */
export const CAPS_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'A AN AS AT BE BY DO GO HE IF IN IS IT ME MY OF ON OR SO TO UP WE'.split(' '),
);

/**
 * US state codes with numbered congressional districts: "NY-14" or "CA 12" is a district, not a
 * system. Only refused with one or two digits (districts go up to 52); see designation.ts. States
 * with a single at-large seat (AK, DE, ND, SD, VT, WY) are left out, so "AK-47" stays a rifle.
 */
export const STATE_CODES: ReadonlySet<string> = new Set(
  'AL AZ AR CA CO CT FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC OH OK OR PA RI SC TN TX UT VA WA WV WI'.split(' '),
);

/** Whole designations that look like systems and are not: isotopes and the like. Compared upper-case, hyphen-free. */
export const STOP_DESIGNATIONS: ReadonlySet<string> = new Set(['U235', 'U238', 'C14', 'B2B', 'B2C', 'P2P', 'A1C']);

/**
 * A designation right after one of these words is a route, flight, section, form, room, grade…
 * ("Route A-1", "Flight MH370", "Form W-2", "Gate B-12", "Vitamin D 1000"). Compared lower-case.
 */
export const STOP_WORDS_BEFORE: ReadonlySet<string> = new Set([
  'route', 'flight', 'flights', 'section', 'sections', 'article', 'articles', 'form', 'forms', 'highway', 'interstate',
  'chapter', 'title', 'room', 'gate', 'terminal', 'platform', 'exit', 'bus', 'line', 'track', 'pier', 'suite',
  'apartment', 'apt', 'unit', 'building', 'floor', 'level', 'figure', 'fig', 'table', 'exhibit', 'appendix',
  'paragraph', 'clause', 'amendment', 'rule', 'resolution', 'bill', 'case', 'docket', 'proposition', 'prop',
  'measure', 'item', 'page', 'volume', 'vol', 'issue', 'grade', 'category', 'stage', 'phase', 'season', 'episode',
  'round', 'match', 'game', 'group', 'pool', 'lot', 'block', 'district', 'ward', 'precinct', 'zone', 'sector',
  'road', 'street', 'avenue', 'vitamin', 'plan', 'train', 'seat', 'row', 'box', 'rank', 'pay', 'visa', 'code',
  'standard', 'patent', 'no', 'number', 'strain', 'variant',
]);

/**
 * A designation followed directly by one of these nouns is not a system ("an F-1 visa", "a W-2
 * form", "a 3-1 win" is already refused by shape). Compared lower-case.
 */
export const NON_SYSTEM_HEADS: ReadonlySet<string> = new Set([
  'visa', 'visas', 'form', 'forms', 'win', 'wins', 'victory', 'defeat', 'loss', 'lead', 'season', 'record', 'vote',
  'votes', 'majority', 'score', 'draw', 'tie', 'district', 'highway', 'road', 'exit', 'bill', 'filing', 'filings',
  'strain', 'virus', 'vaccine', 'vaccines', 'infection', 'infections', 'pandemic', 'rating', 'grade',
  'students', 'schools', 'school', 'election', 'summit', 'standard', 'million', 'billion', 'trillion', 'percent',
]);

/**
 * The noun a designation modifies ("S-300 ground-to-air missiles", "Pantsir S-1 air defense
 * battery"): shown in the message so the checker sees what the draft says the system is.
 */
export const HEAD_NOUNS: ReadonlySet<string> = new Set([
  'missile', 'missiles', 'system', 'systems', 'battery', 'batteries', 'jet', 'jets', 'fighter', 'fighters',
  'aircraft', 'plane', 'planes', 'airplane', 'airplanes', 'airliner', 'airliners', 'bomber', 'bombers',
  'helicopter', 'helicopters', 'gunship', 'gunships', 'tank', 'tanks', 'rocket', 'rockets', 'launcher', 'launchers',
  'drone', 'drones', 'interceptor', 'interceptors', 'phone', 'phones', 'smartphone', 'smartphones', 'handset',
  'vehicle', 'vehicles', 'car', 'cars', 'truck', 'trucks', 'rifle', 'rifles', 'gun', 'guns', 'howitzer',
  'howitzers', 'warship', 'warships', 'submarine', 'submarines', 'frigate', 'frigates', 'destroyer', 'destroyers',
  'carrier', 'carriers', 'satellite', 'satellites', 'engine', 'engines', 'chip', 'chips', 'processor',
  'processors', 'laptop', 'laptops', 'radar', 'radars', 'complex', 'complexes', 'warhead', 'warheads', 'shell',
  'shells', 'munition', 'munitions', 'round', 'rounds', 'transporter', 'transporters', 'software', 'update',
  'device', 'devices', 'console', 'consoles', 'model', 'models', 'variant', 'variants', 'unit', 'units',
  'platform', 'platforms', 'fleet', 'fleets', 'version', 'versions', 'airframe', 'airframes', 'rover', 'rovers',
  'spacecraft', 'orbiter', 'orbiters', 'lander', 'landers', 'telescope', 'telescopes', 'capsule', 'capsules',
  'carbine', 'carbines',
]);

/**
 * Words that end the search for a head noun: a function word or verb means the noun phrase is
 * over ("S-300s to Syria", "S-300s could have…"). Compared lower-case.
 */
export const PHRASE_BREAKERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'to', 'of', 'and', 'or', 'but', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as', 'into',
  'onto', 'over', 'under', 'than', 'that', 'which', 'who', 'whose', 'this', 'these', 'those', 'it', 'its', 'their',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'can', 'could',
  'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'said', 'says', 'say', 'not', 'no', 'if', 'when',
  'while', 'after', 'before', 'since', 'still', 'also', 'now', 'then', 'so', 'such', 'like',
]);

/**
 * Well-known system names that carry no number and are unambiguous on their own. Each starts with a
 * capital: a lower-case first letter ("iPad") would make the engine try the whole list at every
 * "i" of the text, so such names are families (below).
 */
export const NAMES: readonly string[] = [
  'HIMARS', 'Iron Dome', "David's Sling", 'NASAMS', 'THAAD', 'ATACMS', 'Iskander-M', 'Iskander', 'Kalibr',
  'Kinzhal', 'Storm Shadow', 'Sarmat', 'Oreshnik', 'Starlink', 'Aegis Ashore', 'Eurofighter Typhoon',
  'Scud', 'MRAP', 'JASSM', 'GMLRS', 'SCALP', 'IRIS-T SLM', 'IRIS-T SLS', 'IRIS-T', 'Gepard', 'Taurus KEPD', 'HAWK', 'SAMP/T', 'Gripen',
  'Cybertruck', 'Mustang Mach-E', 'Vision Pro', 'PS5', 'PS4', 'MacBook Air',
  'MacBook Pro', 'AirPods Pro', 'AirPods Max', 'AirPods', 'HomePod', 'Apple TV', 'Apple Watch', 'Zircon', 'Burevestnik', 'Tochka-U', 'Tochka',
];

/** Acronyms among NAMES that are English words when written in title case ("Hawk", "Scalp"). */
export const ACRONYMS_THAT_ARE_WORDS: ReadonlySet<string> = new Set(['HAWK', 'SCALP']);

/**
 * Acronym systems that are also English words in capitals ("HARM" in an all-caps headline):
 * systems only when a head noun follows ("HARM missiles") or written after a designation ("AGM-88 HARM").
 */

/**
 * Names that are systems only when a head noun follows: "Javelin missiles" but not "a javelin
 * thrower" or "the Patriot Act". Matched case-sensitively, so the lower-case word never counts.
 */
export const NAMES_NEEDING_HEAD: readonly string[] = [
  'Javelin', 'Stinger', 'Tomahawk', 'Patriot', 'Harpoon', 'Hellfire', 'Abrams', 'Bradley', 'Reaper', 'Predator',
  'Switchblade', 'Excalibur', 'Kornet', 'Lancet', 'Arrow', 'HARM', 'Shahed', 'Taurus', 'Grad', 'Sparrow', 'Voronezh', 'Leopard', 'Marder', 'Stryker', 'Caesar', 'Krab',
];

/**
 * Words before a plural name that count it as a thing ("two Patriots", "more Javelins"): then no
 * head noun is needed. "the Patriots" stays a football team. Compared lower-case.
 */
export const COUNT_WORDS_BEFORE: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundreds', 'thousands',
  'several', 'more', 'additional', 'extra', 'its', 'their', 'our', 'of', 'supplied', 'send', 'sent', 'sending', 'deliver',
  'delivered', 'delivering', 'fired', 'firing', 'launched', 'with', 'and', 'new', 'older', 'used', 'using', 'made', 'built',
  'developed', 'supplied', 'supply', 'provide', 'provided', 'providing', 'receive', 'received', 'receiving', 'deploy', 'deployed',
  'deploying', 'buy', 'bought', 'buying', 'order', 'ordered', 'acquire', 'acquired', 'transfer', 'transferred', 'operate',
  'operates', 'operated', 'few', 'fewer', 'many', 'some', 'any', 'no', 'these', 'those', 'what', 'which', 'how', 'as', 'than',
]);

/**
 * Families and makers whose model follows them: the family word is part of the name ("Pantsir
 * S-1", "Windows 11", "Boeing 737 MAX"). `model` is a regular-expression source matched right after
 * the family word; it runs sticky and must have no nested quantifiers.
 */
export interface Family {
  name: string;
  model: string;
  /** Canonical text between family and model ("Pantsir-S1" → "Pantsir S-1", "Buk M2" → "Buk-M2"). */
  separator: ' ' | '-' | '';
  /** Write the model as a hyphenated designation in the canonical form ("PAC3" → "PAC-3"). */
  hyphenate: boolean;
  /**
   * The family word is the maker, which copy drops on later mentions ("Boeing 737 MAX", then "737
   * MAX"): the consistency check compares spellings without it.
   */
  maker: boolean;
}

function family(name: string, model: string, separator: Family['separator'] = ' ', hyphenate = false, maker = false): Family {
  return { name, model, separator, hyphenate, maker };
}

/**
 * Models written without their maker and kept as written, as regular-expression sources matched
 * after a word edge: Tesla's "Model Y", Airbus variants ("A350-1000", "A220-300"), Comac's "C919",
 * Nvidia's chips ("H100", "B200": not the bomber shape "B-200"), Apple's chips before a chip word
 * ("M1 chip", "A8 processor"), US military electronics ("AN/TPY-2"), the one-digit M1 and M4 before
 * what they are ("M4 carbine", "M1 Abrams"). No nested quantifiers.
 */
export const MODELS_AS_WRITTEN: readonly string[] = [
  'Model [3SXY]',
  'A[23]\\d0-\\d{3,4}(?:neo)?',
  'C9[12]9',
  'GB200|[HBA]100|[HB]200|H[28]00|H20',
  '(?:M[1-9]|A(?:[4-9]|1\\d)X?)(?= (?:chips?|processors?)\\b)',
  'M[1-9] (?:Pro|Max|Ultra)',
  'M1 (?:Abrams|Garand)',
  'M[14](?= (?:carbines?|rifles?|tanks?)\\b)',
  'AN\\/[A-Z]{3}-\\d{1,3}[A-Z]?',
];

/** Boeing's models as written with or without the maker: "737 MAX 8", "737 Max", "737-800", "787 Dreamliner", "777X". */
export const BOEING_MODEL = '7[0-8]7(?:-\\d{1,3}[A-Z]{0,2}|X)?(?: ?(?:MAX|Max)(?: ?(?:10|[7-9]))?| Dreamliner)?';

/** A designation after a maker ("Sukhoi Su-57", "Lockheed Martin F-35A"). */
const CODE = ' [A-Z][A-Za-z]{0,4}[- ]?\\d{1,4}[A-Z]{0,3}';

export const FAMILIES: readonly Family[] = [
  family('Boeing', ` ${BOEING_MODEL}`, ' ', false, true),
  family('Airbus', ' A\\d{3}(?:neo|ceo|plus|-\\d{3,4}(?:neo)?|XWB|XLR|LR)?', ' ', false, true),
  family('Embraer', ' (?:E|ERJ-?)?\\d{3}(?:-E2)?', ' ', false, true),
  family('Cessna', ' \\d{3}', ' ', false, true),
  family('ATR', ' \\d{2}(?:-\\d{3})?', ' ', false, true),
  family('Comac', ' C9\\d9', ' ', false, true),
  family('Gulfstream', ' G\\d{3,4}(?:ER)?', ' ', false, true),
  family('Bombardier', ' (?:CRJ-?\\d{3,4}|Global \\d{4}|Challenger \\d{3}|Dash 8(?:-\\d{3})?)', ' ', false, true),
  family('Dash', ' 8(?:-\\d{3})?'),
  family('PzH', ' 2000'),
  ...['Sukhoi', 'Mikoyan', 'Tupolev', 'Ilyushin', 'Antonov', 'Lockheed Martin', 'Northrop Grumman'].map((maker) => family(maker, CODE, ' ', true, true)),
  family('Pantsir', '[- ](?:S-?1M?|SM(?:-SV)?)', ' ', true),
  family('Patriot', ' PAC-?\\d(?: MSE)?', ' ', true),
  family('Buk', '[- ]M\\d(?:-\\d)?', '-'),
  family('Arrow', '[- ][234]'),
  family('Tor', '[- ]M\\d(?:[A-Z]{1,2})?', '-'),
  family('Bayraktar', ' (?:TB\\d|Akinci)'),
  family('Shahed', '-\\d{3}', '-'),
  family('Leopard', ' \\d(?:A\\d)?'),
  family('Challenger', ' [23]'),
  family('Windows', ' (?:\\d{1,2}|XP|Vista)'),
  family('iPad', ' (?:Air|Pro|mini)(?: \\d{1,2})?'),
  family('iPhone', ' ?(?:\\d{1,2}|XS|XR|X|SE)(?: Pro Max| Pro| Plus| Max| mini)?'),
  family('Galaxy', ' (?:S\\d{1,2}|A\\d{2}|Note ?\\d{1,2}|Z (?:Fold|Flip) ?\\d)(?: Ultra| Plus| FE|\\+)?'),
  family('Pixel', ' \\d{1,2}a?(?: Pro(?: XL)?| XL)?'),
  family('Tesla', ' (?:Model [3SXY]|Cybertruck|Semi)', ' ', false, true),
  family('Nvidia', ' (?:GB|[HBAL])\\d{2,3}', ' ', false, true),
  family('GPT', '-\\d(?:\\.\\d)?(?:o(?: mini)?| Turbo)?', '-'),
  family('Llama', ' \\d(?:\\.\\d)?'),
  family('Gemini', ' \\d(?:\\.\\d)?(?: (?:Pro|Ultra|Flash|Nano))?'),
  family('Claude', ' \\d(?:\\.\\d)?(?: (?:Opus|Sonnet|Haiku))?'),
  family('Snapdragon', ' (?:\\d Gen \\d|\\d{3})'),
  family('Kirin', ' \\d{3,4}'),
  family('Exynos', ' \\d{3,4}'),
  family('Dimensity', ' \\d{3,4}'),
  family('Tensor', ' G\\d'),
  family('Core', ' i[3579](?:-\\d{4,5}[A-Z]{0,2})?'),
  family('Ryzen', ' [3579](?: \\d{4}[A-Z]{0,2})?'),
  family('Switch', ' 2'),
  family('Apple Watch', ' (?:Series \\d{1,2}|Ultra(?: \\d)?|SE)', ' ', false, true),
  family('Apple', ' (?:A\\d{1,2}X?(?: Bionic| Pro| Fusion)?|M[1-9](?: Pro| Max| Ultra)?)', ' ', false, true),
  family('PlayStation', ' ?\\d(?: Pro| Slim)?'),
  family('Xbox', ' (?:360|One(?: [XS])?|Series [XS])'),
  family('Android', ' \\d{1,2}(?:\\.\\d)?'),
  family('iOS', ' \\d{1,2}(?:\\.\\d)?'),
  family('macOS', ' \\d{2}(?:\\.\\d)?'),
];

/**
 * Names a story gives a missile or a spacecraft by its type ("the Anchor target missile", "a Sapsan
 * ballistic missile", "NASA's Curiosity rover"): a capitalized word after an article or a
 * possessive, right before one of these. Nationalities and
 * places before the same words ("Iranian ballistic missiles", "Soviet cruise missiles") are refused
 * in families.ts by their endings and by NOT_TYPE_NAMES.
 */
export const TYPE_NOUNS: readonly string[] = [
  'target missile', 'target missiles', 'cruise missile', 'cruise missiles', 'ballistic missile', 'ballistic missiles',
  'hypersonic missile', 'hypersonic missiles', 'anti-ship missile', 'anti-ship missiles', 'interceptor missile',
  'interceptor missiles', 'target drone', 'target drones', 'rover', 'spacecraft', 'space probe', 'orbiter',
  'lander', 'Space Telescope', 'space telescope', 'capsule', 'space station',
  // Products a story names by what they are: "Amazon's Fire phone", "the Kindle e-reader".
  'phone', 'phones', 'smartphone', 'smartphones', 'tablet', 'tablets', 'smartwatch', 'e-reader', 'console', 'laptop',
  'drone', 'drones',
];

/** Capitalized words before a type noun that are not a system's name. */
export const NOT_TYPE_NAMES: ReadonlySet<string> = new Set([
  'Soviet', 'Western', 'Eastern', 'Northern', 'Southern', 'Allied', 'Arab', 'Dutch', 'Greek', 'Thai', 'Swiss', 'Gulf',
  'Army', 'Navy', 'Air', 'Force', 'Pentagon', 'Kremlin', 'New', 'Israel', 'Iran', 'Russia', 'China', 'Houthi', 'Hamas',
  'Hezbollah', 'Taliban', 'Yemen', 'Syria', 'Ukraine', 'Korea', 'American', 'US', 'U.S.', 'NATO', 'The', 'A', 'An',
  'Mars', 'Moon', 'Lunar', 'Space', 'International', 'European', 'NASA', 'Japan', 'India', 'Boeing', 'Airbus', 'SpaceX',
  'Lockheed', 'Northrop',
  // Makers and platforms before a product noun: "the Apple phone", "an Android tablet".
  'Apple', 'Samsung', 'Google', 'Amazon', 'Microsoft', 'Sony', 'Huawei', 'Xiaomi', 'Nokia', 'Motorola', 'Android', 'Windows',
  'Nintendo', 'Lenovo', 'Dell', 'Asus', 'Acer', 'Honor', 'Oppo', 'Vivo', 'Meta', 'Chinese', 'Korean', 'Budget', 'Flagship',
  'Mobile', 'Smart', 'Military', 'Police', 'Attack', 'Suicide', 'Kamikaze', 'Spy', 'Surveillance', 'Combat', 'Delivery',
]);

/**
 * Popular names written right after a designation, which then belong to it: "MQ-9 Reaper",
 * "F-22 Raptor", "UH-60 Black Hawk", "S-400 Triumf". Without this, "Reaper" would be a second claim.
 */
export const NICKNAMES: readonly string[] = [
  'HARM',
  'Reaper', 'Predator', 'Raptor', 'Lightning II', 'Hornet', 'Super Hornet', 'Growler', 'Black Hawk', 'Apache',
  'Chinook', 'Hercules', 'Globemaster III', 'Stratofortress', 'Spirit', 'Abrams', 'Bradley', 'Flanker', 'Fulcrum',
  'Felon', 'Triumf', 'Warthog', 'Thunderbolt II', 'Fighting Falcon', 'Strike Eagle', 'Eagle', 'Osprey', 'Hawkeye',
  'Global Hawk', 'Poseidon', 'Viper', 'Blackjack', 'Backfire', 'Bear', 'Havoc', 'Hind', 'Alligator', 'Favorit',
  'Sentry', 'Tomcat', 'Harrier', 'Nighthawk', 'Kiowa', 'Stryker', 'Paladin', 'Armata', 'Lightning', 'Tochka-U', 'Tochka',
  'Scarab', 'Scud',
];
