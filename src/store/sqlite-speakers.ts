import type { Statement } from 'better-sqlite3';
import type { SpeakerKind } from '../core/quote.js';
import { preferredName, type SpellingCount } from '../core/speakers/preferred-name.js';
import type { SpeakerCandidates, SpeakerKeys } from '../core/speakers/speaker-record.js';
import type { IndexedSpeaker } from '../core/speakers/suggestion-index.js';
import { aliasKeys, decideSpeaker, type IncomingSpeaker } from './incoming-speakers.js';
import type { SqliteDatabase } from './open-database.js';

interface SpeakerRow {
  id: number;
  name: string;
  shownName: string;
  kind: SpeakerKind;
  quotes: number;
}

const SPEAKER_COLUMNS = 's.id, s.key_name AS name, s.name AS "shownName", s.kind, s.quote_count AS quotes';

/** Speaker rows: finding candidates by key, alias and surname, and choosing or creating one per name. */
export interface SqliteSpeakers {
  /** Existing speakers with one of these keys, one of these alias keys, or this surname key. */
  candidates(keys: readonly string[], surnameKey: string | null): SpeakerCandidates;
  /** The speaker id for an article's speaker name, creating or promoting a row as the identity rules say. */
  resolve(incoming: IncomingSpeaker, taken: ReadonlySet<number>): number;
  /**
   * Counts an article's quotes for a speaker, per spelling, names it by its most quoted spelling,
   * and stamps it with the article's `seq` (every speaker an article creates or promotes gets here too).
   */
  addQuotes(id: number, bySpelling: ReadonlyMap<string, number>, seq: number): void;
  /** The highest `seq` any speaker was stamped with: a cheap, index-only "has anything changed?". */
  lastChange(): number;
  /** Speakers stamped after `seq`, as the suggestion index holds them, with the highest stamp among them. */
  changedSince(seq: number): { speakers: IndexedSpeaker[]; upTo: number };
}

export function createSqliteSpeakers(db: SqliteDatabase): SqliteSpeakers {
  const byKeyStatements = new Map<number, Statement>();
  const inList = (n: number): string => Array.from({ length: n }, () => '?').join(', ');
  // One statement per key count: the name keys and alias keys of a query in one round trip.
  const byKeys = (n: number): Statement => {
    let s = byKeyStatements.get(n);
    if (!s) {
      s = db.prepare(`SELECT ${SPEAKER_COLUMNS}, 'key' AS via FROM speakers s WHERE s.name_key IN (${inList(n)})
        UNION ALL SELECT ${SPEAKER_COLUMNS}, 'alias' AS via FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
        WHERE a.alias_key IN (${inList(n)})`);
      byKeyStatements.set(n, s);
    }
    return s;
  };
  const byId = db.prepare('SELECT key_name AS name, name AS "shownName", kind, name_key AS "nameKey", surname_key AS "surnameKey" FROM speakers WHERE id = ?');
  const bySurname = db.prepare(`SELECT ${SPEAKER_COLUMNS} FROM speakers s WHERE s.surname_key = ?`);
  const insert = db.prepare('INSERT INTO speakers (name, key_name, name_key, surname_key, kind, quote_count) VALUES (?, ?, ?, ?, ?, 0)');
  const promote = db.prepare('UPDATE speakers SET name = ?, key_name = ?, name_key = ? WHERE id = ?');
  const insertAlias = db.prepare('INSERT INTO speaker_aliases (alias_key, speaker_id, alias) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  const addQuotes = db.prepare('UPDATE speakers SET quote_count = quote_count + ?, changed_seq = MAX(changed_seq, ?) WHERE id = ?');
  const addSpelling = db.prepare(`INSERT INTO speaker_spellings (speaker_id, spelling, quotes) VALUES (?, ?, ?)
    ON CONFLICT (speaker_id, spelling) DO UPDATE SET quotes = speaker_spellings.quotes + excluded.quotes`);
  const spellings = db.prepare('SELECT spelling, quotes FROM speaker_spellings WHERE speaker_id = ?');
  const rename = db.prepare('UPDATE speakers SET name = ? WHERE id = ?');
  const lastChange = db.prepare('SELECT COALESCE(MAX(changed_seq), 0) AS seq FROM speakers');
  const changedSince = db.prepare('SELECT id, name, quote_count AS quotes, name_key AS key, changed_seq AS seq FROM speakers WHERE changed_seq > ?');

  function candidates(keys: readonly string[], surnameKey: string | null): SpeakerCandidates {
    const rows = keys.length > 0 ? (byKeys(keys.length).all(...keys, ...keys) as Array<SpeakerRow & { via: string }>) : [];
    const strip = ({ id, name, shownName, kind, quotes }: SpeakerRow): SpeakerRow => ({ id, name, shownName, kind, quotes });
    const exact = rows.filter((r) => r.via === 'key');
    const exactIds = new Set(exact.map((r) => r.id));
    const aliased = [...new Map(rows.filter((r) => !exactIds.has(r.id)).map((r) => [r.id, strip(r)])).values()];
    return {
      byKey: exact.map(strip),
      byAlias: aliased,
      bySurname: surnameKey === null ? [] : (bySurname.all(surnameKey) as SpeakerRow[]),
    };
  }

  function resolve(incoming: IncomingSpeaker, taken: ReadonlySet<number>): number {
    const { choice, keys } = decideSpeaker(incoming, taken, candidates);
    let id: number;
    let own: SpeakerKeys & { name: string; kind: SpeakerKind };
    if (choice.action === 'new') {
      id = Number(insert.run(incoming.name, incoming.name, keys.nameKey, keys.surnameKey, incoming.kind).lastInsertRowid);
      own = { ...keys, name: incoming.name, kind: incoming.kind };
    } else if (choice.action === 'promote') {
      id = choice.id;
      promote.run(incoming.name, incoming.name, keys.nameKey, id);
      own = { ...keys, name: incoming.name, kind: incoming.kind };
    } else {
      id = choice.id;
      own = byId.get(id) as SpeakerKeys & { name: string; kind: SpeakerKind };
    }
    for (const [key, alias] of aliasKeys(own, own.kind, [...incoming.spellings, ...incoming.aliases])) insertAlias.run(key, id, alias);
    return id;
  }

  return {
    candidates,
    resolve,
    addQuotes(id, bySpelling, seq) {
      let total = 0;
      for (const [spelling, n] of bySpelling) {
        addSpelling.run(id, spelling, n);
        total += n;
      }
      addQuotes.run(total, seq, id);
      const row = byId.get(id) as { shownName: string; kind: SpeakerKind };
      const name = preferredName(row.shownName, row.kind, spellings.all(id) as SpellingCount[]);
      if (name !== row.shownName) rename.run(name, id);
    },
    lastChange: () => (lastChange.get() as { seq: number }).seq,
    changedSince(seq) {
      const rows = changedSince.all(seq) as Array<IndexedSpeaker & { seq: number }>;
      const upTo = rows.reduce((max, r) => Math.max(max, r.seq), seq);
      return { speakers: rows.map(({ seq: _seq, ...speaker }) => speaker), upTo };
    },
  };
}
