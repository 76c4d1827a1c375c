import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../src/engines/extractive/quotes/index.js';
import { findMarkedSpans } from '../../../../src/engines/extractive/quotes/quote-marks.js';
import { articleOf } from './article-from-text.js';
import { polnearParagraphs } from './polnear-text.js';

const spans = (text: string): string[] => findMarkedSpans(text).map((s) => text.slice(s.start, s.end));

// The sentence of the seed article (putin-skips-ukraine-talks.txt), written with each convention.
const RUBIO = (open: string, close: string): string => `${open}We’re impatient,${close} Rubio said.`;

describe('quote marks', () => {
  it('pairs curly, straight, guillemet and German double quotes', () => {
    for (const [open, close] of [['“', '”'], ['"', '"'], ['«', '»'], ['„', '“']] as const) {
      expect(spans(RUBIO(open, close))).toEqual(['We’re impatient,']);
      const lead = 'U.S. Secretary of State Marco Rubio, attending a NATO meeting in Antalya, expressed frustration over the stalemate.';
      expect(findQuotes(articleOf(`${lead} ${RUBIO(open, close)}`))[0]?.speaker).toBe('Marco Rubio');
    }
  });

  it('pairs top-level single quotes but never an apostrophe (Zelenskyy’s, We’re, the Clintons’ — huff-post_2016-02-12_the-democratic-primary-is-a-figh)', () => {
    expect(spans(RUBIO('‘', '’'))).toEqual(['We’re impatient,']);
    expect(spans('Russian officials reacted furiously to Zelenskyy’s call for Putin to personally attend the talks.')).toEqual([]);
    expect(spans('Now that the South Carolina primary is looming on the calendar, Sanders could have referenced the Clintons’ embarrassing, race-baiting tactics from eight years ago.')).toEqual([]);
  });

  it('keeps single quotes nested inside a double quote as part of it (breitbart_2016-05-05_bolton-and-gorka-slam-neocons-fo)', () => {
    const text = '“She’s actually said on the campaign trail, ‘I refuse to use the phrase radical Islam,’” he noted.';
    expect(spans(text)).toEqual(['She’s actually said on the campaign trail, ‘I refuse to use the phrase radical Islam,’']);
  });

  it("pairs the NYT archive's doubled apostrophes '' … '' (nyt_2015-11-10_netanyahu-and-obama-a-tortured-r)", () => {
    const text = "''This was not the guiding basis of our policy,'' Mr. Rhodes said. ''The guiding basis was to be energetic for a two-state solution.''";
    expect(spans(text)).toEqual(['This was not the guiding basis of our policy,', 'The guiding basis was to be energetic for a two-state solution.']);
    const chemistry = polnearParagraphs('nyt_2015-11-10_netanyahu-and-obama-a-tortured-r', "''actually had chemistry,''");
    expect(findQuotes(articleOf(...chemistry, text)).map((q) => q.speaker)).toEqual(['Benjamin J. Rhodes', 'Benjamin J. Rhodes', 'Benjamin J. Rhodes']);
    expect(spans("The October report exceeded economists' expectations, with 271,000 new payroll positions.")).toEqual([]);
  });

  it("closes '' after a nested single quote: ''… 'old-school,''' (nyt_2016-01-19_bush-s-presidential-campaign-per)", () => {
    const text = "''I would use the word 'old-school,''' said Gregory W. Slayton, whom George W. Bush appointed chief of mission to Bermuda, and who is now supporting Senator Marco Rubio.";
    expect(spans(text)).toEqual(["I would use the word 'old-school,'"]);
    expect(findQuotes(articleOf(text)).map((q) => q.speaker)).toEqual(['Gregory W. Slayton']);
  });

  it('runs an unclosed quote to the end of its paragraph (huff-post_2016-06-17_trump-s-supporters-may-be-the-re)', () => {
    const [text] = polnearParagraphs('huff-post_2016-06-17_trump-s-supporters-may-be-the-re', '“One I would describe');
    const last = findMarkedSpans(text!).at(-1)!;
    expect(last.close).toBeNull();
    expect(last.end).toBe(text!.length);
    expect(text!.slice(last.start, last.end)).toMatch(/^Trump events are outlets/u);
  });
});
