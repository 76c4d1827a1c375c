import { parseName, type ParsedName } from './name-key.js';
import { agreesWithAll } from './same-speaker.js';
import { byName, byQuotesDesc, recordNames, type SpeakerCandidates, type SpeakerRecord } from './speaker-record.js';

/** One person a query found: the stored speakers that are them, under one display name. */
export interface MatchedPerson {
  name: string;
  ids: number[];
  quotes: number;
}

interface Row {
  row: SpeakerRecord;
  /** The identity spelling, parsed. */
  parsed: ParsedName;
  names: ParsedName[];
}

const toRow = (row: SpeakerRecord): Row => ({ row, parsed: parseName(row.name), names: recordNames(row) });
const rowsAgree = (a: Row, b: Row): boolean => a.names.every((n) => agreesWithAll(n, b.names));

/** Groups full-named rows into people: a row joins the first person every row of which agrees with it. */
function clusterPeople(rows: readonly Row[]): Row[][] {
  const people: Row[][] = [];
  for (const r of [...rows].sort((a, b) => byQuotesDesc(a.row, b.row))) {
    const person = people.find((p) => p.every((m) => rowsAgree(m, r)));
    if (person) person.push(r);
    else people.push([r]);
  }
  return people;
}

const toPerson = (rows: readonly Row[]): MatchedPerson => {
  const sorted = [...rows].sort((a, b) => Number(b.parsed.given !== null) - Number(a.parsed.given !== null) || byQuotesDesc(a.row, b.row));
  return { name: sorted[0]!.row.shownName, ids: rows.map((r) => r.row.id), quotes: rows.reduce((n, r) => n + r.row.quotes, 0) };
};

/**
 * The people a speaker query names, most quoted first. The first is the answer; the rest are
 * the others a bare surname also names ("clinton" → Hillary Clinton, then Bill Clinton).
 *
 * A full-name query takes the stored full names that agree with it (sameSpeaker). A bare-surname
 * query takes everyone with that surname. Bare-surname speakers ("Clinton" from an article that
 * never said which) join the one person of that surname when there is just one; when there are
 * several they stay apart: listed among the others for a bare query, left out of a full-name one.
 * Exact key and alias matches are always in.
 */
export function matchSpeakerQuery(query: string, found: SpeakerCandidates): MatchedPerson[] {
  const q = parseName(query);
  const direct = new Map<number, SpeakerRecord>([...found.byKey, ...found.byAlias].map((r) => [r.id, r]));
  const sameSurname = found.bySurname
    .filter((r) => r.kind === 'person')
    .map(toRow);
  const fullRows = sameSurname.filter((r) => r.parsed.given !== null);
  const bareRows = sameSurname.filter((r) => r.parsed.given === null);
  const allPeople = clusterPeople(fullRows);

  const chosen = q.given === null ? fullRows : fullRows.filter((r) => agreesWithAll(q, r.names));
  const people = clusterPeople(chosen);
  const bareJoins = allPeople.length <= 1 && (q.given === null || people.length === allPeople.length);
  if (bareJoins && bareRows.length > 0) {
    if (people[0]) people[0].push(...bareRows);
    else people.push(bareRows);
  } else if (q.given === null && bareRows.length > 0) {
    people.push(bareRows);
  }

  const inPeople = new Set(people.flatMap((p) => p.map((r) => r.row.id)));
  for (const row of direct.values()) if (!inPeople.has(row.id)) people.push([toRow(row)]);
  return people.map(toPerson).sort((a, b) => b.quotes - a.quotes || byName(a.name, b.name));
}
