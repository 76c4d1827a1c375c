/** Comparing a predicted speaker with an annotated Source by name key. */

const PRONOUNS = new Set(['who', 'which', 'he', 'she', 'they', 'it', 'him', 'her', 'his', 'i', 'we', 'you', 'them', 'me', 'us', 'itself', 'himself', 'herself']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const STOP = new Set(['a', 'an', 'the', 'one', 'of', 'for', 'and', 'in', 'at', 'to', 'with']);

export const tokensOf = (s: string): string[] =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']s\b/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];

/** True when the Source is only a pronoun ("he", "She"). */
export function isPronounSource(source: string): boolean {
  const t = tokensOf(source);
  return t.length === 1 && PRONOUNS.has(t[0]!);
}

/**
 * A person matches when the predicted surname is among the Source's words ("Marco Rubio" vs
 * "Rubio", "Sen. Marco Rubio (R-Fla.)"); an unnamed source or organisation when its head noun or
 * one of its capitalised words is ("a European diplomat" vs "one European diplomat in Istanbul").
 */
export function speakerMatches(predicted: string, kind: string, gold: string): boolean {
  const g = new Set(tokensOf(gold));
  const p = tokensOf(predicted).filter((w) => !STOP.has(w) && !SUFFIXES.has(w));
  if (p.length === 0) return false;
  if (kind === 'person') {
    // "his wife, Jane," names Jane Sanders by her first name alone.
    const goldNames = gold.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) && !STOP.has(w.toLowerCase()));
    return g.has(p[p.length - 1]!) || (goldNames.length === 1 && p.length > 1 && g.has(p[0]!));
  }
  const capitals = tokensOf(predicted.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).join(' '));
  return g.has(p[p.length - 1]!) || capitals.some((w) => g.has(w));
}

/** A definite description with no name in it ("the candidate", "The Ohio governor"): anaphoric, like a pronoun. */
export function isDefiniteDescription(source: string): boolean {
  const words = source.trim().split(/\s+/u);
  return /^the$/iu.test(words[0] ?? '') && words.length <= 6 && !/[’']s\b/u.test(source);
}
