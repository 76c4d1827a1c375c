import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotes, pickKeyQuotes, speakersInArticle } from '../../../../src/engines/extractive/quotes/index.js';
import { createArticleReader } from '../../../../src/ingest/create-article-reader.js';
import { projectRoot } from '../../../support/corpus.js';
import { articleOf } from './article-from-text.js';

// The sample the README's first command digests (samples/apollo-11-moon-landing.txt), read the way
// `tidings digest` reads it: every newcomer sees these quotes first.
describe('quotes of the project’s sample article', async () => {
  const sample = await createArticleReader({ fetch: { allowPrivate: false, timeoutMs: 1000, maxBytes: 5_000_000 } }).read(
    resolve(projectRoot, 'samples', 'apollo-11-moon-landing.txt'),
  );
  const quotes = findQuotes(sample);

  it('finds every quote, each credited to the full name the article first gives', () => {
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Neil A. Armstrong', 'Houston, Tranquility Base here. The Eagle has landed,'],
      ['Charles Duke', 'Roger, Tranquility, we copy you on the ground. You got a bunch of guys about to turn blue. We\'re breathing again,'],
      ['Charles Duke', 'Thanks a lot.'],
      ['Neil A. Armstrong', 'That\'s one small step for man, one giant leap for mankind,'],
      ['Edwin E. Aldrin Jr.', 'Magnificent desolation.'],
      ['Richard M. Nixon', 'Because of what you have done, the heavens have become a part of man\'s world,'],
      ['Richard M. Nixon', 'For one priceless moment in the whole history of man, all the people on this Earth are truly one.'],
    ]);
  });

  it('“Magnificent desolation.” is a fragment, never a key quote', () => {
    const verdict = quotes.find((q) => q.text === 'Magnificent desolation.');
    expect(verdict?.fragment).toBe(true);
    expect(pickKeyQuotes(quotes, sample).map((q) => q.text)).not.toContain('Magnificent desolation.');
  });

  it('keeps the apposed title as the capsule communicator’s role', () => {
    expect(quotes.find((q) => q.speaker === 'Charles Duke')?.role).toBe('astronaut');
  });

  it('lists the astronauts by full name with their surnames as aliases, and no sentence opener as a person', () => {
    const people = speakersInArticle(sample).filter((s) => s.kind === 'person');
    expect(people.find((s) => s.name === 'Neil A. Armstrong')?.aliases).toContain('Armstrong');
    expect(people.find((s) => s.name === 'Edwin E. Aldrin Jr.')?.aliases).toContain('Aldrin');
    const everyone = [...speakersInArticle(sample).map((s) => s.name), ...quotes.map((q) => q.speaker)];
    expect(everyone.filter((n) => /looking/iu.test(n))).toEqual([]);
  });

  it('never credits a quote to the sentence-opening participle, even with no one for “he” to mean', () => {
    const alone = findQuotes(articleOf('Looking across the barren plain, he offered a two-word verdict: “Magnificent desolation.”'));
    expect(alone.map((q) => q.speaker)).toEqual([]);
  });
});
