import { DETERMINERS, PARTICLES, SUFFIXES, TITLES } from './name-words.js';

/** A person's name read into folded parts: titles and suffixes gone, every word a folded key. */
export interface ParsedName {
  /** Every remaining word, folded, in order. */
  words: string[];
  /** The first word that is neither a particle nor the surname; null for a surname alone ("Mrs. Clinton"). */
  given: string | null;
  /** Words between the given name and the surname, particles excluded ("rodham"). */
  middles: string[];
  /** The last word. */
  surname: string;
}

interface RawWord {
  text: string;
  hyphenatedToNext: boolean;
}

/** Letters that NFKD does not decompose into a base letter and a mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ı: 'i', þ: 'th', Þ: 'Th',
};

/** Strips accents and apostrophes, splits on anything that is not a letter or digit. */
function rawWords(name: string): RawWord[] {
  const plain = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øØłŁđĐßæÆœŒıþÞ]/gu, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(/\bU\.\s?[SKN]\./gu, ' ')
    .replace(/['’ʼ`]s\b/gu, '')
    .replace(/['’ʼ`]/gu, '');
  const words: RawWord[] = [];
  for (const m of plain.matchAll(/([\p{L}\p{N}]+)([^\p{L}\p{N}]*)/gu)) {
    words.push({ text: m[1] ?? '', hyphenatedToNext: /^[-‐‑–]$/u.test(m[2] ?? '') });
  }
  return words;
}

/**
 * Folds one word so common transliterations of it meet: ph→f, kh→ch, ck→k, ks→x, w→v (not at the
 * end: Maddow is not Madoff), j→y,
 * a vowel y→i, doubled letters once (never digits), a final -of/-ef→-ov/-ev. Zelenskyy, Zelenskiy, Zelenskii,
 * Zelensky → "zelenski"; Peskoff → "peskov"; Chodorkowski, Khodorkovsky → "chodorkovski".
 * `open`: the word may go on (a half-typed name), so no rule that needs its end applies.
 */
export function foldWord(word: string, open = false): string {
  const folded = word
    .toLowerCase()
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'ch')
    .replace(/ck/g, 'k')
    .replace(/ks/g, 'x')
    .replace(open ? /w/g : /w(?=.)|^w$/g, 'v')
    .replace(/j/g, 'y')
    .replace(open ? /y(?=[^aeiou])/g : /y(?![aeiou])/g, 'i')
    // Letters only: doubled digits are a different number ("Person17" is not "Person1177").
    .replace(/(\p{L})\1+/gu, '$1');
  return open ? folded : folded.replace(/([oe])f$/, '$1v');
}

/** True when the word is a surname particle here: "al" only when lowercase or hyphenated ("al-Assad", not "Al Gore"). */
function isParticle(word: RawWord): boolean {
  const lower = word.text.toLowerCase();
  if (!PARTICLES.has(lower)) return false;
  if (lower !== 'al' && lower !== 'el') return true;
  return word.hyphenatedToNext || word.text === lower;
}

/** Reads a person's name: strips titles (and what precedes them) and suffixes, never the last word left. */
export function parseName(name: string): ParsedName {
  const raw = rawWords(name);
  let last = raw.length - 1;
  while (last > 0 && SUFFIXES.has(raw[last]!.text.toLowerCase())) last -= 1;
  // Everything up to the last title word goes: "Former Arkansas Gov. Mike Huckabee" → Mike Huckabee.
  let first = 0;
  while (first < last && DETERMINERS.has(raw[first]!.text.toLowerCase())) first += 1;
  for (let i = first; i < last; i += 1) if (TITLES.has(raw[i]!.text.toLowerCase())) first = i + 1;
  const kept = raw.slice(first, last + 1);
  const words = kept.map((w) => foldWord(w.text));
  const surname = words[words.length - 1] ?? '';
  const rest = kept.slice(0, -1).flatMap((w, i) => (isParticle(w) ? [] : [words[i]!]));
  return { words, given: rest[0] ?? null, middles: rest.slice(1), surname };
}

/**
 * The identity key of a person's name: case, accents, punctuation, titles, suffixes and common
 * transliteration variants ignored. "ZELENSKYY", "Zelenskiy" → "zelenski"; "Mrs. Clinton" → "clinton".
 */
export function nameKey(name: string): string {
  return parseName(name).words.join(' ');
}

/** The folded surname (last word after titles and suffixes): "Hillary Rodham Clinton" → "clinton". */
export function surnameKey(name: string): string {
  return parseName(name).surname;
}

/** The words of a name with accents, apostrophes and punctuation gone, case kept. */
export const plainWords = (name: string): string[] => rawWords(name).map((w) => w.text);

/**
 * The key of a source that is not a named person ("a European diplomat", "the Kremlin"): folded
 * words without title stripping, a leading article dropped.
 */
export function sourceKey(name: string): string {
  const words = rawWords(name).map((w) => foldWord(w.text));
  if (words.length > 1 && DETERMINERS.has(words[0]!)) words.shift();
  return words.join(' ');
}
