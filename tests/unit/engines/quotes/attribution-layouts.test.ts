import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../src/engines/extractive/quotes/index.js';
import { articleOf } from './article-from-text.js';
import { polnearParagraphs } from './polnear-text.js';
import { readSeedArticle } from '../../../support/corpus.js';

/** Speaker and text of each quote found in the paragraphs. */
const credited = (...paragraphs: string[]): Array<[string, string]> => findQuotes(articleOf(...paragraphs)).map((q) => [q.speaker, q.text]);

// Every sentence below is quoted from a PolNeAR training text (../shared/corpus/polnear/train/text/<file>).
describe('attribution layouts', () => {
  it('“…” that …, said X, … / “…,” said X, who … (usa-today_2016-04-06_sanders-says-he-s-riding-momentu)', () => {
    expect(credited(...polnearParagraphs('usa-today_2016-04-06_sanders-says-he-s-riding-momentu', 'said Elmendorf, who'))).toEqual([
      ['Steve Elmendorf', 'He can assert it, but it seems extremely unlikely'],
      ['Steve Elmendorf', "The numbers don't add up,"],
    ]);
  });
  it('X responded, with a smile: “…” (breitbart_2016-05-15_trump-talks-to-megyn-kelly-about)', () => {
    expect(credited('Kelly responded pointedly, with a smile: “Can happen when you’re 45.” She is 45.')).toEqual([
      ['Kelly', 'Can happen when you’re 45.'],
    ]);
  });

  it('“…,” X added. “…” — a quote split by its attribution keeps one speaker (politico_2016-06-13_terrorism-experts-rebuke-trump-p)', () => {
    const found = credited(
      `"It is completely apples and oranges," Bednarek added. "I think the presumptive Republican nominee has really not thought through second-order effects of his perspective of what would truly make a difference to stem the tide of these challenges."`,
    );
    expect(found.map(([s]) => s)).toEqual(['Bednarek', 'Bednarek']);
  });

  it('“…,” he said of Trump and Ryan, “…” — the second half keeps the first half’s speaker (breitbart_2016-05-12_trump-ryan-pledge-to-work-togeth)', () => {
    const found = credited(...polnearParagraphs('breitbart_2016-05-12_trump-ryan-pledge-to-work-togeth', 'Cole said. “That’s exactly', 2));
    expect(found.slice(-2).map(([s]) => s)).toEqual(['Tom Cole', 'Tom Cole']);
    expect(found.at(-1)![1]).toMatch(/^because to be successful/u);
  });

  it('“…,” X told reporters in Washington. “…” (breitbart_2016-05-24_in-two-front-war-clinton-targets)', () => {
    const paragraph = polnearParagraphs('breitbart_2016-05-24_in-two-front-war-clinton-targets', 'lay off Bernie');
    const quotes = findQuotes(articleOf(...paragraph));
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Harry Reid', 'Senate minority leader'],
      ['Harry Reid', 'Senate minority leader'],
    ]);
    expect(quotes[0]!.text).toBe('We should kind of lay off Bernie a little bit,');
  });

  it('“…?” X replied. — a question mark does not end the attribution’s sentence (huff-post_2015-12-17_bernie-sanders-says-he-s-already)', () => {
    expect(credited(...polnearParagraphs('huff-post_2015-12-17_bernie-sanders-says-he-s-already', 'Sanders replied')).map(([s]) => s)).toEqual([
      'Sanders',
      'Sanders',
    ]);
  });

  it('“…?” X told Britain’s ITV television station in an interview … — a longer attribution clause (huff-post_2016-05-16_trump-says-he-s-unlikely-to-have)', () => {
    expect(
      credited(
        ...polnearParagraphs('huff-post_2016-05-16_trump-says-he-s-unlikely-to-have', 'who knows?” Trump told'),
      ),
    ).toEqual([['Trump', 'It looks like we’re not going to have a very good relationship, who knows?']]);
  });

  it('“…?” X went on — particle verbs report speech (breitbart_2016-05-15_trump-talks-to-megyn-kelly-about)', () => {
    expect(
      credited('“You know, it happens, right?” Trump went on, as if he didn’t hear her. “But you gotta get over it. Fight back, do whatever you have to do.”'),
    ).toEqual([
      ['Trump', 'You know, it happens, right?'],
      ['Trump', 'But you gotta get over it. Fight back, do whatever you have to do.'],
    ]);
  });

  it('“…,” according to X (wash-post_2016-04-18_sanders-says-his-private-meeting)', () => {
    expect(credited(...polnearParagraphs('wash-post_2016-04-18_sanders-says-his-private-meeting', 'look for a psychiatrist'))).toEqual([
      ['Reuters', 'look for a psychiatrist,'],
    ]);
  });
  it('“…,” the White House said — an organisation speaks (usa-today_2016-06-17_walls-and-bans-won-t-thwart-lone)', () => {
    const q = findQuotes(articleOf(...polnearParagraphs('usa-today_2016-06-17_walls-and-bans-won-t-thwart-lone', 'the White House said')));
    expect(q.map((x) => [x.speaker, x.speakerKind])).toEqual([['White House', 'organization']]);
  });
  it('Stated X: then the quote paragraph; a show title after “program,” is nobody’s (breitbart_2016-08-08_exclusive-roger-stone-don-t-trus)', () => {
    const found = credited(...polnearParagraphs('breitbart_2016-08-08_exclusive-roger-stone-don-t-trus', 'There is serious concern', 4));
    expect(found.map(([s]) => s)).toEqual(['Roger Stone']);
    expect(found[0]![1]).toMatch(/^I think that the stakes are so high/u);
  });

  it('X continued: then a quote paragraph (breitbart_2015-11-11_the-ninth-circle-the-hellish-vie)', () => {
    const found = credited(...polnearParagraphs('breitbart_2015-11-11_the-ninth-circle-the-hellish-vie', 'Cruz continued:', 2));
    expect(found.map(([s]) => s)).toEqual(['Cruz']);
    expect(found[0]![1]).toMatch(/^You look at the questions: Donald Trump, are you a comic book villain\?/u);
  });

  it('X said, “…” The Y then recalled … — the quote keeps the subject that introduced it (huff-post_2015-12-22_of-the-most-powerful-things-lati)', () => {
    expect(credited(...polnearParagraphs('huff-post_2015-12-22_of-the-most-powerful-things-lati', 'Hayek confirmed she had been'))).toEqual([
      ['Hayek', 'America has a very severe problem with discrimination that we try to overlook.'],
    ]);
  });
  it('a quote running over two paragraphs, closed only on the last, keeps its speaker (huff-post_2016-06-17_trump-s-supporters-may-be-the-re)', () => {
    const found = credited(...polnearParagraphs('huff-post_2016-06-17_trump-s-supporters-may-be-the-re', 'The worst of the rhetoric', 3));
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(new Set(found.map(([s]) => s))).toEqual(new Set(['Sexton']));
    expect(found[1]![1]).toBe('Trump events are outlets for people to come out and engage in hatred that society has kind of pushed aside — and they kind of revel in it.');
  });
});

