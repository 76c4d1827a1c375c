import { describe, expect, it } from 'vitest';
import { isVerbatim } from '../../../../src/core/quote.js';
import { findQuotes, pickKeyQuotes } from '../../../../src/engines/extractive/quotes/index.js';
import { readSeedArticle } from '../../../support/corpus.js';
import { articleFromText } from './article-from-text.js';

// The seed article (../shared/corpus/putin-skips-ukraine-talks.txt) and its hand-checked quotes.
const article = articleFromText(readSeedArticle(), 'putin-skips-ukraine-talks.txt');
const quotes = findQuotes(article);
const by = (speaker: string): string[] => quotes.filter((q) => q.speaker === speaker).map((q) => q.text);

describe('quotes of the seed article', () => {
  it('credits Zelenskyy with his four full-sentence quotes and the “decorative” fragment', () => {
    expect(by('Volodymyr Zelenskyy')).toEqual([
      'decorative',
      'We need to understand the level of the Russian delegation and what their mandate is,',
      'From what we see, it looks more like a decorative deployment by Moscow.',
      'Our delegation is at the highest level,',
      'The Ministry of Foreign Affairs, the Office of the President, our military, and intelligence services are all present to pursue peace — if Russia is sincere.',
    ]);
  });

  it('credits Rubio with his two quotes', () => {
    expect(by('Marco Rubio')).toEqual([
      'We’re impatient,',
      'We are open to any mechanism that can bring about a sustainable and just peace in Ukraine.',
    ]);
  });

  it('folds the title out of Lavrov’s name and keeps it as his role', () => {
    const lavrov = quotes.filter((q) => q.speaker === 'Sergey Lavrov');
    expect(lavrov.map((q) => q.text)).toEqual(['pathetic,']);
    expect(lavrov[0]!.role).toBe('Foreign Minister');
    expect(lavrov[0]!.fragment).toBe(true);
  });

  it('credits Zakharova with “dummy,” “clown,” and “loser”', () => {
    expect(by('Maria Zakharova')).toEqual(['dummy,', 'clown,', 'loser']);
  });

  it('credits Trump with the “within hours,” and “meaningful progress,” fragments', () => {
    expect(by('Donald Trump')).toEqual(['within hours,', 'meaningful progress,']);
  });

  it('gives the diplomat’s two quotes to the unnamed European diplomat, not Putin or Lavrov', () => {
    const diplomat = quotes.filter((q) => q.text.startsWith('The absence of Putin') || q.text.startsWith('Russia came to show up'));
    expect(diplomat).toHaveLength(2);
    for (const q of diplomat) {
      expect(q.speaker).toBe('a European diplomat');
      expect(q.speakerKind).toBe('unnamed');
    }
  });

  it('credits nobody with the scare quote “denazification” and quotes Putin nowhere', () => {
    expect(quotes.some((q) => q.text.includes('denazification'))).toBe(false);
    expect(quotes.some((q) => /Putin/u.test(q.speaker))).toBe(false);
    expect(quotes).toHaveLength(15);
  });

  it('lists the surname-only spelling as an alias of the full name', () => {
    const zelenskyy = quotes.find((q) => q.speaker === 'Volodymyr Zelenskyy')!;
    expect(zelenskyy.speakerAliases).toContain('Zelenskyy');
  });

  it('returns only verbatim slices of the article', () => {
    for (const q of quotes) expect(isVerbatim(article.text, q)).toBe(true);
  });

  it('picks 3–5 full-sentence key quotes from different speakers first, never a fragment', () => {
    const keys = pickKeyQuotes(quotes, article);
    expect(keys.length).toBeGreaterThanOrEqual(3);
    expect(keys.length).toBeLessThanOrEqual(5);
    expect(keys.every((q) => !q.fragment)).toBe(true);
    expect(new Set(keys.map((q) => q.speaker))).toEqual(new Set(['Volodymyr Zelenskyy', 'Marco Rubio', 'a European diplomat']));
    expect(keys.map((q) => q.start)).toEqual([...keys.map((q) => q.start)].sort((a, b) => a - b));
  });
});
