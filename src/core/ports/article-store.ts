import type { Article } from '../article.js';
import type { Digest } from '../digest.js';
import type { FoundQuote, Quote } from '../quote.js';

export interface StoredArticle {
  article: Article;
  /** ISO-8601 instant it was first stored. */
  storedAt: string;
}

export interface SaveResult {
  articleId: string;
  /** False when the article was already stored (same content hash or same URL). */
  created: boolean;
  /** When not created: what matched. */
  duplicateOf?: 'content' | 'url';
}

/** A quote with the article it came from, for `/quotes` and `tidings quotes`. */
export interface QuoteWithArticle extends Quote {
  articleId: string;
  articleTitle: string;
  articleUrl: string | null;
  /** ISO-8601: the article's publication time if known, else when it was stored. */
  articleDate: string;
  fragment: boolean;
}

export interface SpeakerCount {
  name: string;
  quotes: number;
}

export type SpeakerLookup =
  | {
      found: true;
      speaker: string;
      quotes: QuoteWithArticle[];
      /** Other people the query also names (a shared surname: "clinton"), most quoted first; usually empty. */
      others: SpeakerCount[];
    }
  | { found: false; query: string; suggestions: SpeakerCount[] };

/** Articles, their digests and quotes. */
export interface ArticleStore {
  /** Stores an article with its digest and quotes in one transaction; a duplicate stores nothing. */
  saveDigest(article: Article, digest: Digest, quotes: FoundQuote[]): Promise<SaveResult>;
  /** Finds a stored article by id, URL or content hash. */
  findArticle(ref: { id?: string; url?: string; contentHash?: string }): Promise<StoredArticle | null>;
  /** The newest digest stored for an article, whichever engine made it. */
  getDigest(articleId: string): Promise<Digest | null>;
  /** Stored articles newest first. */
  listArticles(options?: { limit?: number; since?: string }): Promise<StoredArticle[]>;
}

/** Speakers and their quotes across all stored articles. */
export interface QuoteStore {
  /**
   * Resolves a speaker query ("zelensky", "Volodymyr Zelenskyy") ignoring case, accents and
   * transliteration variants, surname alone allowed; quotes newest article first.
   */
  quotesBySpeaker(query: string, options?: { limit?: number }): Promise<SpeakerLookup>;
  /** Speakers with their quote counts, most quoted first. */
  speakers(options?: { limit?: number; prefix?: string }): Promise<SpeakerCount[]>;
  /** Quotes whose text contains the words of `query`. */
  searchQuotes(query: string, options?: { limit?: number }): Promise<QuoteWithArticle[]>;
}
