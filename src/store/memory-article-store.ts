import type { Article } from '../core/article.js';
import type { Digest } from '../core/digest.js';
import { TidingsError } from '../core/errors.js';
import type { ArticleStore, QuoteStore, QuoteWithArticle, SaveResult, StoredArticle } from '../core/ports/article-store.js';
import { systemClock, type Clock } from '../core/ports/clock.js';
import type { FoundQuote, Quote } from '../core/quote.js';
import { matchSpeakerQuery } from '../core/speakers/match-speaker-query.js';
import { prefixKeys } from '../core/speakers/prefix-keys.js';
import { queryKeys } from '../core/speakers/speaker-record.js';
import { articleDate, compareText } from './article-date.js';
import { countSpellings, resolveSpeakerIds } from './incoming-speakers.js';
import { MemorySpeakers } from './memory-speakers.js';
import { distinctWords, matchesSearch, quoteSearchText } from './quote-search-text.js';
import { checkSaveDigestInput, isKeyQuote } from './save-digest-input.js';
import { DEFAULT_ARTICLE_LIST, limitOf, SUGGESTIONS } from './store-limits.js';

interface MemoryArticle extends StoredArticle {
  seq: number;
}

interface MemoryQuote extends Quote {
  articleId: string;
  speakerId: number;
  fragment: boolean;
  isKey: boolean;
  searchText: string;
  articleDate: string;
  articleSeq: number;
}

const clone = <T>(value: T): T => structuredClone(value);

/** Newest article first, then article order: the order every quote list uses. */
const newestFirst = (a: MemoryQuote, b: MemoryQuote): number =>
  compareText(b.articleDate, a.articleDate) || b.articleSeq - a.articleSeq || a.start - b.start;

/**
 * The article and quote store in memory, behaving as the SQLite one does (the shared contract
 * tests hold both to it): for tests and for runs that keep nothing.
 */
