import { describe, expect, it } from 'vitest';
import { findQuotes, speakersInArticle } from '../../../../src/engines/extractive/quotes/index.js';
import { articleOf } from './article-from-text.js';
import { polnearParagraphs } from './polnear-text.js';
import { readFileSync } from 'node:fs';
import { corpusPath } from '../../../support/corpus.js';
import { articleFromText } from './article-from-text.js';

const speakers = (...paragraphs: string[]): string[] => findQuotes(articleOf(...paragraphs)).map((q) => q.speaker);

// Every sentence below is quoted from a PolNeAR training text (../shared/corpus/polnear/train/text/<file>).
describe('who a quote is credited to', () => {
  it('“the senator” resolves to the senator the article named, “Sen.” spelled out (huff-post_2015-11-15_bernie-sanders-it-is-not-a-radic)', () => {
    const quotes = findQuotes(articleOf(...polnearParagraphs('huff-post_2015-11-15_bernie-sanders-it-is-not-a-radic', 'WASHINGTON — Sen. Bernie Sanders', 2)));
    expect(quotes.length).toBeGreaterThanOrEqual(1);
    for (const q of quotes) expect([q.speaker, q.role]).toEqual(['Bernie Sanders', 'Sen.']);
  });

  it('“…,” said X, the Y of Z. keeps the apposition as the role (politico_2016-04-18_outside-gop-group-goes-in-big-fo)', () => {
    const quotes = findQuotes(
      articleOf(
        '“We did polling in this district and much like the previous primaries we did polling in, Bill Shuster is in strong position to be re-elected,” said Mike Shields, the president of the American Action Network.',
      ),
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([['Mike Shields', 'president of the American Action Network']]);
  });

  it('a definite description nobody answers to stays as written (huff-post_2015-11-15_bernie-sanders-it-is-not-a-radic)', () => {
    const quoted = speakers(...polnearParagraphs('huff-post_2015-11-15_bernie-sanders-it-is-not-a-radic', '“I apologize to nobody for that,”'));
    expect(quoted.length).toBeGreaterThanOrEqual(1);
    expect(new Set(quoted)).toEqual(new Set(['the senator']));
  });

  it('a campaign speaks as an organisation, named as written (nyt_2015-12-31_trump-turns-attacks-on-another-c)', () => {
    const quotes = findQuotes(
      articleOf(...polnearParagraphs('nyt_2015-12-31_trump-turns-attacks-on-another-c', "Mrs. Clinton's campaign said in a statement")),
    );
    expect(quotes.map((q) => [q.speaker, q.speakerKind])).toEqual([
      ["Mrs. Clinton's campaign", 'organization'],
      ["Mrs. Clinton's campaign", 'organization'],
    ]);
  });

  it('“…, but added, “…”” and a later “she said” go to the apposed name, past a fronted -ing clause (wash-post_2015-11-10_opposition-appears-to-win-landsl)', () => {
    expect(
      speakers(...polnearParagraphs('wash-post_2015-11-10_opposition-appears-to-win-landsl', 'Appearing before cheering supporters', 2)),
    ).toEqual(['Suu Kyi', 'Suu Kyi', 'Suu Kyi']);
  });

  it('“…, saying, “…”” goes to the clause’s subject, not the place it opens with (wash-post_2016-02-17_sanders-and-clinton-see-black-vo)', () => {
    expect(
      speakers(
        'Here in Columbia, Sanders stepped up his emphasis on criminal justice issues, saying, "We have got to achieve the day when young black males and women can walk the streets without being worried about being harassed by a police officer."',
      ),
    ).toEqual(['Sanders']);
  });

  it('“… released the following statement:” hands the next paragraph’s quote to the statement’s author (breitbart_2015-12-21_nytimes-casually-conflates-ted-c)', () => {
    expect(
      speakers(...polnearParagraphs('breitbart_2015-12-21_nytimes-casually-conflates-ted-c', 'The only people in the 2016 presidential race', 2)),
    ).toEqual(['Bill Clinton']);
  });

  it('“X also made the point …” makes X the referent of a later “he” (breitbart_2016-05-05_bolton-and-gorka-slam-neocons-fo)', () => {
    const quoted = speakers(...polnearParagraphs('breitbart_2016-05-05_bolton-and-gorka-slam-neocons-fo', 'Gorka also made the point', 2));
    expect(quoted.at(-2)).toBe('Gorka');
    expect(quoted.at(-1)).toBe('Gorka');
  });

  it('a lone word after “Republican National” is no person (breitbart_2016-03-15_the-latest-kasich-scores-all-del)', () => {
    const named = speakersInArticle(
      articleOf('By winning the Republican primary in Ohio, John Kasich picked up all 66 of the state’s delegates to the Republican National Convention.'),
    );
    expect(named.filter((s) => s.kind === 'person').map((s) => s.name)).toEqual(['John Kasich']);
  });

  it('a surname alone finds the full name with a middle initial “A.” (nyt_2016-03-17_reputations-at-risk-over-bets-on)', () => {
    const quotes = findQuotes(
      articleOf(
        ...polnearParagraphs('nyt_2016-03-17_reputations-at-risk-over-bets-on', 'As an investor, William A. Ackman'),
        ...polnearParagraphs('nyt_2016-03-17_reputations-at-risk-over-bets-on', "''It will take some time for the stock to recover,''"),
      ),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['William A. Ackman']);
    expect(quotes[0]!.speakerAliases).toContain('Ackman');
  });

  it('“Mr. Biden” finds “Joseph R. Biden Jr.”: initial and suffix both part of the name (nyt_2016-05-19_u-s-to-increase-overtime-eligibi)', () => {
    const quotes = findQuotes(articleOf(...polnearParagraphs('nyt_2016-05-19_u-s-to-increase-overtime-eligibi', 'Vice President Joseph R. Biden Jr.', 3)));
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Joseph R. Biden Jr.', 'Vice President'],
      ['Joseph R. Biden Jr.', 'Vice President'],
      ['Joseph R. Biden Jr.', 'Vice President'],
    ]);
  });

  it('“she told Reeves” goes to the woman named with a middle initial (wash-post_2016-07-02_judge-blocks-mississippi-s-relig)', () => {
    expect(speakers(...polnearParagraphs('wash-post_2016-07-02_judge-blocks-mississippi-s-relig', 'Roberta A. Kaplan, a New York-based lawyer'))).toEqual([
      'Roberta A. Kaplan',
      'Roberta A. Kaplan',
    ]);
  });

  it('“General Counsel” is a title folded out of the name into the role (wash-post_2016-07-13_after-review-clinton-s-emails-mi)', () => {
    const quotes = findQuotes(articleOf(...polnearParagraphs('wash-post_2016-07-13_after-review-clinton-s-emails-mi', 'In accordance with our policies')));
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([['James A. Baker', 'FBI General Counsel']]);
  });

  it('“Lee” names a man or a woman, so “she” can mean Professor Lee Epstein (nyt_2016-06-29_the-perfect-term-for-conservativ)', () => {
    expect(speakers(...polnearParagraphs('nyt_2016-06-29_the-perfect-term-for-conservativ', 'Justice Thomas remained the most conservative', 4))).toEqual([
      'Lee Epstein',
      'Lee Epstein',
    ]);
  });

  it('an organisation before the title goes to the role: “NFL Commissioner Roger Goodell said” (cnn-stories/7fe70cc8b12fab2d0a258fababf7d9c6b5e1262a.story)', () => {
    const quotes = findQuotes(
      articleOf(
        '"Your admitted conduct was not only illegal, but also cruel and reprehensible. Your team, the NFL, and NFL fans have all been hurt by your actions," NFL Commissioner Roger Goodell said in a letter to Vick.',
      ),
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([['Roger Goodell', 'NFL Commissioner']]);
  });

  it('a state before the title goes to the role, “New” included: “New Jersey Gov. Chris Christie” (breitbart_2016-01-01_jeb-bush-super-pac-chief-praises)', () => {
    const named = speakersInArticle(articleOf(...polnearParagraphs('breitbart_2016-01-01_jeb-bush-super-pac-chief-praises', 'New Jersey Gov. Chris Christie')));
    expect(named.map((s) => s.name)).toContain('Chris Christie');
    expect(named.map((s) => s.name).filter((n) => /Gov\.|Jersey/u.test(n))).toEqual([]);
  });

  it('“Senate Majority Whip John Cornyn … “…,” he said” keeps the whole title as the role (wash-post_2016-06-29_attempt-to-fund-zika-fight-dies-)', () => {
    const quotes = findQuotes(articleOf(...polnearParagraphs('wash-post_2016-06-29_attempt-to-fund-zika-fight-dies-', 'Senate Majority Whip John Cornyn', 2)));
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['John Cornyn', 'Senate Majority Whip'],
      ['John Cornyn', 'Senate Majority Whip'],
    ]);
  });

  it('a dateline is no part of the name after it: “ROME - Bernie Sanders met …” (wash-post_2016-04-18_sanders-says-his-private-meeting)', () => {
    const named = speakersInArticle(articleOf(...polnearParagraphs('wash-post_2016-04-18_sanders-says-his-private-meeting', 'ROME - Bernie Sanders')));
    expect(named.map((s) => s.name)).toContain('Bernie Sanders');
    expect(named.map((s) => s.name).filter((n) => /ROME.*Sanders/u.test(n))).toEqual([]);
  });

  it('“Representative X of Florida … “…,” she said” credits X, the state left out of the name (nyt_2016-05-19_democrats-pressure-sanders-to-re)', () => {
    const quotes = findQuotes(articleOf(...polnearParagraphs('nyt_2016-05-19_democrats-pressure-sanders-to-re', 'Representative Debbie Wasserman Schultz of Florida', 3)));
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Debbie Wasserman Schultz', 'Representative'],
      ['Debbie Wasserman Schultz', 'Representative'],
    ]);
  });

  it('a sentence-opening “Until” is no part of a name or role (nyt_2016-07-07_in-criticizing-clinton-hints-tha)', () => {
    const named = speakersInArticle(articleOf(...polnearParagraphs('nyt_2016-07-07_in-criticizing-clinton-hints-tha', 'Until Mr. Comey spoke')));
    expect(named.map((s) => s.name)).toContain('Comey');
    expect(named.map((s) => s.name).filter((n) => /until/iu.test(n))).toEqual([]);
  });

  it('“…,” his father said stays “his father”, never “a his father” (cnn-stories/a1ebb8bb4d370a1fdf28769206d572be60642d70.story)', () => {
    expect(speakers('"I will do anything for Youssif," his father said, pulling his son closer to him. "Our child is everything."')).toEqual([
      'his father',
      'his father',
    ]);
  });

  it('“Cuban said” after “Mark Cuban”: a surname that is also a nationality word names the person (politico_2016-05-22_mark-cuban-i-d-consider-a-future)', () => {
    const quoted = speakers(...polnearParagraphs('politico_2016-05-22_mark-cuban-i-d-consider-a-future', 'Mark Cuban, the billionaire owner', 5));
    expect(quoted.length).toBeGreaterThanOrEqual(3);
    expect(new Set(quoted)).toEqual(new Set(['Mark Cuban']));
  });

  it('“Work resumed Friday, …, he said.” — a sentence-opening common noun is no referent for “he” (cnn-stories/0d43b97000ff852282c89d8d105e41495c0ee9bd.story)', () => {
    const story = readFileSync(corpusPath('cnn-stories', '0d43b97000ff852282c89d8d105e41495c0ee9bd.story'), 'utf8').split('@highlight')[0]!;
    const quote = findQuotes(articleFromText(story)).find((q) => q.text.startsWith('Basically, what it saw'));
    expect(quote?.speaker).toBe('Richard Stickler');
  });

  it('“Carson defied the question” — a surname never written in lowercase stays a referent (breitbart_2016-02-06_republican-presidential-candidat)', () => {
    expect(speakers(...polnearParagraphs('breitbart_2016-02-06_republican-presidential-candidat', 'Carson defied the question'))).toEqual(['Carson']);
  });

  it('a sentence-opening preposition is no part of a name: “Against Sanders on Tuesday, she lost …” (wash-post_2016-03-10_scrappy-debate-signals-long-grin)', () => {
    const text = readFileSync(corpusPath('polnear', 'train', 'text', 'wash-post_2016-03-10_scrappy-debate-signals-long-grin.txt'), 'utf8');
    const quoted = findQuotes(articleFromText(text)).map((q) => q.speaker);
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.filter((n) => /against/iu.test(n))).toEqual([]);
  });

  it('“X also questioned Trump’s logic. “…,” he said” — a possessive after a reporting verb is not the one speaking (politico_2016-06-13_terrorism-experts-rebuke-trump-p)', () => {
    const quotes = findQuotes(articleOf(...polnearParagraphs('politico_2016-06-13_terrorism-experts-rebuke-trump-p', 'Terrorism experts rebuke', 12)));
    expect(quotes.at(-1)?.speaker).toBe('Juan Zarate');
    expect(quotes.at(-1)?.text).toMatch(/^There is no question/u);
  });

  it('“Sir” is an honorific, folded out of the name (politico_2015-12-26_british-diplomat-praises-obama-s)', () => {
    const quoted = speakers(...polnearParagraphs('politico_2015-12-26_british-diplomat-praises-obama-s', 'President Barack Obama has an admirer', 3));
    expect(quoted.length).toBeGreaterThanOrEqual(2);
    expect(new Set(quoted)).toEqual(new Set(['Peter Westmacott']));
  });
});
