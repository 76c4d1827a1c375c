import type { Article } from '../../../core/article.js';
import type { Gender } from '../speakers/parse-name-run.js';
import { analyzeQuotes } from '../quotes/analyze-quotes.js';
import { narration } from './unresolved-pronoun.js';

const GENDERED: Record<string, 'm' | 'f'> = { he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f' };

/**
 * The gender of the first "he"/"she"/"his"/"her" in the reporter's own words, when no name comes before
 * it: "Nearby, his parents talked about…" (whose?). Null when the sentence names its person first
 * ("But Leifman says…") or uses no such pronoun ("In a news release, it said…").
 */
export function leadingPronoun(sentence: string): 'm' | 'f' | null {
  const words = narration(sentence).match(/[\p{L}][\p{L}.’'-]*/gu) ?? [];
  for (const [i, word] of words.entries()) {
    const gender = GENDERED[word.toLowerCase()];
    if (gender) return gender;
    // Past the first word, a capitalised word is a name the pronoun may point back to.
    if (i > 0 && /^\p{Lu}/u.test(word)) return null;
  }
  return null;
}

const fits = (gender: Gender, wanted: 'm' | 'f'): boolean => gender === null || gender === wanted;

/**
 * True when the article names, between two offsets and outside quotations, a person who may be "he"
 * or "she": named in full, with a title, or quoted (a lone capitalised word such as "Miami-Dade" is not).
 */
export function namesPersonBetween(article: Article, from: number, to: number, gender: 'm' | 'f'): boolean {
  return analyzeQuotes(article).registry.mentions.some(
    (m) => m.start >= from && m.start < to && m.entity.kind === 'person' && (m.entity.strong || m.entity.speaker || m.entity.first !== null) && fits(m.entity.gender, gender),
  );
}
