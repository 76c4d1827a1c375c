import { hasUnresolvedPronoun } from './unresolved-pronoun.js';

/**
 * Sentences that lean on the one before them: they open with a pronoun or a connective
 * ("He said…", "This…", "But…", "Instead, …"), or they are a quotation whose speaker is named
 * elsewhere (“…,” he said. / a quote continued from the previous sentence), or a pronoun's person is
 * named only before it ("As his left boot pressed…, he spoke…"). As a bullet, alone,
 * such a sentence has no referent.
 */
const LEANING_OPENERS = new Set([
  'he', 'she', 'it', 'they', 'them', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those',
  'such', 'but', 'and', 'or', 'nor', 'yet', 'so', 'however', 'instead', 'also', 'still', 'then', 'thus',
  'therefore', 'hence', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'besides', 'otherwise',
  'likewise', 'similarly', 'again', 'both', 'neither', 'another', 'here', 'there’s', "there's",
  'it’s', "it's", 'that’s', "that's", 'he’s', "he's", 'she’s', "she's", 'they’re', "they're",
]);

const PRONOUN_ATTRIBUTION =
  /[”"’']\s*,?\s*(?:(?:he|she|they|it|we)\s+\w+|(?:said|says|added|told|asked|wrote|continued)\s+(?:he|she|they))\b/iu;
const OPENING_MARK = /^[“"‘']/u;
const CLOSING_MARK = /[”"’']\s*$/u;

/** The first word, lower-case, after any opening quote or bracket. */
function firstWord(sentence: string): string {
  const m = /^[\s“"‘'(\[—–-]*([\p{L}’']+)/u.exec(sentence);
  return m ? (m[1] as string).toLowerCase() : '';
}

/** True when the quotation the sentence opens with also ends in it. */
function closesItsQuote(sentence: string): boolean {
  if (sentence.startsWith('“')) return sentence.includes('”');
  if (sentence.startsWith('"')) return (sentence.match(/"/gu) ?? []).length % 2 === 0;
  return true;
}

/** True when the sentence needs the sentence before it to make sense. */
export function isDangling(sentence: string): boolean {
  if (LEANING_OPENERS.has(firstWord(sentence)) || hasUnresolvedPronoun(sentence)) return true;
  if (/^[\p{L}]+,\s+(?:by contrast|however|though|too|in turn|for (?:his|her|their|its) part),/iu.test(sentence)) return true;
  if (!OPENING_MARK.test(sentence)) return false;
  // A sentence that is only a quotation, a quotation pinned on a pronoun, or the first part of a
  // quotation that runs on into the next sentence (its speaker is named there, if anywhere).
  return CLOSING_MARK.test(sentence) || PRONOUN_ATTRIBUTION.test(sentence) || !closesItsQuote(sentence);
}
