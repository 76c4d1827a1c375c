import { SPEECH_VERBS } from '../quotes/speech-verbs.js';
import type { Token } from '../quotes/tokenize-paragraph.js';
import {
  FEMALE_NAMES, FEMALE_ROLES, HONORIFICS, MALE_NAMES, MALE_ROLES, NAME_CONNECTORS, NAME_SUFFIXES, NON_NAME_WORDS,
  NATIONALITIES, ORG_WORDS, PERSON_TITLES, PLACE_WORDS, ROLE_NOUNS, TITLE_WORDS,
} from './name-lexicon.js';

export type Gender = 'm' | 'f' | null;

/** A run of capitalised words split into its title part and its name part. */
export interface ParsedNameRun {
  /** Tokens of the name itself, titles and honorifics folded out. */
  name: Token[];
  /** Tokens of the role before the name (titles, nationality, lowercase role nouns), possibly empty. */
  role: Token[];
  kind: 'person' | 'organization' | 'place' | 'title-only';
  gender: Gender;
}

const bare = (t: Token): string => t.lower.replace(/\./gu, '');
const isTitle = (t: Token): boolean => TITLE_WORDS.has(bare(t)) || TITLE_WORDS.has(t.lower);
const isNationality = (t: Token, next: Token | undefined): boolean =>
  t.cap && /(?:an|ese|ish|ian|i|ch)$/u.test(t.lower) && next !== undefined && (isTitle(next) || ROLE_NOUNS.has(next.lower));
/** A middle initial ("Neil A. Armstrong", "Samuel A. Alito Jr."): a name word, never the article "a". */
const isInitial = (t: Token): boolean => /^\p{Lu}\.$/u.test(t.text);
const isAcronym = (t: Token): boolean => /^\p{Lu}{2,}$/u.test(t.text.replace(/\./gu, '')) && t.text.length <= 6;

/** True for a word that can be part of a capitalised name run. */
export function isNameWord(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  if (t.kind !== 'word') return false;
  if (t.cap) return true;
  // "de", "van", "of" (Secretary of State) sit between two capitalised words.
  return (NAME_CONNECTORS.has(t.lower) || t.lower === 'of') && prev?.cap === true && next?.cap === true && next.kind === 'word';
}

function genderOf(name: Token[], role: Token[], honorific: Token | undefined): Gender {
  const roleWords = [...role, ...(honorific ? [honorific] : [])].map(bare);
  if (roleWords.some((w) => FEMALE_ROLES.has(w))) return 'f';
  if (roleWords.some((w) => MALE_ROLES.has(w))) return 'm';
  if (name.length >= 2) {
    const first = bare(name[0]!);
    const male = MALE_NAMES.has(first);
    const female = FEMALE_NAMES.has(first);
    if (male !== female) return male ? 'm' : 'f';
    if (/(?:ova|eva|ina|aya|ska)$/u.test(bare(name[name.length - 1]!))) return 'f';
  }
  return null;
}

/**
 * Index of the last title in run[from..] that still leaves a name after it (two words, or one after
 * an abbreviation such as "Gov."), when the words before it are capitalised; else -1. "Martin Luther
 * King Jr." and "Stephen King" leave no name after "King".
 */
function orgTitleEnd(run: Token[], from: number): number {
  for (let k = Math.min(run.length - 2, from + 6); k > from; k -= 1) {
    const t = run[k]!;
    if ((!isTitle(t) && !HONORIFICS.has(bare(t))) || t.lower === 'of') continue;
    const rest = run.slice(k + 1).filter((r) => !NAME_SUFFIXES.has(r.lower));
    if (rest.length >= 2 || (rest.length === 1 && t.text.endsWith('.'))) {
      return run.slice(from, k).every((r) => r.cap && !isInitial(r)) ? k : -1;
    }
  }
  return -1;
}

