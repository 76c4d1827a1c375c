import type { SpeakerCount } from '../ports/article-store.js';
import { nameKey } from './name-key.js';
import { prefixKeys } from './prefix-keys.js';
import { byName } from './speaker-record.js';

/** Levenshtein distance (insert, delete, substitute), one row of memory. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const row = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) row[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** A speaker to suggest; `key` is its stored name key, when the caller has it (saves folding every name again). */
export interface SuggestionCandidate extends SpeakerCount {
  key?: string;
}

interface Scored {
  speaker: SuggestionCandidate;
  prefix: boolean;
  distance: number;
}

function score(queryKey: string, starts: readonly string[], allowed: number, speaker: SuggestionCandidate): Scored {
  const key = speaker.key ?? nameKey(speaker.name);
  const keys = [key, ...key.split(' ')];
  const prefix = keys.some((k) => starts.some((s) => k.startsWith(s)));
  // Words whose length alone puts them out of reach skip the quadratic distance.
  const reachable = keys.filter((k) => Math.abs(k.length - queryKey.length) <= allowed);
  return { speaker, prefix, distance: Math.min(allowed + 1, ...reachable.map((k) => editDistance(queryKey, k))) };
}

const plain = ({ name, quotes }: SpeakerCount): SpeakerCount => ({ name, quotes });

/**
 * Up to `n` speakers whose names are close to `query`: a name or one of its words starting with
 * it, or within a few edits of it (on folded keys), closest and then most quoted first. When none
 * is close, the `n` most quoted, so the asker still learns who has quotes.
 */
export function closestSpeakers(query: string, candidates: readonly SuggestionCandidate[], n = 5): SpeakerCount[] {
  const queryKey = nameKey(query);
  const byCount = (a: SpeakerCount, b: SpeakerCount): number => b.quotes - a.quotes || byName(a.name, b.name);
  const mostQuoted = (): SpeakerCount[] => [...candidates].sort(byCount).slice(0, n).map(plain);
  if (queryKey === '') return mostQuoted();
  const starts = prefixKeys(query);
  const allowed = Math.max(2, Math.floor(queryKey.length * 0.4));
  const close = candidates
    .map((c) => score(queryKey, starts, allowed, c))
    .filter((s) => s.prefix || s.distance <= allowed)
    .sort((a, b) => Number(b.prefix) - Number(a.prefix) || a.distance - b.distance || byCount(a.speaker, b.speaker));
  return close.length === 0 ? mostQuoted() : close.slice(0, n).map((s) => plain(s.speaker));
}
