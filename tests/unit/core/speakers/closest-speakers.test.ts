import { describe, expect, it } from 'vitest';
import { closestSpeakers, editDistance } from '../../../../src/core/speakers/closest-speakers.js';

const seedSpeakers = [
  { name: 'Volodymyr Zelenskyy', quotes: 5 },
  { name: 'Maria Zakharova', quotes: 3 },
  { name: 'Marco Rubio', quotes: 2 },
  { name: 'Donald Trump', quotes: 2 },
  { name: 'a European diplomat', quotes: 2 },
  { name: 'Sergey Lavrov', quotes: 1 },
];

describe('closestSpeakers', () => {
  it('puts a speaker whose name starts with the query first', () => {
    expect(closestSpeakers('zak', seedSpeakers, 3)[0]?.name).toBe('Maria Zakharova');
    expect(closestSpeakers('Mar', seedSpeakers, 2).map((s) => s.name)).toEqual(['Maria Zakharova', 'Marco Rubio']);
  });

  it('finds a misspelt surname by edit distance on folded keys', () => {
    expect(closestSpeakers('Lavroff', seedSpeakers, 1)).toEqual([{ name: 'Sergey Lavrov', quotes: 1 }]);
    expect(closestSpeakers('zelinsky', seedSpeakers, 1)).toEqual([{ name: 'Volodymyr Zelenskyy', quotes: 5 }]);
    expect(closestSpeakers('Rubia', seedSpeakers, 1)).toEqual([{ name: 'Marco Rubio', quotes: 2 }]);
  });

  it('offers the most quoted speakers when nobody is close', () => {
    expect(closestSpeakers('putin', seedSpeakers, 2)).toEqual([
      { name: 'Volodymyr Zelenskyy', quotes: 5 },
      { name: 'Maria Zakharova', quotes: 3 },
    ]);
    expect(closestSpeakers('putin', [], 5)).toEqual([]);
  });

  it('computes Levenshtein distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('zelenski', 'zelenski')).toBe(0);
  });
});
