import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, editDistanceWithin } from '../../../../src/core/speakers/edit-distance.js';
import { nameKey } from '../../../../src/core/speakers/name-key.js';
import { prefixKeys } from '../../../../src/core/speakers/prefix-keys.js';
import { SpeakerSuggestionIndex, type IndexedSpeaker } from '../../../../src/core/speakers/suggestion-index.js';

const speaker = (id: number, name: string, quotes: number): IndexedSpeaker => ({ id, name, quotes, key: nameKey(name) });

/** The Slack load bench's shape: seed surnames turned into given names beside numbered surnames. */
function syntheticSpeakers(n: number): IndexedSpeaker[] {
  const firsts = ['Zelenskyy', 'Zakharova', 'Lavrov', 'Trump', 'Rubio', 'Diplomat'];
  return Array.from({ length: n }, (_, i) => speaker(i + 1, `${firsts[i % firsts.length]} Person${i}`, 1 + (i % 40)));
}

describe('SpeakerSuggestionIndex', () => {
  it('follows a speaker through renames, new counts and removal', () => {
    const index = new SpeakerSuggestionIndex([speaker(1, 'Dmitry Peskov', 2), speaker(2, 'Marco Rubio', 3)]);
    expect(index.suggest('Peskow', 5)).toEqual([{ name: 'Dmitry Peskov', quotes: 2 }]);
    index.put(speaker(1, 'Dmitri Peskov', 9));
    expect(index.suggest('putin', 5)).toEqual([{ name: 'Dmitri Peskov', quotes: 9 }, { name: 'Marco Rubio', quotes: 3 }]);
    index.put(speaker(1, 'Dmitri Peskov', 0));
    expect(index.suggest('Peskow', 5)).toEqual([{ name: 'Marco Rubio', quotes: 3 }]);
    index.remove(2);
    expect(index.size).toBe(0);
    expect(index.suggest('Peskow', 5)).toEqual([]);
  });

  it('finds names added after a suggestion, a few at a time or many at once, each once', () => {
    const index = new SpeakerSuggestionIndex([speaker(1, 'Marco Rubio', 3)]);
    expect(index.suggest('Rubi', 5)).toEqual([{ name: 'Marco Rubio', quotes: 3 }]);
    index.put(speaker(2, 'Anna Rubin', 1));
    index.remove(2);
    index.put(speaker(2, 'Anna Rubin', 1));
    expect(index.suggest('Rubi', 5)).toEqual([{ name: 'Marco Rubio', quotes: 3 }, { name: 'Anna Rubin', quotes: 1 }]);
    for (const s of syntheticSpeakers(200)) index.put({ ...s, id: s.id + 10 });
    index.remove(11);
    index.put({ ...syntheticSpeakers(1)[0]!, id: 11 });
    // Person0 starts with the query; Person30, 60, 90 and 6 are one edit away, most quoted first.
    expect(index.suggest('zelenskyy person0', 5)).toEqual([
      { name: 'Zelenskyy Person0', quotes: 1 },
      { name: 'Zelenskyy Person30', quotes: 31 },
      { name: 'Zelenskyy Person60', quotes: 21 },
      { name: 'Zelenskyy Person90', quotes: 11 },
      { name: 'Zelenskyy Person6', quotes: 7 },
    ]);
  });

  it('keeps a word shared by two speakers until both are gone', () => {
    const index = new SpeakerSuggestionIndex([speaker(1, 'Anna Smith', 1), speaker(2, 'Boris Smith', 2)]);
    index.remove(2);
    expect(index.suggest('smyth', 5)).toEqual([{ name: 'Anna Smith', quotes: 1 }]);
  });

  it('prefers a name starting with the query, then fewer edits, then more quotes', () => {
    const index = new SpeakerSuggestionIndex([speaker(1, 'Sergey Lavrov', 1), speaker(2, 'Lavrova', 9), speaker(3, 'Maria Zakharova', 3)]);
    expect(index.suggest('Lavrow', 3).map((s) => s.name)).toEqual(['Sergey Lavrov', 'Lavrova']);
    expect(index.suggest('Zacharowa', 3).map((s) => s.name)).toEqual(['Maria Zakharova']);
    const kovacs = new SpeakerSuggestionIndex([speaker(1, 'Anna Kovacs', 1), speaker(2, 'Boris Kovacs', 4), speaker(3, 'Kovalenko', 9)]);
    expect(kovacs.suggest('kova', 3).map((s) => s.name)).toEqual(['Boris Kovacs', 'Anna Kovacs', 'Kovalenko']);
  });

  // Speed is measured by bench/bench-quotes-lookup.ts (npm run bench:quotes), never asserted here.
  it('answers every shape of not-found query among 10,000 speakers with at most n suggestions', () => {
    const index = new SpeakerSuggestionIndex(syntheticSpeakers(10_000));
    const queries = ['nobody at all', 'x', 'p', 'putin', 'an unnamed official close to the talks', 'qwertz uiopa sdfgh jklyx cvbnm '.repeat(3).slice(0, 100)];
    for (const query of queries) {
      const suggestions = index.suggest(query, 5);
      expect(suggestions.length, query).toBeGreaterThan(0);
      expect(suggestions.length, query).toBeLessThanOrEqual(5);
    }
    expect(index.suggest('nobody at all', 3)).toEqual([
      { name: 'Diplomat Person1079', quotes: 40 },
      { name: 'Diplomat Person119', quotes: 40 },
      { name: 'Diplomat Person1199', quotes: 40 },
    ]);
  });
});

