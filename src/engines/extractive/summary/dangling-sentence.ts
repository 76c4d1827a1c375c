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

/** A closing mark (it follows a word or a comma, never the sentence start), then a pronoun speaking: “…,” he said. */
const PRONOUN_ATTRIBUTION =
  /(?<=\S)[”"’']\s*,?\s*(?:(?:he|she|they|it|we)\s+\w+|(?:said|says|added|told|asked|wrote|continued)\s+(?:he|she|they))\b/iu;
const OPENING_MARK = /^[“"‘']/u;
/** The attribution after a quotation says whom or what it is about: “…,” Clinton said of Trump. */
const SAID_OF = /[”"]\s*,?\s*(?:[\p{L}.’'-]+\s+){1,6}(?:said|says|wrote|writes|added|continued)\s+of\s+\S/u;
/** "Both the judge's order and Vick's filing refer to…" names both; "Both men denied it" leans on who they are. */
const PAIRED_BOTH = /^Both\s+(?:[\p{L}\p{N}’'-]+\s+){1,5}and\s/u;
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
  // “It’s fine,” Trump said of waterboarding. — the attribution names what the quotation's "it" is.
  const leans = LEANING_OPENERS.has(firstWord(sentence)) && !PAIRED_BOTH.test(sentence) && !(OPENING_MARK.test(sentence) && SAID_OF.test(sentence));
  if (leans || hasUnresolvedPronoun(sentence)) return true;
  if (/^[\p{L}]+,\s+(?:by contrast|however|though|too|in turn|for (?:his|her|their|its) part),/iu.test(sentence)) return true;
  if (!OPENING_MARK.test(sentence)) return false;
  // A sentence that is only a quotation, a quotation pinned on a pronoun, or the first part of a
  // quotation that runs on into the next sentence (its speaker is named there, if anywhere).
  return CLOSING_MARK.test(sentence) || PRONOUN_ATTRIBUTION.test(sentence) || !closesItsQuote(sentence);
}
