import type { SpeakerCount } from '../ports/article-store.js';
import { editDistanceWithin } from './edit-distance.js';
import { nameKey } from './name-key.js';
import { prefixKeys } from './prefix-keys.js';
import { byName } from './speaker-record.js';

/** A speaker the index can suggest: its stored id, shown name, quote count and name key. */
export interface IndexedSpeaker {
  id: number;
  name: string;
  quotes: number;
  key: string;
}

/** One distinct string speakers are known by (a whole key or one of its words), with who has it. */
interface IndexedString {
  text: string;
  /** Which characters it holds (see `charMask`), for a cheap lower bound on edit distance. */
  mask: number;
  /** Usually one; a plain array keeps a bulk load light. */
  ids: number[];
}

interface Scored {
  speaker: IndexedSpeaker;
  prefix: boolean;
  distance: number;
}

/** One bit per letter a–z, digits share six bits, anything else one: collisions only weaken the bound, never break it. */
function charBit(code: number): number {
  if (code >= 97 && code <= 122) return 1 << (code - 97);
  if (code >= 48 && code <= 57) return 1 << (26 + ((code - 48) % 5));
  return 1 << 31;
}

function charMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i += 1) mask |= charBit(text.charCodeAt(i));
  return mask;
}

/** Characters of `text` whose bit `other` lacks: each needs at least one edit, so this never exceeds the edit distance. */
function missingFrom(text: string, other: number): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) if ((charBit(text.charCodeAt(i)) & other) === 0) n += 1;
  return n;
}

/** Above this many new strings, re-sorting all of them beats inserting each. */
const BULK = 64;

const byCount = (a: SpeakerCount, b: SpeakerCount): number => b.quotes - a.quotes || byName(a.name, b.name);
const byScore = (a: Scored, b: Scored): number => Number(b.prefix) - Number(a.prefix) || a.distance - b.distance || byCount(a.speaker, b.speaker);

/** Keeps the `n` smallest items by `compare`, in order: a bounded insertion, no sort of the whole list. */
function keepBest<T>(best: T[], item: T, n: number, compare: (a: T, b: T) => number): void {
  if (n === 0 || (best.length === n && compare(item, best[n - 1]!) >= 0)) return;
  let i = best.length === n ? n - 1 : best.length;
  while (i > 0 && compare(item, best[i - 1]!) < 0) {
    best[i] = best[i - 1]!;
    i -= 1;
  }
  best[i] = item;
}

const plain = ({ name, quotes }: IndexedSpeaker): SpeakerCount => ({ name, quotes });

/**
 * The speakers a not-found lookup may suggest, indexed so a suggestion never scans every name:
 * the distinct strings speakers are known by (whole keys and their words) sorted for prefix
 * ranges and bucketed by length, so only strings within reach of the query are measured, and
 * those only after a character-set lower bound lets them through. Kept up to date by `put`.
 */
export class SpeakerSuggestionIndex {
  readonly #speakers = new Map<number, IndexedSpeaker>();
  readonly #strings = new Map<string, IndexedString>();
  /** Every distinct string, in code-unit order, for prefix ranges. */
  #sorted: string[] = [];
  /** Strings added since `#sorted` was last brought up to date (a bulk load sorts once, not per string). */
  #pending: string[] = [];
  readonly #byLength = new Map<number, IndexedString[]>();

  constructor(speakers: Iterable<IndexedSpeaker> = []) {
    for (const s of speakers) this.put(s);
  }

  /** How many speakers it holds. */
  get size(): number {
    return this.#speakers.size;
  }

  /** Adds or replaces a speaker by id; one with no quotes is taken out, as only quoted speakers are suggested. */
  put(speaker: IndexedSpeaker): void {
    this.remove(speaker.id);
    if (speaker.quotes <= 0) return;
    const copy = { ...speaker };
    this.#speakers.set(copy.id, copy);
    for (const text of stringsOf(copy.key)) this.#addString(text, copy.id);
  }

  /** Takes a speaker out, if it is there. */
  remove(id: number): void {
    const old = this.#speakers.get(id);
    if (!old) return;
    this.#speakers.delete(id);
    for (const text of stringsOf(old.key)) this.#removeString(text, id);
  }

