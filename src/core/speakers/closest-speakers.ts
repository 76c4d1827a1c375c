import type { SpeakerCount } from '../ports/article-store.js';
import { nameKey, parseName } from './name-key.js';
import { prefixKeys } from './prefix-keys.js';
import { byName } from './speaker-record.js';

/** Levenshtein distance (insert, delete, substitute), two rows of memory. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

interface Scored {
  speaker: SpeakerCount;
  prefix: boolean;
  distance: number;
}

function score(queryKey: string, starts: readonly string[], speaker: SpeakerCount): Scored {
  const parsed = parseName(speaker.name);
  const keys = [parsed.words.join(' '), ...parsed.words];
  return {
    speaker,
    prefix: keys.some((k) => starts.some((s) => k.startsWith(s))),
    distance: Math.min(...keys.map((k) => editDistance(queryKey, k))),
  };
}

/**
 * Up to `n` speakers whose names are close to `query`: a name or one of its words starting with
 * it, or within a few edits of it (on folded keys), closest and then most quoted first. When none
 * is close, the `n` most quoted, so the asker still learns who has quotes.
 */
export function closestSpeakers(query: string, candidates: readonly SpeakerCount[], n = 5): SpeakerCount[] {
  const queryKey = nameKey(query);
  const byCount = (a: SpeakerCount, b: SpeakerCount): number => b.quotes - a.quotes || byName(a.name, b.name);
  if (queryKey === '') return [...candidates].sort(byCount).slice(0, n);
  const starts = prefixKeys(query);
  const allowed = Math.max(2, Math.floor(queryKey.length * 0.4));
  const close = candidates
    .map((c) => score(queryKey, starts, c))
    .filter((s) => s.prefix || s.distance <= allowed)
    .sort((a, b) => Number(b.prefix) - Number(a.prefix) || a.distance - b.distance || byCount(a.speaker, b.speaker));
  if (close.length === 0) return [...candidates].sort(byCount).slice(0, n);
  return close.slice(0, n).map((s) => s.speaker);
}
