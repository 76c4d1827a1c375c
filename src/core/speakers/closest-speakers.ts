import type { SpeakerCount } from '../ports/article-store.js';
import { nameKey } from './name-key.js';
import { SpeakerSuggestionIndex } from './suggestion-index.js';

export { editDistance } from './edit-distance.js';

/** A speaker to suggest; `key` is its stored name key, when the caller has it (saves folding every name again). */
export interface SuggestionCandidate extends SpeakerCount {
  key?: string;
}

/**
 * Up to `n` speakers whose names are close to `query` (see {@link SpeakerSuggestionIndex.suggest}),
 * from a list given once: stores keep a {@link SpeakerSuggestionIndex} instead of building one per query.
 */
export function closestSpeakers(query: string, candidates: readonly SuggestionCandidate[], n = 5): SpeakerCount[] {
  const index = new SpeakerSuggestionIndex(candidates.map((c, id) => ({ id, name: c.name, quotes: c.quotes, key: c.key ?? nameKey(c.name) })));
  return index.suggest(query, n);
}