describe('speakers', () => {
  it('“…,” he said → the subject of the last sentence, not a name in a fronted clause (politico_2016-08-28_christie-doubles-down-on-trump-s)', () => {
    const found = credited(...polnearParagraphs('politico_2016-08-28_christie-doubles-down-on-trump-s', "Asked about Trump's calling Hillary Clinton a bigot", 2));
    expect(found.map(([s]) => s)).toEqual(['Christie', 'Christie']);
  });
  it('“…,” she said → the last woman named, skipping the men named after her (breitbart_2016-03-02_christie-s-shell-shocked-look-st)', () => {
    const found = credited(...polnearParagraphs('breitbart_2016-03-02_christie-s-shell-shocked-look-st', 'Republican Christine Todd Whitman', 2));
    expect(found.map(([s]) => s)).toEqual(['Christine Todd Whitman']);
  });

  it('the possessive apposition names the speaker: “Clinton’s campaign chairman, John Podesta,” (wash-post_2016-07-22_republican-assails-elites-as-he-)', () => {
    const q = findQuotes(articleOf(...polnearParagraphs('wash-post_2016-07-22_republican-assails-elites-as-he-', "Clinton's campaign chairman, John Podesta")));
    expect(q.map((x) => x.speaker)).toEqual(['John Podesta']);
  });

  it('“I” and “we” inside a quote are not its speaker, and “I said” outside names nobody (breitbart_2015-11-19_exclusive-excerpt-dinesh-d-souza)', () => {
    expect(credited(...polnearParagraphs('breitbart_2015-11-19_exclusive-excerpt-dinesh-d-souza', 'I was not off to a good start.'))).toEqual([]);
  });
  it('a scare quote after “so-called” is nobody’s (putin-skips-ukraine-talks.txt)', () => {
    const paragraph = readSeedArticle().split(/\n\s*\n/u).find((p) => p.includes('so-called'))!;
    expect(credited(paragraph)).toEqual([]);
  });
  it('a title after a preposition is nobody’s quote: “on the podcast “Here’s the Thing.”” (huff-post_2016-08-29_anthony-weiner-reportedly-caught)', () => {
    expect(credited(...polnearParagraphs('huff-post_2016-08-29_anthony-weiner-reportedly-caught', 'on the podcast'))).toEqual([
      ['Weiner', 'Being a dad, that’s my job,'],
    ]);
  });

  it('a name after “the” is a label, not speech: the “Gang of Eight,” (breitbart_2016-01-01_jeb-bush-super-pac-chief-praises)', () => {
    expect(
      credited(
        'Rubio has broken many promises he made to the voters of Florida since being elected to the U.S. Senate—most notably that he wouldn’t back an amnesty bill, but then he went and championed one with Sen. Chuck Schumer (D-NY) as part of the “Gang of Eight,” which also included the now-indicted Sen. Bob Menendez (D-NJ)—so it’s no surprise that Rubio is keeping money in his presidential campaign coffers from Crist donors who engage in tactics like this against other Republicans.',
      ),
    ).toEqual([]);
  });

  it('a quoted word with no speech verb in reach is nobody’s (breitbart_2015-11-11_the-ninth-circle-the-hellish-vie)', () => {
    expect(
      credited(
        'Nothing really changed in last night’s Fox Business debate in Milwaukee: Jeb! was better than in previous outings, even if he reserved his most eloquent passion for the Republican-repelling cause of “comprehensive immigration reform.”',
      ),
    ).toEqual([]);
  });

  it('“…,” X radioed — verbs of sending a message report speech (samples/apollo-11-moon-landing.txt)', () => {
    expect(credited('“Houston, Tranquility Base here. The Eagle has landed,” Armstrong radioed moments later.')).toEqual([
      ['Armstrong', 'Houston, Tranquility Base here. The Eagle has landed,'],
    ]);
  });

  it('“X did Y, he offered a verdict: “…”” — a pronoun subject introduces the quote after the colon (samples/apollo-11-moon-landing.txt)', () => {
    expect(
      credited(
        'Aldrin followed him about twenty minutes later. Looking across the barren plain, he offered a two-word verdict: “Magnificent desolation.” The pair planted an American flag.',
      ),
    ).toEqual([['Aldrin', 'Magnificent desolation.']]);
  });

  it('“Asked …, he demurred: “…”” goes to the earlier subject (politico_2016-01-27_the-steep-cost-of-cruz-s-county-)', () => {
    const quotes = credited(...polnearParagraphs('politico_2016-01-27_the-steep-cost-of-cruz-s-county-', 'Cruz himself said Tuesday'));
    expect(quotes.at(-1)).toEqual(['Cruz', 'Whichever one I’m in at the moment.']);
  });

  it('“she offered up this sound bite …: “…”” (wash-post_2016-07-06_understated-perez-raises-politic)', () => {
    expect(credited(...polnearParagraphs('wash-post_2016-07-06_understated-perez-raises-politic', 'Coal miners are still smarting'))).toEqual([
      ['Clinton', 'We\'re going to put a lot of coal miners and coal companies out of business.'],
    ]);
  });

  it('“X emailed supporters saying: “…”” — the participle’s subject is X, not the verb’s object (breitbart_2016-06-08_ready-to-back-clinton-obama-work)', () => {
    const quotes = credited(...polnearParagraphs('breitbart_2016-06-08_ready-to-back-clinton-obama-work', 'The Vermont senator emailed supporters'));
    expect(quotes).toEqual([['the Vermont senator', 'The struggle continues']]);
  });

  it('“reminds me of X saying that “…”” — a name right before the participle is the one saying it (usa-today_2016-06-07_did-donald-trump-really-scam-stu)', () => {
    const quotes = credited(...polnearParagraphs('usa-today_2016-06-07_did-donald-trump-really-scam-stu', 'reminds me of Abraham Lincoln saying'));
    expect(quotes.map(([speaker]) => speaker)).toEqual(['Abraham Lincoln']);
  });

  it('after “the”, a reporting verb’s form is a noun: “… lacks “strength.” The remarks seemed …” (wash-post_2016-04-28_with-woman-s-card-trump-escalate)', () => {
    const quotes = credited(...polnearParagraphs('wash-post_2016-04-28_with-woman-s-card-trump-escalate', 'While celebrating sweeping victories'));
    expect(quotes).toEqual([['Trump', 'strength.']]);
  });

  it('“…” for X, said Y — a preposition after the quote finishes its sentence; the speaker follows the verb (usa-today_2016-04-26_sanders-will-back-clinton-eventu)', () => {
    const quotes = credited(...polnearParagraphs('usa-today_2016-04-26_sanders-will-back-clinton-eventu', '"This will be a challenge" for Clinton, said Kunin.'));
    expect(quotes.slice(0, 3).map(([speaker]) => speaker)).toEqual(['Kunin', 'Kunin', 'Kunin']);
  });

  it("… ''building bridges'' to Mr. Sanders, said X, … (nyt_2016-04-28_nomination-almost-certain-clinto)", () => {
    expect(credited(...polnearParagraphs('nyt_2016-04-28_nomination-almost-certain-clinto', "begin ''building bridges'' to Mr. Sanders"))).toEqual([
      ['David Axelrod', 'building bridges'],
    ]);
  });

  it('“X punctuated his list by saying “…”” — the clause subject says it (breitbart_2016-01-05_the-latest-cruz-to-give-away-eng)', () => {
    const quotes = credited(...polnearParagraphs('breitbart_2016-01-05_the-latest-cruz-to-give-away-eng', 'Obama punctuated his list by saying'));
    expect(quotes[0]).toEqual(['Obama', 'Too many.']);
  });

  it("“…, and he foreshadowed … by urging ''…''” — a leading “and” is no part of the subject (nyt_2016-07-29_obama-lays-out-stakes-for-a-divi)", () => {
    const quotes = credited(...polnearParagraphs('nyt_2016-07-29_obama-lays-out-stakes-for-a-divi', "by urging ''a politics of hope.", 1));
    expect(quotes.at(-1)).toEqual(['Obama', 'a politics of hope.']);
  });

  it('“…,” Rep. X (D-Ore.) said. — the party and state in parentheses end no sentence (huff-post_2016-06-22_hillary-clinton-reassures-house-)', () => {
    expect(credited(...polnearParagraphs('huff-post_2016-06-22_hillary-clinton-reassures-house-', 'Rep. Earl Blumenauer (D-Ore.) said'))).toEqual([
      ['Earl Blumenauer', 'There’s tremendous energy in terms of potential in a whole host of races,'],
    ]);
  });

  it('“…,” an angry Hollande retaliated. — less common reporting verbs (huff-post_2016-08-03_francois-hollande-says-donald-tr)', () => {
    const quotes = credited('“France will always be France,” an angry Hollande retaliated.');
    expect(quotes).toEqual([['Hollande', 'France will always be France,']]);
  });

  it('“X incurred a wave of boos upon saying, “…”” — the clause subject, not the object, says it (politico_2016-07-25_sarah-silverman-heckles-sanders-)', () => {
    expect(credited(...polnearParagraphs('politico_2016-07-25_sarah-silverman-heckles-sanders-', 'incurred a wave of boos upon saying'))).toEqual([
      ['Silverman', 'Hillary heard the passion of the people.'],
    ]);
  });

  it('a dateline before the sentence’s subject is no speaker: “TALLAHASSEE — … Rep. Gwen Graham … while praising …” (politico_2016-07-22_rep-gwen-graham-slams-trump-prai)', () => {
    expect(credited(...polnearParagraphs('politico_2016-07-22_rep-gwen-graham-slams-trump-prai', 'TALLAHASSEE — Democratic U.S. Rep. Gwen Graham'))).toEqual([
      ['Gwen Graham', 'work horse, not a show horse.'],
    ]);
  });

  it('“As one employee told …, “…”” names “an employee” (wash-post_2016-01-20_fiorina-pushed-ahead-and-paid-a-)', () => {
    const quotes = credited(...polnearParagraphs('wash-post_2016-01-20_fiorina-pushed-ahead-and-paid-a-', 'As one employee told Palo Alto Weekly'));
    expect(quotes[0]?.[0]).toBe('an employee');
  });
});
