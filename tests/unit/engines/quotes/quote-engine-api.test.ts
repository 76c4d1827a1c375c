import { describe, expect, it } from 'vitest';
import { attributeSpan, findQuotes, speakersInArticle } from '../../../../src/engines/extractive/quotes/index.js';
import { normalizeUnnamed } from '../../../../src/engines/extractive/speakers/unnamed-source.js';
import { readSeedArticle } from '../../../support/corpus.js';
import { articleFromText } from './article-from-text.js';

const seed = articleFromText(readSeedArticle(), 'putin-skips-ukraine-talks.txt');

describe('attributeSpan (for verifying a model’s quotes)', () => {
  it('names who the engine credits for a span inside a quote', () => {
    const start = seed.text.indexOf('Russia came to show up');
    expect(attributeSpan(seed, start, start + 20)).toEqual({ speaker: 'a European diplomat', role: null, speakerKind: 'unnamed' });
    const pathetic = seed.text.indexOf('pathetic');
    expect(attributeSpan(seed, pathetic, pathetic + 8)).toEqual({ speaker: 'Sergey Lavrov', role: 'Foreign Minister', speakerKind: 'person' });
  });

  it('returns null for a span nobody is credited with (the scare quote “denazification”)', () => {
    const start = seed.text.indexOf('denazification');
    expect(attributeSpan(seed, start, start + 'denazification'.length)).toBeNull();
  });

  it('agrees with findQuotes on every quote', () => {
    for (const q of findQuotes(seed)) expect(attributeSpan(seed, q.start, q.end)?.speaker).toBe(q.speaker);
  });
});

describe('speakersInArticle', () => {
  const named = speakersInArticle(seed);
  const find = (name: string) => named.find((s) => s.name === name);

  it('lists the people named, with the other spellings seen, including those never quoted', () => {
    expect(find('Volodymyr Zelenskyy')).toEqual({ name: 'Volodymyr Zelenskyy', aliases: ['Zelenskyy'], kind: 'person' });
    expect(find('Vladimir Putin')?.kind).toBe('person');
    expect(find('Sergey Lavrov')?.aliases).toContain('Lavrov');
  });

  it('lists the unnamed source it credited and no nationality as a person', () => {
    expect(find('a European diplomat')?.kind).toBe('unnamed');
    expect(named.some((s) => s.name === 'European' || s.name === 'Russian')).toBe(false);
  });
});

describe('unnamed sources keep one normal form', () => {
  it('“one European diplomat in Istanbul” → “a European diplomat” (putin-skips-ukraine-talks.txt)', () => {
    expect(normalizeUnnamed(['one', 'European', 'diplomat', 'in', 'Istanbul'])?.name).toBe('a European diplomat');
  });

  it('plurals keep no article: “Ukrainian officials” (putin-skips-ukraine-talks.txt)', () => {
    expect(normalizeUnnamed(['Ukrainian', 'officials'])).toEqual({ name: 'Ukrainian officials', head: 'officials', plural: true });
  });

  it('“for” phrases stay: “a spokesman for the Louisville Islamic Center” (breitbart_2016-06-05_the-latest-mourners-say-ali-s-de)', () => {
    expect(normalizeUnnamed('a spokesman for the Louisville Islamic Center'.split(' '))?.name).toBe('a spokesman for the Louisville Islamic Center');
  });
});
