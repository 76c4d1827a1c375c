import { foldWord, nameKey, plainWords, sourceKey } from './name-key.js';

/** Letters a folding rule may still rewrite once the next letter is typed: "Zak…" may become "Zakh…" → "zach…". */
const OPEN_ENDINGS: Record<string, string> = { k: 'c', p: 'f', c: 'k' };

/**
 * The keys a half-typed name may be the start of, for autocomplete: the name's own keys, plus its
 * last word folded as if more letters followed (no end-of-word rules: "Wolf" may be "Wolfgang") and
 * with a last letter a following one would rewrite ("Zak" → also "zac", for Zakharova → "zacharova").
 */
export function prefixKeys(prefix: string): string[] {
  const keys = [nameKey(prefix), sourceKey(prefix)].filter((k) => k !== '');
  for (const key of [...keys]) {
    const words = key.split(' ');
    const raw = plainWords(prefix).at(-1) ?? '';
    const open = foldWord(raw, true);
    const stem = [...words.slice(0, -1), open].join(' ');
    keys.push(stem);
    const last = stem.at(-1) ?? '';
    if (OPEN_ENDINGS[last]) keys.push(stem.slice(0, -1) + OPEN_ENDINGS[last]);
  }
  return [...new Set(keys.filter((k) => k !== ''))];
}
