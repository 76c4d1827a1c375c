import type { Statement } from 'better-sqlite3';
import type { QuoteStore, QuoteWithArticle, SpeakerCount, SpeakerLookup } from '../core/ports/article-store.js';
import { matchSpeakerQuery } from '../core/speakers/match-speaker-query.js';
import { prefixKeys } from '../core/speakers/prefix-keys.js';
import { queryKeys } from '../core/speakers/speaker-record.js';
import { SpeakerSuggestionIndex } from '../core/speakers/suggestion-index.js';
import type { SqliteDatabase } from './open-database.js';
import { compareText as byText } from './article-date.js';
import { searchPatterns } from './quote-search-text.js';
import { limitOf, MAX_PREFIX_CHAR, SUGGESTIONS } from './store-limits.js';
import type { SqliteSpeakers } from './sqlite-speakers.js';

interface QuoteRow {
  speaker: string;
  role: string | null;
  text: string;
  start: number;
  end: number;
  articleId: string;
  articleTitle: string;
  articleUrl: string | null;
  articleDate: string;
  articleSeq: number;
  fragment: number;
}

const QUOTE_COLUMNS = `s.name AS speaker, q.role, q.text, q.start_offset AS "start", q.end_offset AS "end",
  q.article_id AS "articleId", a.title AS "articleTitle", a.url AS "articleUrl", q.article_date AS "articleDate", q.article_seq AS "articleSeq", q.fragment`;
const QUOTE_FROM = 'FROM quotes q JOIN articles a ON a.id = q.article_id JOIN speakers s ON s.id = q.speaker_id';
const NEWEST_FIRST = 'ORDER BY q.article_date DESC, q.article_seq DESC, q.start_offset';

const toQuote = ({ articleSeq: _seq, ...r }: QuoteRow): QuoteWithArticle => ({ ...r, fragment: r.fragment === 1 });

/** `quotesBySpeaker`, `speakers` and `searchQuotes` over the SQLite schema, every one index-backed but search. */
export function createSqliteQuoteQueries(db: SqliteDatabase, speakerRows: SqliteSpeakers): QuoteStore {
  const cache = new Map<string, Statement>();
  const statement = (sql: string): Statement => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const byOneSpeaker = db.prepare(`SELECT ${QUOTE_COLUMNS} ${QUOTE_FROM} WHERE q.speaker_id = ? ${NEWEST_FIRST} LIMIT ?`);
  const topSpeakers = db.prepare('SELECT name, quote_count AS quotes FROM speakers WHERE quote_count > 0 ORDER BY quote_count DESC, name LIMIT ?');

  // Loaded on the first not-found lookup, then topped up with the rows changed since: another
  // process writing the same file stamps what it changes, so one indexed MAX() per lookup finds it.
  const index = new SpeakerSuggestionIndex();
  let seen = 0;
  function suggestions(query: string): SpeakerCount[] {
    if (speakerRows.lastChange() > seen) {
      const changed = speakerRows.changedSince(seen);
      for (const s of changed.speakers) index.put(s);
      seen = changed.upTo;
    }
    return index.suggest(query, SUGGESTIONS);
  }

  return {
    async quotesBySpeaker(query, options = {}): Promise<SpeakerLookup> {
      const { keys, surnameKey } = queryKeys(query);
      const people = keys.length === 0 ? [] : matchSpeakerQuery(query, speakerRows.candidates(keys, surnameKey)).filter((p) => p.quotes > 0);
      const [person, ...others] = people;
      if (!person) return { found: false, query, suggestions: suggestions(query) };
      const limit = limitOf(options.limit);
      // One index range per stored speaker, merged here: an IN list would make SQLite sort them all.
      const rows = person.ids
        .flatMap((id) => byOneSpeaker.all(id, limit) as QuoteRow[])
        .sort((a, b) => byText(b.articleDate, a.articleDate) || b.articleSeq - a.articleSeq || a.start - b.start)
        .slice(0, limit);
      return {
        found: true,
        speaker: person.name,
        quotes: rows.map((r) => ({ ...toQuote(r), speaker: person.name })),
        others: others.map((p) => ({ name: p.name, quotes: p.quotes })),
      };
    },

    async speakers(options = {}): Promise<SpeakerCount[]> {
      const limit = limitOf(options.limit);
      const prefix = options.prefix?.trim() ?? '';
      if (prefix === '') return topSpeakers.all(limit) as SpeakerCount[];
      const keys = prefixKeys(prefix);
      if (keys.length === 0) return [];
      // Key ranges instead of LIKE 'x%': an index range scan in SQLite and PostgreSQL alike.
      const ranges = keys.map(() => '(name_key >= ? AND name_key < ?) OR (surname_key >= ? AND surname_key < ?)').join(' OR ');
      const sql = `SELECT name, quote_count AS quotes FROM speakers WHERE quote_count > 0 AND (${ranges}) ORDER BY quote_count DESC, name LIMIT ?`;
      const bounds = keys.flatMap((k) => [k, k + MAX_PREFIX_CHAR, k, k + MAX_PREFIX_CHAR]);
      return statement(sql).all(...bounds, limit) as SpeakerCount[];
    },

    async searchQuotes(query, options = {}): Promise<QuoteWithArticle[]> {
      const patterns = searchPatterns(query);
      if (patterns.length === 0) return [];
      const where = patterns.map(() => 'q.search_text LIKE ?').join(' AND ');
      const sql = `SELECT ${QUOTE_COLUMNS} ${QUOTE_FROM} WHERE ${where} ${NEWEST_FIRST} LIMIT ?`;
      return (statement(sql).all(...patterns, limitOf(options.limit)) as QuoteRow[]).map(toQuote);
    },
  };
}
