import type { SpeakerKind } from '../quote.js';
import { nameKey, parseName, sourceKey, type ParsedName } from './name-key.js';

/** A stored speaker as the identity rules see it. */
export interface SpeakerRecord {
  id: number;
  /** The spelling its identity rests on: the first seen, or the full name a bare surname was promoted to. */
  name: string;
  /** The name shown for it: its most quoted spelling (see preferredName). */
  shownName: string;
  kind: SpeakerKind;
  /** How many quotes are stored under this speaker. */
  quotes: number;
}

/** Existing speakers a name might be: same key, a recorded alias, or the same surname. */
export interface SpeakerCandidates {
  byKey: readonly SpeakerRecord[];
  byAlias: readonly SpeakerRecord[];
  bySurname: readonly SpeakerRecord[];
}

/** The keys a store indexes a speaker under. */
export interface SpeakerKeys {
  nameKey: string;
  /** Null for unnamed sources and organisations: they never match by surname. */
  surnameKey: string | null;
}

/** A named person is keyed by {@link nameKey}; anyone else by {@link sourceKey}. A name with no letters keys as itself. */
export function speakerKeys(name: string, kind: SpeakerKind): SpeakerKeys {
  const fallback = name.trim().toLowerCase();
  if (kind !== 'person') return { nameKey: sourceKey(name) || fallback, surnameKey: null };
  const parsed = parseName(name);
  return { nameKey: parsed.words.join(' ') || fallback, surnameKey: parsed.surname || null };
}

/** The keys a query may match stored speakers by: as a person's name and as an unnamed source. */
export function queryKeys(query: string): { keys: string[]; surnameKey: string | null } {
  const parsed = parseName(query);
  const keys = [...new Set([nameKey(query), sourceKey(query)].filter((k) => k !== ''))];
  return { keys, surnameKey: parsed.surname || null };
}

/**
 * The names a stored speaker answers to, parsed: its identity spelling and, when different, its
 * shown one. Both must agree with anyone joining it: identity "George Bush" shown as
 * "George W. Bush" is not George H. W. Bush.
 */
export function recordNames(r: SpeakerRecord): ParsedName[] {
  return r.shownName === r.name ? [parseName(r.name)] : [parseName(r.name), parseName(r.shownName)];
}

export const byQuotesDesc = (a: SpeakerRecord, b: SpeakerRecord): number => b.quotes - a.quotes || a.id - b.id;

/** Names in code-unit order (SQLite's BINARY collation), so both stores break ties alike. */
export const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