/** Splits a run of name words into role and name, and says what it names. */
export function parseNameRun(run: Token[], before: Token[] = []): ParsedNameRun {
  let i = 0;
  const roleInRun: Token[] = [];
  let honorific: Token | undefined;
  // Sentence openers are no part of a name: "Despite", "The", "Stated" (in "Stated Stone:").
  const placeNamedNew = (j: number): boolean => run[j]!.lower === 'new' && PLACE_WORDS.has(run[j + 1]?.lower ?? '');
  while (i < run.length && ((NON_NAME_WORDS.has(bare(run[i]!)) && !isTitle(run[i]!) && !isInitial(run[i]!) && !placeNamedNew(i)) || (i === 0 && run.length > 1 && SPEECH_VERBS.has(run[i]!.lower)) || (i === 0 && /^\p{Lu}\p{Ll}+ing$/u.test(run[i]!.text) && !isTitle(run[i]!)))) i += 1;
  for (; i < run.length; i += 1) {
    const t = run[i]!;
    const restHasName = run.slice(i + 1).some((r) => !isTitle(r) && !HONORIFICS.has(bare(r)));
    if (!restHasName) break;
    if (HONORIFICS.has(bare(t))) honorific = t;
    else if (isTitle(t) || isNationality(t, run[i + 1]) || t.lower === 'of') roleInRun.push(t);
    else break;
  }
  // "Ohio Gov. John Kasich", "NFL Commissioner Roger Goodell", "Justice Department Inspector General
  // Michael Horowitz": an organisation or place before the title is part of the role.
  const k = orgTitleEnd(run, i);
  if (k > i) {
    for (const t of run.slice(i, k + 1)) {
      if (HONORIFICS.has(bare(t))) honorific = t;
      else if (!/^\p{Lu}{6,}$/u.test(t.text)) roleInRun.push(t); // not a dateline ("WASHINGTON")
    }
    i = k + 1;
    while (i < run.length - 1 && (isTitle(run[i]!) || HONORIFICS.has(bare(run[i]!)))) {
      if (HONORIFICS.has(bare(run[i]!))) honorific = run[i];
      else roleInRun.push(run[i]!);
      i += 1;
    }
  }
  let name = run.slice(i).filter((t) => !HONORIFICS.has(bare(t)));
  // "Chuck Schumer of New York", "George Zornick of The Nation": the person is the part before "of"
  // ("Bank of America", "United States of America" stay whole).
  const of = name.findIndex((t, k) => k >= 2 && t.lower === 'of');
  if (of > 0 && name.slice(0, of).every((t) => !ORG_WORDS.has(bare(t)) && !PLACE_WORDS.has(bare(t)) && !NON_NAME_WORDS.has(bare(t)) && !isTitle(t))) name = name.slice(0, of);
  // Lowercase role nouns and a capitalised organisation right before the run belong to the role.
  const lead: Token[] = [];
  for (let j = before.length - 1; j >= 0 && lead.length < 6; j -= 1) {
    const t = before[j]!;
    if (t.kind !== 'word' || t.possessive) break;
    if (ROLE_NOUNS.has(t.lower) || isTitle(t) || (t.cap && !NON_NAME_WORDS.has(t.lower)) || /^(?:top|senior|former|chief|campaign)$/u.test(t.lower)) lead.unshift(t);
    else break;
  }
  const role = lead.some((t) => !t.cap || ROLE_NOUNS.has(t.lower) || isTitle(t)) ? [...lead, ...roleInRun] : roleInRun;
  const words = name.map(bare);
  let kind: ParsedNameRun['kind'] = 'person';
  if (name.length === 0) kind = 'title-only';
  else if (words.some((w) => ORG_WORDS.has(w)) || (name.length === 1 && isAcronym(name[0]!))) kind = 'organization';
  else if (words.some((w) => /(?:americans?|-born|-based)$/u.test(w))) kind = 'place';
  else if (words.every((w) => PLACE_WORDS.has(w) || NATIONALITIES.has(w) || NAME_CONNECTORS.has(w) || w === 'of')) kind = 'place';
  else if (name.length > 4 || words.some((w, k) => NON_NAME_WORDS.has(w) && !isInitial(name[k]!))) kind = 'organization';
  const gender = kind === 'person' ? genderOf(name, role, honorific) : null;
  // A lone word after "Republican National" is no person; after "Sen." or "President" it is.
  const titled = role.some((t) => PERSON_TITLES.has(bare(t)) || ROLE_NOUNS.has(t.lower)) || honorific !== undefined;
  return { name, role: name.length === 1 && !titled ? [] : role, kind, gender };
}
