import { describe, expect, it } from 'vitest';
import { cleanPlainText } from '../../../src/ingest/clean-plain-text.js';

const texts = (raw: string): string[] => cleanPlainText(raw, 'test.txt').blocks.map((b) => b.text);
const kinds = (raw: string): string[] => cleanPlainText(raw, 'test.txt').blocks.map((b) => `${b.kind}: ${b.text}`);

describe('cleanPlainText', () => {
  it('takes the first line as the headline and drops every later copy, however it is spaced or quoted', () => {
    const raw = [
      'Mayor’s Plan Wins Vote',
      '',
      "Mayor's  Plan Wins Vote.",
      '',
      'The council backed the plan by twelve votes to four on Tuesday evening.',
      '',
      'MAYOR’S PLAN WINS VOTE',
      'Mayor’s Plan Wins Vote',
      '',
      'Work will start in the spring.',
    ].join('\n');
    const draft = cleanPlainText(raw, 'plan.txt', { url: 'https://example.com/plan' });
    expect(draft.title).toBe('Mayor’s Plan Wins Vote');
    expect(draft.url).toBe('https://example.com/plan');
    expect(draft.source).toBe('plan.txt');
    expect(draft.blocks.map((b) => b.text)).toEqual([
      'The council backed the plan by twelve votes to four on Tuesday evening.',
      'Work will start in the spring.',
    ]);
  });

  it('recognises a lone Title Case line between paragraphs as a heading', () => {
    expect(kinds('Headline Here\n\nFirst paragraph of the story, which is long enough.\n\nWhat Happens Next for the Port\n\nThe port will reopen in May.')).toEqual([
      'paragraph: First paragraph of the story, which is long enough.',
      'heading: What Happens Next for the Port',
      'paragraph: The port will reopen in May.',
    ]);
  });

  it('does not take a short sentence or a quote line for a heading', () => {
    expect(kinds('Headline Here\n\nThe vote was close.\n\n“We Will Appeal,” Smith Said.\n\nIt Rained All Day, Officials Said.').map((k) => k.split(':')[0])).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });

  it('keeps a last sentence without a full stop as a paragraph', () => {
    const result = kinds('Headline Here\n\nThe talks went on. The world watches, but the guns have not fallen silent');
    expect(result).toEqual(['paragraph: The talks went on. The world watches, but the guns have not fallen silent']);
  });

  it('normalises whitespace without touching the characters of sentences', () => {
    const raw = 'Headline Here\r\n\r\nShe said:\u00a0 “It’s  done,”\u200b and  left — at 5\u202fp.m.\t\'Really\' "yes"\r\n';
    expect(texts(raw)).toEqual(['She said: “It’s done,” and left — at 5 p.m. \'Really\' "yes"']);
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const raw = [
      'Headline Here',
      '',
      'The committee met on Monday to discuss the',
      'budget, which has been delayed twice, and',
      'agreed to publish it next week.',
      '',
      'A second paragraph follows here.',
    ].join('\n');
    expect(texts(raw)).toEqual([
      'The committee met on Monday to discuss the budget, which has been delayed twice, and agreed to publish it next week.',
      'A second paragraph follows here.',
    ]);
  });

  it('keeps one-paragraph-per-line text as separate paragraphs and finds headings among them', () => {
    const raw = [
      'Headline Here',
      'The first paragraph ends with a full stop.',
      'The second paragraph ends too.',
      'Reaction From Abroad',
      'Foreign leaders welcomed the news.',
    ].join('\n');
    expect(kinds(raw)).toEqual([
      'paragraph: The first paragraph ends with a full stop.',
      'paragraph: The second paragraph ends too.',
      'heading: Reaction From Abroad',
      'paragraph: Foreign leaders welcomed the news.',
    ]);
  });

  it('reads Markdown headings without their marks', () => {
    const draft = cleanPlainText('# The Headline\n\nSome text here.\n\n## background\n\nMore text.', 'a.md');
    expect(draft.title).toBe('The Headline');
    expect(draft.blocks.map((b) => `${b.kind}: ${b.text}`)).toEqual(['paragraph: Some text here.', 'heading: background', 'paragraph: More text.']);
  });

  it('drops boilerplate lines and everything after the comment form', () => {
    const raw = [
      'Headline Here',
      '',
      'Advertisement',
      '',
      'The story begins here.',
      'Share this article',
      '',
      'Sign up for our daily newsletter to get the news first.',
      '',
      'We use cookies to give you the best experience on our website.',
      '',
      'Related: Earlier talks collapsed in March',
      '',
      'Click here to read the full report',
      '',
      'The story ends here.',
      '',
      'Leave a Reply',
      '',
      'Your email address will not be published. Required fields are marked *',
      '',
      'Great article, thanks for writing it.',
    ].join('\n');
    expect(texts(raw)).toEqual(['The story begins here.', 'The story ends here.']);
  });

  it('derives a title from the opening words when the first line is a paragraph, and keeps that paragraph', () => {
    const first = 'The council met on Monday evening and voted to close the swimming pool for the whole summer while the roof is repaired.';
    const draft = cleanPlainText(`${first}\n\nA second paragraph.`, 'x.txt');
    expect(draft.title).toBe('The council met on Monday evening and voted to close the swimming…');
    expect(draft.blocks.map((b) => b.text)).toEqual([first, 'A second paragraph.']);
  });

  it('keeps a lone sentence as both the title and the story', () => {
    const draft = cleanPlainText('The mayor resigned on Monday after a vote of no confidence.\n', '-');
    expect(draft.title).toBe('The mayor resigned on Monday after a vote of no confidence.');
    expect(draft.blocks).toEqual([{ kind: 'paragraph', text: 'The mayor resigned on Monday after a vote of no confidence.' }]);
  });

  it('returns no blocks for empty input', () => {
    expect(cleanPlainText('', '-')).toMatchObject({ title: '', blocks: [] });
    expect(cleanPlainText(' \n\u200b\n', '-').blocks).toEqual([]);
  });
});

describe('heading recognition on lines of speech', () => {
  it.each(['“Who’s going to pay for it?”', '"Nooooo!"', '“This is sophomoric,” Alicia Powe wrote. “Blacklisted?”', 'Sorry!', 'Q: Does Ted Cruz?'])('keeps %s as a paragraph', (line) => {
    expect(kinds(`Headline Here\n\nA first paragraph of the story.\n\n${line}\n\nA last paragraph.`)[1]).toBe(`paragraph: ${line}`);
  });
});
