/**
 * Pronouns whose person is named only in an earlier sentence, even when the sentence does not open
 * with them: "As his left boot pressed into the fine gray soil, he spoke the words…" (who?),
 * "Aldrin followed him about twenty minutes later." (whom?). Rules on word shapes, no parser: they
 * look at narration only (quoted words are the speaker's, not the reporter's).
 */

/** Words that open a fronted clause or phrase before the main clause: "As …, he". */
const FRONTING = new Set([
  'as', 'when', 'after', 'while', 'before', 'since', 'although', 'though', 'if', 'because', 'despite',
  'in', 'on', 'at', 'during', 'asked', 'speaking', 'with', 'without', 'following', 'unlike', 'like', 'for',
  'by', 'under', 'over', 'from', 'having', 'once', 'until', 'upon', 'within', 'throughout', 'amid', 'outside',
  'inside', 'across', 'to', 'standing', 'looking', 'according', 'even', 'whether', 'back', 'earlier', 'later',
]);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'his', 'her', 'their']);
const SPEECH_VERBS = /^(?:said|says|added|announced|reported|wrote|told|stated|noted|warned)$/u;
const PRONOUNS = new Set(['he', 'she', 'they', 'his', 'her', 'their', 'him', 'them', 'hers', 'theirs', 'its']);
/** A capitalised word right after one of these names a place or thing, not the person a pronoun means. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'outside', 'inside', 'on', 'of', 'for', 'into', 'over', 'by', 'the']);
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|i)$/u;
/** "Aldrin followed him …": a named subject, one verb, then an object pronoun that cannot be the subject. */
const OBJECT_OF_NAMED_SUBJECT = /^(?:[\p{Lu}][\p{L}.’'-]*\s+){1,3}\p{Ll}+\s+(?:him|them)\b/u;

/** The sentence with quoted words blanked out, so only the reporter's own words remain. */
export function narration(sentence: string): string {
  return sentence.replace(/“[^”]*(?:”|$)|"[^"]*(?:"|$)|«[^»]*(?:»|$)/gu, (q) => ' '.repeat(q.length));
}

/** True when a pronoun in the sentence points at someone named only before it. */
export function hasUnresolvedPronoun(sentence: string): boolean {
  const text = narration(sentence).trim();
  if (OBJECT_OF_NAMED_SUBJECT.test(text)) return true;
  const comma = text.indexOf(',');
  const words = [...text.slice(0, comma < 0 ? 0 : comma).matchAll(/[\p{L}][\p{L}.’'-]*/gu)].map((m) => m[0]);
  const opener = (words[0] ?? '').toLowerCase();
  // A fronted clause opens with a subordinator, a preposition or a participle; a short adverbial
  // ("Most often, they…") fronts one too.
  if (comma < 0 || !(FRONTING.has(opener) || /^\p{L}+(?:ing|ed)$/u.test(opener) || words.length <= 3)) return false;
  const mainSubject = /^\s*([\p{L}]+)\s*([\p{L}]*)/u.exec(text.slice(comma + 1));
  const subject = (mainSubject?.[1] ?? '').toLowerCase();
  // "In a news release, it said…": an organisation named before; an "it" that is not saying is usually "it is…".
  const saysIt = subject === 'it' && SPEECH_VERBS.test(mainSubject?.[2] ?? '');
  if (!SUBJECT_PRONOUNS.has(subject) && !saysIt) return false;
  // "When Trump arrived, he said…" names its person before the pronoun; "As his boot…, he…" does not.
  for (let i = 1; i < words.length; i += 1) {
    const word = words[i] as string;
    const lower = word.toLowerCase();
    if (PRONOUNS.has(lower)) return true;
    const before = words.slice(Math.max(0, i - 2), i).join(' ').toLowerCase();
    // "As for Carson, he…" and "According to Trump, he…" name the person after a preposition.
    const afterPlaceWord = PLACE_PREPOSITIONS.has(before.split(' ').pop() ?? '') && !/^(?:as for|according to)$/u.test(before);
    const isName = /^\p{Lu}/u.test(word) && !CALENDAR.test(lower) && !afterPlaceWord;
    if (isName) return false;
  }
  return true;
}
