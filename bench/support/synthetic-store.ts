/**
 * A store of synthetic articles for the Slack load bench: ~5 quotes per article among ~2,000
 * speakers with Zipf popularity (Volodymyr Zelenskyy most quoted, under four spellings; Marco
 * Rubio among the top 20). Deterministic, so the load generator knows the names without asking.
 * Shared by bench/bench-quotes-lookup.ts and the Slack load bench (bench/bench-slack-quotes.ts).
 */
import { buildArticle, type Article } from '../../src/core/article.js';
import type { Digest } from '../../src/core/digest.js';
import type { ArticleStore } from '../../src/core/ports/article-store.js';
import type { FoundQuote } from '../../src/core/quote.js';
import type { SqliteDatabase } from '../../src/store/open-database.js';

const QUOTES_PER_ARTICLE = 5;
const SPEAKERS = 2_000;
const BATCH = 500;
const RUBIO_RANK = 17;

const GIVEN = ['Anna', 'Boris', 'Carla', 'David', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kemal', 'Lena', 'Marek',
  'Nadia', 'Oleg', 'Paula', 'Quinn', 'Rosa', 'Stefan', 'Tara', 'Umar', 'Vera', 'Walter', 'Xenia', 'Yusuf', 'Zofia', 'Alan',
  'Bianca', 'Conor', 'Dilan', 'Emre', 'Fiona', 'Goran', 'Hana', 'Igor', 'Julia', 'Karim', 'Lucia', 'Milan', 'Nora'];
const SURNAMES = ['Abbott', 'Bauer', 'Castillo', 'Dimitrov', 'Eriksen', 'Fischer', 'Garcia', 'Horvat', 'Ivanova', 'Jensen',
  'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrenko', 'Quintero', 'Rossi', 'Schmidt', 'Tanaka', 'Ueda', 'Varga',
  'Wagner', 'Xu', 'Yilmaz', 'Zeller', 'Andersen', 'Brennan', 'Chen', 'Dubois', 'Esposito', 'Ferreira', 'Gruber', 'Haddad',
  'Ibrahim', 'Jovanovic', 'Kovacs', 'Larsen', 'Mendes', 'Nakamura', 'Olsen', 'Popescu', 'Quinlan', 'Romero', 'Smith',
  'Takahashi', 'Urban', 'Vogel', 'Weber', 'Young'];
const WORDS = ['peace', 'talks', 'delegation', 'ceasefire', 'border', 'budget', 'election', 'vote', 'sanctions', 'energy',
  'prices', 'agreement', 'people', 'future', 'security', 'we', 'will', 'not', 'accept', 'this', 'must', 'continue', 'support',
  'our', 'partners', 'today', 'tomorrow', 'never', 'always', 'strong', 'fair', 'open', 'plan', 'reform', 'trust'];
const ZELENSKYY_SPELLINGS = ['Volodymyr Zelenskyy', 'Zelenskyy', 'Volodymyr Zelensky', 'Zelenskiy'];

/** mulberry32: a small seeded generator, so every run builds the same store. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The speakers by popularity rank: 0 is Zelenskyy, RUBIO_RANK is Marco Rubio, the rest given name + surname. */
export function benchSpeakers(): string[] {
  const rand = seeded(7);
  const names = new Set<string>();
  while (names.size < SPEAKERS - 2) names.add(`${GIVEN[Math.floor(rand() * GIVEN.length)]} ${SURNAMES[Math.floor(rand() * SURNAMES.length)]}`);
  const list = [...names];
  list.splice(RUBIO_RANK - 1, 0, 'Marco Rubio');
  return ['Volodymyr Zelenskyy', ...list];
}

/** Zipf-like: rank i is chosen with weight 1/(i+1). */
function zipf(n: number, rand: () => number): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < n; i += 1) cumulative.push((sum += 1 / (i + 1)));
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

interface Synthetic {
  article: Article;
  digest: Digest;
  quotes: FoundQuote[];
}

function syntheticArticle(n: number, speakers: readonly string[], rank: () => number, rand: () => number): Synthetic {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const said: Array<{ speaker: string; text: string }> = [];
  const paragraphs = [`Story ${n} opens with news about ${pick(WORDS)} and ${pick(WORDS)}.`];
  for (let i = 0; i < QUOTES_PER_ARTICLE; i += 1) {
    const r = rank();
    const speaker = r === 0 ? pick(ZELENSKYY_SPELLINGS) : speakers[r]!;
    const text = `${Array.from({ length: 6 + Math.floor(rand() * 14) }, () => pick(WORDS)).join(' ')} (${n}.${i}),`;
    said.push({ speaker, text });
    paragraphs.push(`“${text}” ${speaker} said on day ${n % 365}.`);
  }
  // Two years of hourly stories before 2026: the seed article (stored now, no date) stays newest.
  const article = buildArticle({
    title: `Synthetic story ${n}`,
    url: `https://bench.example/story/${n}`,
    publishedAt: new Date(Date.UTC(2024, 0, 1) + n * 3_600_000).toISOString(),
    source: 'https://bench.example/feed',
    blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
  });
  let from = 0;
  const quotes: FoundQuote[] = said.map(({ speaker, text }) => {
    const start = article.text.indexOf(text, from);
    from = start + text.length;
    return { speaker, role: null, text, start, end: start + text.length, fragment: false, speakerKind: 'person', speakerAliases: [] };
  });
  const contract = quotes.map(({ speaker, role, text, start, end }) => ({ speaker, role, text, start, end }));
  const digest: Digest = {
    article: { id: article.id, title: article.title, url: article.url, words: article.words },
    engine: 'extractive',
    tldr: paragraphs[0]!,
    bullets: [],
    keyQuotes: contract.slice(0, 2),
    quotes: contract,
  };
  return { article, digest, quotes };
}

/**
 * Stores `count` synthetic articles through the real `saveDigest`, `BATCH` to a transaction
 * (each save becomes a savepoint inside it), so 10,000 take seconds rather than minutes.
 */
export async function fillSyntheticStore(db: SqliteDatabase, store: ArticleStore, count: number): Promise<void> {
  const rand = seeded(20261124);
  const speakers = benchSpeakers();
  const rank = zipf(speakers.length, rand);
  for (let first = 0; first < count; first += BATCH) {
    db.exec('BEGIN IMMEDIATE');
    try {
      for (let n = first; n < Math.min(count, first + BATCH); n += 1) {
        const { article, digest, quotes } = syntheticArticle(n, speakers, rank, rand);
        await store.saveDigest(article, digest, quotes);
      }
      db.exec('COMMIT');
    } catch (e) {
      db.exec('ROLLBACK');
      throw e;
    }
  }
}