export function createMemoryArticleStore(options: { clock?: Clock } = {}): ArticleStore & QuoteStore {
  const clock = options.clock ?? systemClock;
  const articles = new Map<string, MemoryArticle>();
  const byHash = new Map<string, string>();
  const byUrl = new Map<string, string>();
  const digests: Array<{ id: number; articleId: string; engine: string; digest: Digest; createdAt: string }> = [];
  const quotes: MemoryQuote[] = [];
  const speakers = new MemorySpeakers();

  function insertQuotes(article: Article, digest: Digest, found: readonly FoundQuote[], seq: number, storedAt: string, undo: Array<() => void>): void {
    const ids = resolveSpeakerIds(found, (incoming, taken) => speakers.resolve(incoming, taken, undo));
    const starts = new Set<number>();
    for (const q of found) {
      // The SQLite schema's UNIQUE (article_id, start_offset), enforced the same way: mid-save.
      if (starts.has(q.start)) throw new TidingsError('STORE_FAILED', `could not store the article (two quotes start at ${q.start})`, { subject: article.source });
      starts.add(q.start);
      const speakerId = ids.get(q.speaker.trim())!;
      quotes.push({
        speaker: q.speaker, role: q.role, text: q.text, start: q.start, end: q.end, articleId: article.id, speakerId,
        fragment: q.fragment, isKey: isKeyQuote(digest, q), searchText: quoteSearchText(q.text),
        articleDate: articleDate(article.publishedAt, storedAt), articleSeq: seq,
      });
      undo.push(() => void quotes.pop());
    }
    for (const [id, bySpelling] of countSpellings(found, ids)) speakers.addQuotes(id, bySpelling, undo);
  }

  function save(article: Article, digest: Digest, found: readonly FoundQuote[], undo: Array<() => void>): SaveResult {
    const now = clock.now().toISOString();
    const sameContent = byHash.get(article.contentHash);
    if (sameContent !== undefined) {
      if (!digests.some((d) => d.articleId === sameContent && d.engine === digest.engine)) {
        digests.push({ id: digests.length + 1, articleId: sameContent, engine: digest.engine, digest: clone(digest), createdAt: now });
      }
      return { articleId: sameContent, created: false, duplicateOf: 'content' };
    }
    const sameUrl = article.url === null ? undefined : byUrl.get(article.url);
    if (sameUrl !== undefined) return { articleId: sameUrl, created: false, duplicateOf: 'url' };
    const seq = articles.size + 1;
    articles.set(article.id, { article: clone(article), storedAt: now, seq });
    byHash.set(article.contentHash, article.id);
    if (article.url !== null) byUrl.set(article.url, article.id);
    undo.push(() => {
      articles.delete(article.id);
      byHash.delete(article.contentHash);
      if (article.url !== null) byUrl.delete(article.url);
    });
    digests.push({ id: digests.length + 1, articleId: article.id, engine: digest.engine, digest: clone(digest), createdAt: now });
    undo.push(() => void digests.pop());
    insertQuotes(article, digest, found, seq, now, undo);
    return { articleId: article.id, created: true };
  }

  const withArticle = (q: MemoryQuote, speaker: string): QuoteWithArticle => {
    const a = articles.get(q.articleId)!.article;
    return {
      speaker, role: q.role, text: q.text, start: q.start, end: q.end, articleId: a.id, articleTitle: a.title,
      articleUrl: a.url, articleDate: q.articleDate, fragment: q.fragment,
    };
  };
  const speakerCounts = () => speakers.allWithQuotes().map((r) => ({ name: r.shownName, quotes: r.quotes, nameKey: r.nameKey, surnameKey: r.surnameKey }));
  const byCount = (a: { name: string; quotes: number }, b: { name: string; quotes: number }): number => b.quotes - a.quotes || compareText(a.name, b.name);

  return {
    async saveDigest(article, digest, found) {
      checkSaveDigestInput(article, digest, found);
      const undo: Array<() => void> = [];
      try {
        return save(article, digest, found, undo);
      } catch (e) {
        for (const step of undo.reverse()) step();
        throw e;
      }
    },

    async findArticle(ref) {
      const id = ref.id ?? (ref.contentHash !== undefined ? byHash.get(ref.contentHash) : ref.url !== undefined ? byUrl.get(ref.url) : undefined);
      const found = id === undefined ? undefined : articles.get(id);
      return found ? { article: clone(found.article), storedAt: found.storedAt } : null;
    },

    async getDigest(articleId) {
      const mine = digests.filter((d) => d.articleId === articleId).sort((a, b) => compareText(b.createdAt, a.createdAt) || b.id - a.id);
      return mine[0] ? clone(mine[0].digest) : null;
    },

    async listArticles(options = {}) {
      let since: string | undefined;
      if (options.since !== undefined) {
        const t = Date.parse(options.since);
        if (!Number.isFinite(t)) throw new TidingsError('INPUT_INVALID', `"${options.since}" is not a date`, { subject: 'since' });
        since = new Date(t).toISOString();
      }
      return [...articles.values()]
        .filter((a) => since === undefined || a.storedAt >= since)
        .sort((a, b) => compareText(b.storedAt, a.storedAt) || b.seq - a.seq)
        .slice(0, limitOf(options.limit, DEFAULT_ARTICLE_LIST))
        .map((a) => ({ article: clone(a.article), storedAt: a.storedAt }));
    },

    async quotesBySpeaker(query, options = {}) {
      const { keys, surnameKey } = queryKeys(query);
      const people = keys.length === 0 ? [] : matchSpeakerQuery(query, speakers.candidates(keys, surnameKey)).filter((p) => p.quotes > 0);
      const [person, ...others] = people;
      if (!person) return { found: false, query, suggestions: speakers.suggest(query, SUGGESTIONS) };
      const ids = new Set(person.ids);
      const mine = quotes.filter((q) => ids.has(q.speakerId)).sort(newestFirst).slice(0, limitOf(options.limit));
      return { found: true, speaker: person.name, quotes: mine.map((q) => withArticle(q, person.name)), others: others.map((p) => ({ name: p.name, quotes: p.quotes })) };
    },

    async speakers(options = {}) {
      const prefix = options.prefix?.trim() ?? '';
      const keys = prefix === '' ? [] : prefixKeys(prefix);
      if (prefix !== '' && keys.length === 0) return [];
      return speakerCounts()
        .filter((s) => keys.length === 0 || keys.some((k) => s.nameKey.startsWith(k) || (s.surnameKey ?? '').startsWith(k)))
        .sort(byCount)
        .slice(0, limitOf(options.limit))
        .map(({ name, quotes: n }) => ({ name, quotes: n }));
    },

    async searchQuotes(query, options = {}) {
      if (distinctWords(query).length === 0) return [];
      return quotes
        .filter((q) => matchesSearch(q.searchText, query))
        .sort(newestFirst)
        .slice(0, limitOf(options.limit))
        .map((q) => withArticle(q, speakers.name(q.speakerId)));
    },
  };
}
