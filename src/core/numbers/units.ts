/**
 * What a figure measures: currencies (symbols before it, words after it), percentages, measures
 * with their units, rates ("a day") and hedges ("about"). Data only, so tuning never touches the
 * scanner's logic. Unit keys are lower case; values are the canonical units a value reports.
 */

/** Currency symbols and codes written before a figure, longest first where one is a prefix of another; codes and wire abbreviations ("dlrs") take a space. */
export const CURRENCY_PREFIXES: readonly [string, string][] = [
  ['US$', 'USD'], ['C$', 'CAD'], ['A$', 'AUD'], ['NZ$', 'NZD'], ['HK$', 'HKD'], ['S$', 'SGD'], ['R$', 'BRL'],
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₩', 'KRW'], ['₴', 'UAH'],
  ['dlrs', 'USD'], ['Dlrs', 'USD'], ['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['JPY', 'JPY'], ['CHF', 'CHF'], ['RUB', 'RUB'], ['CNY', 'CNY'],
];

/** Currency words after a figure ("12 million rubles"). "won" and "pounds" are read only after a scale word. */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR', franc: 'CHF', francs: 'CHF', peso: 'MXN',
  pesos: 'MXN', hryvnia: 'UAH', hryvnias: 'UAH', lira: 'TRY', liras: 'TRY', shekel: 'ILS', shekels: 'ILS', rand: 'ZAR',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', sterling: 'GBP', cents: 'USD', cent: 'USD', marks: 'DEM', deutsche: 'DEM', guilders: 'NLG', guilder: 'NLG', lire: 'ITL',
};
/** Read as currency only after a scale ("12 million pounds", "3 billion won"): alone they are a weight and a verb. */
export const CURRENCY_AFTER_SCALE: Record<string, string> = { pounds: 'GBP', won: 'KRW' };

/** Percent forms after a figure. */
export const PERCENT_WORDS = new Set(['percent', 'per cent', 'pct']);
export const POINT_WORDS = new Set(['percentage points', 'percentage point', 'points']);

/** Measure units after a figure, with their canonical symbol. */
export const MEASURE_UNITS: Record<string, string> = {
  km: 'km', kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km',
  mile: 'mi', miles: 'mi', mi: 'mi', meter: 'm', meters: 'm', metre: 'm', metres: 'm',
  centimeter: 'cm', centimeters: 'cm', centimetre: 'cm', centimetres: 'cm', cm: 'cm', mm: 'mm', millimeters: 'mm', millimetres: 'mm',
  foot: 'ft', feet: 'ft', ft: 'ft', inch: 'in', inches: 'in', yard: 'yd', yards: 'yd',
  kg: 'kg', kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg', gram: 'g', grams: 'g', lb: 'lb', lbs: 'lb',
  ton: 't', tons: 't', tonne: 't', tonnes: 't', 'metric tons': 't', 'metric tonnes': 't', pound: 'lb', ounce: 'oz', ounces: 'oz',
  liter: 'l', liters: 'l', litre: 'l', litres: 'l', gallon: 'gal', gallons: 'gal', barrel: 'bbl', barrels: 'bbl',
  acre: 'acre', acres: 'acre', hectare: 'ha', hectares: 'ha', 'square miles': 'mi²', 'square mile': 'mi²',
  'square kilometers': 'km²', 'square kilometres': 'km²', 'square feet': 'ft²', 'square meters': 'm²', 'square metres': 'm²',
  mph: 'mph', 'km/h': 'km/h', kph: 'km/h', knots: 'kn', degrees: '°', mw: 'MW', megawatts: 'MW', gw: 'GW', gigawatts: 'GW',
  point: 'point', points: 'point', kw: 'kW', kilowatts: 'kW', kwh: 'kWh', volts: 'V', calories: 'kcal',
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour', day: 'day', days: 'day',
  week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year', decade: 'decade', decades: 'decade',
};
/** Units that may be glued to the figure ("415km", "3kg", "60mph"). */
export const GLUED_UNITS = new Set(['km', 'kg', 'mm', 'cm', 'mi', 'ft', 'lb', 'lbs', 'mph', 'kph', 'mw', 'gw', 'kw', 'kwh', 'g', 'm', 't']);

/** The period or base of a rate after a quantity ("a day", "per year", "per capita"). */
export const PER_WORDS: Record<string, string> = {
  second: 'second', minute: 'minute', hour: 'hour', day: 'day', night: 'night', week: 'week', month: 'month',
  year: 'year', decade: 'decade', share: 'share', capita: 'person', person: 'person', head: 'person', household: 'household',
};
export const PER_ADVERBS: Record<string, string> = { daily: 'day', weekly: 'week', monthly: 'month', annually: 'year', yearly: 'year', hourly: 'hour' };

/** Hedges before a figure that make it approximate. Longest first. */
export const HEDGES: readonly string[] = [
  'an estimated', 'more than', 'less than', 'fewer than', 'close to', 'upwards of', 'at least', 'at most', 'up to',
  'just over', 'just under', 'well over', 'roughly', 'approximately', 'around', 'about', 'nearly', 'almost', 'some',
  'over', 'under', 'estimated', 'approx.', 'circa', 'c.', 'only about',
];
