/**
 * The normal form of an unnamed source: "one European diplomat in Istanbul" → "a European diplomat".
 * Rules: a leading determiner (one, a, an, the, another) becomes "a"/"an" for one person; plurals
 * keep their number word ("two officials") or none ("Ukrainian officials"); a trailing place or
 * relative clause ("in Istanbul", "who asked not to be named") is dropped; "for"/"of"/"with" phrases
 * stay ("a spokesman for the campaign", "a person familiar with the talks").
 */
export interface UnnamedSource {
  name: string;
  /** The head noun ("diplomat"), to recognise "the diplomat" later. */
  head: string;
  plural: boolean;
}

const DETERMINERS = new Set(['one', 'a', 'an', 'the', 'another', 'this', 'that', 'its', 'their']);
const CUT = new Set(['in', 'at', 'from', 'on', 'during', 'near', 'inside', 'outside', 'who', 'which', 'that', 'speaking', 'told', 'said', 'after', 'before', 'when', 'while']);
const SINGULAR_S = /(?:ss|us|is|news)$/u;

/** Normalises the words of an unnamed source; null when nothing nameable is left. */
export function normalizeUnnamed(words: string[]): UnnamedSource | null {
  const kept: string[] = [];
  for (const w of words) {
    if (CUT.has(w.toLowerCase()) && kept.length > 0) break;
    kept.push(w);
  }
  // "as one employee put it": a leading "as"/"like" is no part of the source.
  while (kept.length > 0 && (DETERMINERS.has(kept[0]!.toLowerCase()) || /^(?:as|like)$/iu.test(kept[0]!))) kept.shift();
  if (kept.length === 0) return null;
  const head = kept[kept.length - 1]!.toLowerCase();
  if (!/\p{L}/u.test(head)) return null;
  const plural = /s$/u.test(head) && !SINGULAR_S.test(head) && !/^(?:one|a|an)$/iu.test(words[0] ?? '');
  const body = kept.map((w, i) => (i === 0 && /^\p{Lu}\p{Ll}+$/u.test(w) && !/(?:an|ese|ish)$/u.test(w) ? w.toLowerCase() : w)).join(' ');
  if (plural || /^(?:two|three|four|five|several|some|many|few)$/iu.test(kept[0]!)) return { name: body, head, plural: true };
  // "his father said": a relative of someone named, kept as written — never "a his father".
  if (/^(?:his|her)$/iu.test(kept[0]!)) return { name: body, head, plural: false };
  const article = /^[aeiou]/iu.test(body) && !/^(?:eu|uni|one|us)/iu.test(body) ? 'an' : 'a';
  return { name: `${article} ${body}`, head, plural: false };
}
