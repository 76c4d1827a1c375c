import { foldWord, parseName, type ParsedName } from './name-key.js';
import { NICKNAMES } from './name-words.js';

const NICKNAME_KEYS: ReadonlyMap<string, string> = new Map(NICKNAMES.map(([nick, full]) => [foldWord(nick), foldWord(full)]));

const formalGiven = (given: string): string => NICKNAME_KEYS.get(given) ?? given;

/** "h" matches "hilari"; "bil" matches "viliam"; "hilari" matches "hilari". */
function givenNamesAgree(a: string, b: string): boolean {
  if (a === b || formalGiven(a) === formalGiven(b)) return true;
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return false;
}

/** Middle names are ignored unless both names have one and the first ones disagree (George W. vs George H. W. Bush). */
function middlesAgree(a: string[], b: string[]): boolean {
  const [ma, mb] = [a[0], b[0]];
  return ma === undefined || mb === undefined || givenNamesAgree(ma, mb);
}

/** True when `tail` is the last words of `words` ("Wasserman Schultz" in "Debbie Wasserman Schultz"). */
function endsWith(words: string[], tail: string[]): boolean {
  if (tail.length === 0 || tail.length > words.length) return false;
  const offset = words.length - tail.length;
  return tail.every((w, i) => words[offset + i] === w);
}

/** Same-person test on parsed names; see {@link sameSpeaker}. */
export function sameParsedSpeaker(a: ParsedName, b: ParsedName): boolean {
  if (a.surname === '' || a.surname !== b.surname) return false;
  if (a.given === null || b.given === null) return true;
  if (endsWith(a.words, b.words) || endsWith(b.words, a.words)) return true;
  return givenNamesAgree(a.given, b.given) && middlesAgree(a.middles, b.middles);
}

/** True when `name` agrees with each of `names` (a stored speaker's identity and shown spellings). */
export const agreesWithAll = (name: ParsedName, names: readonly ParsedName[]): boolean => names.every((n) => sameParsedSpeaker(name, n));

/**
 * True when two spellings can name one person: same folded surname, and given names that agree
 * when both have one (equal, an initial of the other, or a known nickname: Bill = William).
 * Titles are ignored and a surname alone matches every full name with that surname, so
 * "Hillary Clinton" = "Clinton" = "Mrs. Clinton" = "Hillary Rodham Clinton", but not "Bill Clinton".
 */
export function sameSpeaker(a: string, b: string): boolean {
  return sameParsedSpeaker(parseName(a), parseName(b));
}
