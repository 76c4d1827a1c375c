/**
 * Word lists the sentence splitter consults at a candidate boundary ("word. Next").
 * All lower-case, without the final period.
 */

/** Titles always followed by a name: "Mr. Smith", "Sen. Jones", "Lt. Col. Smith" never end a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'sens', 'gov', 'govs', 'rep', 'reps', 'gen', 'lt', 'col',
  'maj', 'capt', 'cpt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'rev', 'fr', 'hon', 'pres', 'supt',
  'det', 'insp', 'st', 'ste', 'mt', 'ft', 'messrs', 'mmes', 'atty', 'amb', 'secy', 'sec',
]);

/** Month names that take a number: "Jan. 5" never ends a sentence. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Abbreviations that take a number: "No. 2", "Vol. 3", "pp. 12". */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'vol', 'vols', 'pp', 'p', 'fig', 'art', 'ch', 'sec', 'op', 'para', 'ed',
]);

/**
 * Abbreviations that may end a sentence or sit inside one ("Acme Inc. said", "Calif. in 1970",
 * "in the U.S. The Fed"): a boundary only when the next word is a usual sentence opener.
 */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'etc', 'vs', 'v', 'al', 'approx', 'est', 'dept', 'univ',
  'assn', 'ave', 'blvd', 'rd', 'hwy', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga',
  'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb',
  'nev', 'okla', 'ore', 'pa', 'penn', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'dem', 'gop', 'jr', 'sr',
]);

/**
 * Words that usually open a sentence. After an acronym ("U.S.", "a.m.") or an ambiguous
 * abbreviation, a capitalised word in this list means a new sentence; any other capitalised
 * word ("U.S. President", "U.N. Security Council") is taken as a name inside the same sentence.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our',
  'my', 'your', 'this', 'that', 'these', 'those', 'there', 'here', 'but', 'and', 'or', 'so', 'yet',
  'in', 'on', 'at', 'for', 'from', 'with', 'by', 'after', 'before', 'during', 'since', 'until', 'when',
  'while', 'if', 'as', 'although', 'though', 'because', 'however', 'meanwhile', 'still', 'now', 'then',
  'some', 'many', 'most', 'all', 'no', 'not', 'one', 'two', 'both', 'each', 'other', 'others', 'what',
  'who', 'why', 'how', 'where', 'which', 'asked', 'instead', 'also', 'even', 'last', 'next', 'earlier',
  'later', 'today', 'yesterday', 'officials', 'critics', 'experts', 'analysts', 'according',
]);

/** Words that follow "a.m."/"p.m." inside a sentence: "9 a.m. Thursday", "5 p.m. ET". */
export const TIME_FOLLOWERS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'et', 'est', 'edt', 'pt',
  'pst', 'pdt', 'ct', 'cst', 'cdt', 'mt', 'gmt', 'utc', 'bst', 'cet', 'local',
]);