  /**
   * Up to `n` speakers whose names are close to `query`: a name or one of its words starting with
   * it, or within a few edits of it (on folded keys), closest and then most quoted first. When none
   * is close, the `n` most quoted, so the asker still learns who has quotes.
   */
  suggest(query: string, n: number): SpeakerCount[] {
    const queryKey = nameKey(query);
    if (queryKey === '' || n <= 0) return this.#mostQuoted(n);
    const allowed = Math.max(2, Math.floor(queryKey.length * 0.4));
    this.#sortPending();
    const starts = prefixKeys(query);
    const near = this.#withinReach(queryKey, allowed);
    const best: Scored[] = [];
    const offer = (id: number, prefix: boolean): void => {
      if (best.some((b) => b.speaker.id === id)) return;
      keepBest(best, { speaker: this.#speakers.get(id)!, prefix, distance: near.get(id) ?? allowed + 1 }, n, byScore);
    };
    // One letter may start thousands of names: each is offered straight to the best n, nothing is kept per name.
    for (const start of starts) {
      for (let i = lowerBound(this.#sorted, start); i < this.#sorted.length && this.#sorted[i]!.startsWith(start); i += 1) {
        for (const id of this.#strings.get(this.#sorted[i]!)!.ids) offer(id, true);
      }
    }
    // The key or one of its words starts with a prefix key: the key starts with it, or (a one-word prefix) holds it after a space.
    const spaced = starts.map((p) => (p.includes(' ') ? null : ` ${p}`));
    const startsAWord = (key: string): boolean => starts.some((p, i) => key.startsWith(p) || (spaced[i] !== null && key.includes(spaced[i]!)));
    for (const id of near.keys()) offer(id, startsAWord(this.#speakers.get(id)!.key));
    return best.length === 0 ? this.#mostQuoted(n) : best.map((b) => plain(b.speaker));
  }

  /**
   * The speakers with a string within `allowed` edits of `queryKey`, and their smallest distance:
   * only strings of a length within reach are looked at, and only those a character-set bound lets
   * through are measured, with a distance that gives up once it exceeds `allowed`.
   */
  #withinReach(queryKey: string, allowed: number): Map<number, number> {
    const near = new Map<number, number>();
    const queryMask = charMask(queryKey);
    for (let length = Math.max(1, queryKey.length - allowed); length <= queryKey.length + allowed; length += 1) {
      for (const s of this.#byLength.get(length) ?? []) {
        if (missingFrom(queryKey, s.mask) > allowed || missingFrom(s.text, queryMask) > allowed) continue;
        const distance = editDistanceWithin(queryKey, s.text, allowed);
        if (distance > allowed) continue;
        for (const id of s.ids) near.set(id, Math.min(near.get(id) ?? distance, distance));
      }
    }
    return near;
  }

  /** Files the strings added since the last suggestion: one by one when few, by one sort when many. */
  #sortPending(): void {
    if (this.#pending.length === 0) return;
    if (this.#pending.length > BULK) {
      // Array.prototype.sort compares UTF-16 code units, the order `<` and lowerBound use.
      this.#sorted = [...this.#strings.keys()].sort();
    } else {
      for (const text of this.#pending) {
        const at = lowerBound(this.#sorted, text);
        // A string added, removed and added again is pending twice but filed once.
        if (this.#strings.has(text) && this.#sorted[at] !== text) this.#sorted.splice(at, 0, text);
      }
    }
    this.#pending = [];
  }

  #mostQuoted(n: number): SpeakerCount[] {
    const best: IndexedSpeaker[] = [];
    for (const s of this.#speakers.values()) keepBest(best, s, n, byCount);
    return best.map(plain);
  }

  #addString(text: string, id: number): void {
    let s = this.#strings.get(text);
    if (!s) {
      s = { text, mask: charMask(text), ids: [] };
      this.#strings.set(text, s);
      this.#pending.push(text);
      const bucket = this.#byLength.get(text.length) ?? [];
      bucket.push(s);
      this.#byLength.set(text.length, bucket);
    }
    // put() removes a speaker before adding it and stringsOf() has no repeats, so no id is here twice.
    s.ids.push(id);
  }

  #removeString(text: string, id: number): void {
    const s = this.#strings.get(text);
    if (!s) return;
    const i = s.ids.indexOf(id);
    if (i >= 0) s.ids.splice(i, 1);
    if (s.ids.length > 0) return;
    this.#strings.delete(text);
    const at = lowerBound(this.#sorted, text);
    if (this.#sorted[at] === text) this.#sorted.splice(at, 1);
    const bucket = this.#byLength.get(text.length)!;
    bucket.splice(bucket.indexOf(s), 1);
  }
}

/** A key and each of its words: a speaker is suggested when any of them is close. */
function stringsOf(key: string): string[] {
  const words = key.split(' ');
  if (words.length === 1) return key === '' ? [] : [key];
  const strings = [key];
  for (const w of words) if (w !== '' && !strings.includes(w)) strings.push(w);
  return strings;
}

/** The first index whose string is not below `text` (code-unit order). */
function lowerBound(sorted: readonly string[], text: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < text) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
