/**
 * Word lists for reading people's names. Titles are stripped from the front of a name, suffixes
 * from its end, particles ("von", "al") are never a given name; nicknames map to one given name.
 */

/** Honorifics, offices and ranks written before a name ("Mrs.", "Sen.", "Foreign Minister"); a name starts after the last one. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'rev', 'reverend', 'father', 'rabbi', 'imam', 'sheikh', 'pope', 'king', 'queen', 'prince', 'princess',
  'president', 'pres', 'vice', 'prime', 'minister', 'foreign', 'secretary', 'sec', 'of', 'state',
  'chancellor', 'premier', 'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman',
  'gov', 'governor', 'mayor', 'judge', 'justice', 'attorney', 'ambassador', 'speaker', 'leader',
  'spokesman', 'spokeswoman', 'spokesperson', 'deputy', 'chief', 'former', 'ex', 'us', 'hon',
  'gen', 'general', 'adm', 'admiral', 'capt', 'captain', 'col', 'colonel', 'lt', 'sgt', 'cmdr',
  'commander', 'maj', 'candidate', 'nominee', 'presidential', 'hopeful', 'gop', 'democratic', 'republican',
  'billionaire', 'businessman', 'businesswoman', 'actor', 'actress', 'author', 'comedian', 'rival', 'house',
  'senate', 'majority', 'minority', 'whip', 'chairman', 'chairwoman', 'chair', 'ceo',
]);

/** Articles and numbers that may open a name ("the President", "one European diplomat"); only ever stripped at the front. */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'one']);

/** Written after a name ("Jr.", "III", "PhD"). */
export const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);

/** Surname particles: part of the surname's spelling, never a given name ("Ursula von der Leyen"). */
export const PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'der', 'den', 'du',
  'la', 'le', 'van', 'von', 'ter', 'ten', 'st',
]);

/** Common English nicknames (as written) and the given name they stand for. */
export const NICKNAMES: ReadonlyArray<readonly [string, string]> = [
  ['bill', 'william'], ['billy', 'william'], ['will', 'william'], ['willie', 'william'], ['liam', 'william'],
  ['bob', 'robert'], ['bobby', 'robert'], ['rob', 'robert'], ['robbie', 'robert'], ['bert', 'robert'],
  ['dick', 'richard'], ['rick', 'richard'], ['ricky', 'richard'], ['rich', 'richard'],
  ['mike', 'michael'], ['mikey', 'michael'], ['jim', 'james'], ['jimmy', 'james'], ['jamie', 'james'],
  ['joe', 'joseph'], ['joey', 'joseph'], ['tom', 'thomas'], ['tommy', 'thomas'], ['chris', 'christopher'],
  ['ted', 'edward'], ['ed', 'edward'], ['eddie', 'edward'], ['dan', 'daniel'], ['danny', 'daniel'],
  ['dave', 'david'], ['steve', 'steven'], ['stephen', 'steven'], ['tony', 'anthony'], ['nick', 'nicholas'],
  ['ben', 'benjamin'], ['bernie', 'bernard'], ['chuck', 'charles'], ['charlie', 'charles'], ['hank', 'henry'],
  ['jack', 'john'], ['johnny', 'john'], ['liz', 'elizabeth'], ['beth', 'elizabeth'], ['betsy', 'elizabeth'],
  ['kathy', 'katherine'], ['kate', 'katherine'], ['sue', 'susan'], ['pat', 'patrick'], ['matt', 'matthew'],
  ['rudy', 'rudolph'], ['newt', 'newton'], ['jeb', 'john'], ['larry', 'lawrence'], ['jerry', 'gerald'],
];
