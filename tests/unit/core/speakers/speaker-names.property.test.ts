import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestSpeakers } from '../../../../src/core/speakers/closest-speakers.js';
import { nameKey, surnameKey } from '../../../../src/core/speakers/name-key.js';
import { prefixKeys } from '../../../../src/core/speakers/prefix-keys.js';
import { sameSpeaker } from '../../../../src/core/speakers/same-speaker.js';

const names = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom('Mrs.', 'Hillary', 'Bill', 'Rodham', 'Clinton', 'al-Assad', 'von', 'Jr.', 'Zelenskyy', 'Ø', '’s', '-', 'A.'), { maxLength: 6 }).map((w) => w.join(' ')),
);

describe('speaker names, whatever the input', () => {
  it('keys any string without throwing, and a key ignores case', () => {
    fc.assert(
      fc.property(names, (name) => {
        expect(nameKey(name)).toBe(nameKey(name.toUpperCase() === name.toLowerCase() ? name : name.toLowerCase()));
        expect(typeof surnameKey(name)).toBe('string');
        expect(Array.isArray(prefixKeys(name))).toBe(true);
      }),
    );
  });

  it('says the same of a pair whichever way round it is asked', () => {
    fc.assert(
      fc.property(names, names, (a, b) => {
        expect(sameSpeaker(a, b)).toBe(sameSpeaker(b, a));
      }),
    );
  });

  it('suggests only speakers it was given, at most n', () => {
    const speakers = fc.array(fc.record({ name: names, quotes: fc.nat(50) }), { maxLength: 20 });
    fc.assert(
      fc.property(names, speakers, fc.nat(6), (query, candidates, n) => {
        const suggested = closestSpeakers(query, candidates, n);
        expect(suggested.length).toBeLessThanOrEqual(n);
        for (const s of suggested) expect(candidates).toContainEqual(s);
      }),
    );
  });
});
