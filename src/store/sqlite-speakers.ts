import type { Statement } from 'better-sqlite3';
import type { SpeakerKind } from '../core/quote.js';
import { chooseSpeaker } from '../core/speakers/choose-speaker.js';
import type { SuggestionCandidate } from '../core/speakers/closest-speakers.js';
import { speakerKeys, type SpeakerCandidates, type SpeakerRecord } from '../core/speakers/speaker-record.js';
import { aliasKeys, type IncomingSpeaker } from './incoming-speakers.js';
import type { SqliteDatabase } from './open-database.js';

interface SpeakerRow {
  id: number;
  name: string;
  kind: SpeakerKind;
  quotes: number;
}

const SPEAKER_COLUMNS = 's.id, s.name, s.kind, s.quote_count AS quotes';

/** Speaker rows: finding candidates by key, alias and surname, and choosing or creating one per name. */
export interface SqliteSpeakers {
  /** Existing speakers with one of these keys, one of these alias keys, or this surname key. */
  candidates(keys: readonly string[], surnameKey: string | null): SpeakerCandidates;
  /** The speaker id for an article's speaker name, creating or promoting a row as the identity rules say. */
  resolve(incoming: IncomingSpeaker, taken: ReadonlySet<number>): number;
  /** Adds to a speaker's stored quote count. */
  addQuotes(id: number, count: number): void;
  /** Every speaker with quotes and its name key, for suggestions. */
  allWithQuotes(): SuggestionCandidate[];
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
  const byId = db.prepare('SELECT name, kind FROM speakers WHERE id = ?');
  const bySurname = db.prepare(`SELECT ${SPEAKER_COLUMNS} FROM speakers s WHERE s.surname_key = ?`);
  const insert = db.prepare('INSERT INTO speakers (name, name_key, surname_key, kind, quote_count) VALUES (?, ?, ?, ?, 0)');
  const promote = db.prepare('UPDATE speakers SET name = ?, name_key = ? WHERE id = ?');
  const insertAlias = db.prepare('INSERT INTO speaker_aliases (alias_key, speaker_id, alias) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  const addQuotes = db.prepare('UPDATE speakers SET quote_count = quote_count + ? WHERE id = ?');
  const allWithQuotes = db.prepare('SELECT name, quote_count AS quotes, name_key AS key FROM speakers WHERE quote_count > 0');

  function candidates(keys: readonly string[], surnameKey: string | null): SpeakerCandidates {
    const rows = keys.length > 0 ? (byKeys(keys.length).all(...keys, ...keys) as Array<SpeakerRow & { via: string }>) : [];
    const strip = ({ id, name, kind, quotes }: SpeakerRow): SpeakerRow => ({ id, name, kind, quotes });
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
    const keys = speakerKeys(incoming.name, incoming.kind);
    const aliasKeyList = [...aliasKeys(incoming, incoming.aliases).keys()];
    const found = candidates([keys.nameKey], incoming.kind === 'person' ? keys.surnameKey : null);
    const viaAliases = aliasKeyList.length > 0 ? candidates(aliasKeyList, null) : undefined;
    const choice = chooseSpeaker(incoming, { ...found, byAlias: [...found.byAlias, ...(viaAliases ? [...viaAliases.byKey, ...viaAliases.byAlias] : [])] }, taken);
    let id: number;
    let row: { name: string; kind: SpeakerKind };
    if (choice.action === 'new') {
      id = Number(insert.run(incoming.name, keys.nameKey, keys.surnameKey, incoming.kind).lastInsertRowid);
      row = incoming;
    } else if (choice.action === 'promote') {
      id = choice.id;
      promote.run(incoming.name, keys.nameKey, id);
      row = incoming;
    } else {
      id = choice.id;
      row = byId.get(id) as { name: string; kind: SpeakerKind };
    }
    for (const [key, alias] of aliasKeys(row, [...incoming.spellings, ...incoming.aliases])) insertAlias.run(key, id, alias);
    return id;
  }

  return {
    candidates,
    resolve,
    addQuotes: (id, count) => void addQuotes.run(count, id),
    allWithQuotes: () => allWithQuotes.all() as SuggestionCandidate[],
  };
}
