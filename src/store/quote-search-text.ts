import { MAX_SEARCH_WORDS } from './store-limits.js';

/** Lowercase words without accents or apostrophes: what quote search compares. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** The distinct words of a search query, at most MAX_SEARCH_WORDS of them. */
export const distinctWords = (query: string): string[] => [...new Set(searchWords(query))].slice(0, MAX_SEARCH_WORDS);

/**
 * A quote's searchable form: its words between single spaces, padded with a space at each end so
 * a portable `LIKE '% word%'` finds words starting with "word" (SQLite and PostgreSQL alike).
 */
export function quoteSearchText(text: string): string {
  return ` ${searchWords(text).join(' ')} `;
}

/** The LIKE patterns for a search query, one per distinct word; empty when it has no words. */
export function searchPatterns(query: string): string[] {
  return distinctWords(query).map((w) => `% ${w}%`);
}

/** True when every word of the query starts a word of the quote (the memory store's LIKE). */
export function matchesSearch(searchText: string, query: string): boolean {
  return distinctWords(query).every((w) => searchText.includes(` ${w}`));
}
