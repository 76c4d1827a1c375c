import type { SpeakerCount } from '../core/ports/article-store.js';
import { preferredName } from '../core/speakers/preferred-name.js';
import type { SpeakerCandidates, SpeakerRecord } from '../core/speakers/speaker-record.js';
import { SpeakerSuggestionIndex } from '../core/speakers/suggestion-index.js';
import { aliasKeys, decideSpeaker, type IncomingSpeaker } from './incoming-speakers.js';

export interface MemorySpeaker extends SpeakerRecord {
  nameKey: string;
  surnameKey: string | null;
  spellings: Map<string, number>;
}

/** Speakers held in maps, with the same identity rules as the SQLite rows; every change can be undone. */
export class MemorySpeakers {
  readonly #rows = new Map<number, MemorySpeaker>();
  readonly #byKey = new Map<string, number>();
  readonly #aliases = new Map<string, Set<number>>();
  #nextId = 1;
  readonly #suggestions = new SpeakerSuggestionIndex();
  /** Speakers changed (or changed back) since the suggestion index last saw them. */
  readonly #changed = new Set<number>();

  /** Existing speakers with one of these keys, one of these alias keys, or this surname key. */
  candidates(keys: readonly string[], surnameKey: string | null): SpeakerCandidates {
    const copy = (r: MemorySpeaker): SpeakerRecord => ({ id: r.id, name: r.name, shownName: r.shownName, kind: r.kind, quotes: r.quotes });
    const exact = keys.flatMap((k) => (this.#byKey.has(k) ? [this.#rows.get(this.#byKey.get(k)!)!] : []));
    const exactIds = new Set(exact.map((r) => r.id));
    const aliased = new Set(keys.flatMap((k) => [...(this.#aliases.get(k) ?? [])]).filter((id) => !exactIds.has(id)));
    const sameSurname = surnameKey === null ? [] : [...this.#rows.values()].filter((r) => r.surnameKey === surnameKey);
    return { byKey: exact.map(copy), byAlias: [...aliased].map((id) => copy(this.#rows.get(id)!)), bySurname: sameSurname.map(copy) };
  }

  /** The speaker id for an article's speaker name; `undo` collects how to take every change back. */
  resolve(incoming: IncomingSpeaker, taken: ReadonlySet<number>, undo: Array<() => void>): number {
    const { choice, keys } = decideSpeaker(incoming, taken, (k, s) => this.candidates(k, s));
    let row: MemorySpeaker;
    if (choice.action === 'new') {
      row = { id: this.#nextId, name: incoming.name, shownName: incoming.name, kind: incoming.kind, quotes: 0, spellings: new Map(), ...keys };
      this.#nextId += 1;
      this.#rows.set(row.id, row);
      this.#byKey.set(row.nameKey, row.id);
      undo.push(() => {
        this.#rows.delete(row.id);
        this.#byKey.delete(row.nameKey);
        this.#nextId -= 1;
        this.#changed.add(row.id);
      });
    } else {
      row = this.#rows.get(choice.id)!;
      if (choice.action === 'promote') this.#promote(row, incoming.name, keys.nameKey, undo);
    }
    for (const [key] of aliasKeys(row, row.kind, [...incoming.spellings, ...incoming.aliases])) this.#addAlias(key, row.id, undo);
    return row.id;
  }

  /** Counts an article's quotes for a speaker, per spelling, and names it by its most quoted spelling. */
  addQuotes(id: number, bySpelling: ReadonlyMap<string, number>, undo: Array<() => void>): void {
    const row = this.#rows.get(id)!;
    const before = { shownName: row.shownName, quotes: row.quotes, spellings: new Map(row.spellings) };
    for (const [spelling, n] of bySpelling) {
      row.spellings.set(spelling, (row.spellings.get(spelling) ?? 0) + n);
      row.quotes += n;
    }
    row.shownName = preferredName(row.shownName, row.kind, [...row.spellings].map(([spelling, quotes]) => ({ spelling, quotes })));
    this.#changed.add(id);
    undo.push(() => {
      Object.assign(row, before);
      this.#changed.add(id);
    });
  }

  /** The name shown for a speaker. */
  name(id: number): string {
    return this.#rows.get(id)!.shownName;
  }

  /** Up to `n` speakers with quotes whose names are close to `query` (see SpeakerSuggestionIndex). */
  suggest(query: string, n: number): SpeakerCount[] {
    for (const id of this.#changed) {
      const row = this.#rows.get(id);
      if (row) this.#suggestions.put({ id, name: row.shownName, quotes: row.quotes, key: row.nameKey });
      else this.#suggestions.remove(id);
    }
    this.#changed.clear();
    return this.#suggestions.suggest(query, n);
  }

  /** Every speaker with quotes. */
  allWithQuotes(): MemorySpeaker[] {
    return [...this.#rows.values()].filter((r) => r.quotes > 0);
  }

  #promote(row: MemorySpeaker, name: string, nameKey: string, undo: Array<() => void>): void {
    const before = { name: row.name, shownName: row.shownName, nameKey: row.nameKey };
    this.#byKey.delete(row.nameKey);
    Object.assign(row, { name, shownName: name, nameKey });
    this.#byKey.set(nameKey, row.id);
    this.#changed.add(row.id);
    undo.push(() => {
      this.#byKey.delete(nameKey);
      Object.assign(row, before);
      this.#byKey.set(before.nameKey, row.id);
      this.#changed.add(row.id);
    });
  }

  #addAlias(key: string, id: number, undo: Array<() => void>): void {
    const ids = this.#aliases.get(key) ?? new Set<number>();
    if (ids.has(id)) return;
    ids.add(id);
    this.#aliases.set(key, ids);
    undo.push(() => void ids.delete(id));
  }
}