describe('editDistanceWithin', () => {
  it('agrees with the full distance up to the bound and says bound + 1 beyond it', () => {
    const words = ['zelenski', 'zelinski', 'lavrov', 'lavrova', 'person17', 'person1177', '', 'a'];
    for (const a of words) {
      for (const b of words) {
        const full = editDistance(a, b);
        for (const max of [0, 1, 2, 4]) expect(editDistanceWithin(a, b, max), `${a}/${b}/${max}`).toBe(Math.min(full, max + 1));
      }
    }
  });
});

describe('SpeakerSuggestionIndex against a scan of every name', () => {
  /** The suggestion rule applied the slow way: every key and word of every speaker measured. */
  function scanEveryName(query: string, speakers: readonly IndexedSpeaker[], n: number): Array<{ name: string; quotes: number }> {
    const byCount = (a: IndexedSpeaker, b: IndexedSpeaker): number => b.quotes - a.quotes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const mostQuoted = () => [...speakers].sort(byCount).slice(0, n).map(({ name, quotes }) => ({ name, quotes }));
    const queryKey = nameKey(query);
    if (queryKey === '') return mostQuoted();
    const starts = prefixKeys(query);
    const allowed = Math.max(2, Math.floor(queryKey.length * 0.4));
    const scored = speakers.map((s) => {
      const keys = [s.key, ...s.key.split(' ')].filter((k) => k !== '');
      const prefix = keys.some((k) => starts.some((p) => k.startsWith(p)));
      return { s, prefix, distance: Math.min(allowed + 1, ...keys.map((k) => editDistance(queryKey, k))) };
    });
    const close = scored
      .filter((x) => x.prefix || x.distance <= allowed)
      .sort((a, b) => Number(b.prefix) - Number(a.prefix) || a.distance - b.distance || byCount(a.s, b.s));
    return close.length === 0 ? mostQuoted() : close.slice(0, n).map(({ s }) => ({ name: s.name, quotes: s.quotes }));
  }

  const word = fc.constantFrom('Anna', 'Ann', 'Zelenskyy', 'Zelensky', 'Zakharova', 'Lavrov', 'Person17', 'Person1177', 'Peskov', 'al', 'von', 'x', 'Smith', 'Smyth', 'Rubio');
  const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));

  it('suggests exactly what the scan suggests, in the same order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 25 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 25, maxLength: 25 }), fc.oneof(name, fc.string({ maxLength: 12 })), fc.integer({ min: 1, max: 6 }), (names, counts, query, n) => {
        const speakers = names.map((nm, i) => speaker(i + 1, nm, counts[i]!));
        const index = new SpeakerSuggestionIndex(speakers);
        expect(index.suggest(query, n)).toEqual(scanEveryName(query, speakers, n));
      }),
    );
  });
});
