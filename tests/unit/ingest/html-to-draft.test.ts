import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TidingsError } from '../../../src/core/errors.js';
import { htmlToDraft } from '../../../src/ingest/html-to-draft.js';
import { projectRoot } from '../../support/corpus.js';

const page = readFileSync(`${projectRoot}/tests/fixtures/ingest/harbour-ferry.html`, 'utf8');

describe('htmlToDraft on a news page with site chrome', () => {
  const draft = htmlToDraft(page, 'ferry.html', 'https://courier.example/news/ferry');
  const all = draft.blocks.map((b) => b.text).join('\n');

  it('takes the headline without the site name, and the publication time', () => {
    expect(draft.title).toBe('Harbour ferry returns after two-year pause');
    expect(draft.publishedAt).toBe('2026-03-14T08:30:00.000Z');
    expect(draft.url).toBe('https://courier.example/news/ferry');
    expect(draft.source).toBe('ferry.html');
  });

  it('keeps the article paragraphs, quotes and subheadings in order', () => {
    expect(draft.blocks.map((b) => `${b.kind}: ${b.text.slice(0, 40)}`)).toEqual([
      'paragraph: The cross-harbour ferry between Millbank',
      'paragraph: About three hundred commuters queued in ',
      'paragraph: “We promised people a service they could',
      'heading: Engine faults and a missing part',
      'paragraph: The vessel, the Mary Aldous, was withdra',
      'paragraph: Opposition councillor Janet Okafor said ',
      'paragraph: “Every week without the ferry cost small',
      'heading: Timetable and fares',
      'paragraph: Sailings will run every twenty minutes a',
      'paragraph: The authority said a second vessel would',
    ]);
    expect(all).toContain('“This was not bad luck. It was a maintenance budget that was cut three years running,” she said.');
  });

  it.each([
    ['the cookie banner', 'cookies'],
    ['the navigation', 'Opinion'],
    ['the ads', 'Advertisement'],
    ['the share bar', 'Tweet'],
    ['the in-article promo', 'Read more'],
    ['the newsletter box', 'newsletter'],
    ['the tags', 'Tags:'],
    ['related stories', 'Swing bridge'],
    ['readers’ comments', 'Dockside Dave'],
    ['readers’ comments', 'held responsible'],
    ['the comment form', 'Leave a Reply'],
    ['the comment form', 'Required fields'],
    ['the footer', 'All rights reserved'],
    ['the headline copy (h1)', 'Harbour ferry returns'],
  ])('leaves out %s (%s)', (_what, text) => {
    expect(all).not.toContain(text);
  });
});

describe('htmlToDraft fallbacks and refusals', () => {
  const body = (n: number): string => '<p>' + 'The river rose overnight and the lower town was evacuated before dawn. '.repeat(n) + '</p>';

  it('falls back to og:title / <title> and leaves publishedAt null without a date', () => {
    const draft = htmlToDraft(`<html><head><title>Floods in the Lower Town</title></head><body><article>${body(6)}</article></body></html>`, 'x', null);
    expect(draft.title).toBe('Floods in the Lower Town');
    expect(draft.publishedAt).toBeNull();
  });

  it('refuses a page with no article (a list of links)', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Story ${i}</a></li>`).join('');
    const attempt = (): unknown => htmlToDraft(`<html><head><title>Index</title></head><body><ul>${links}</ul></body></html>`, 'index.html', null);
    expect(attempt).toThrow(TidingsError);
    expect(attempt).toThrow('no article found in this page (too little text to be a story)');
  });

  it('refuses an empty document', () => {
    expect(() => htmlToDraft('', 'blank.html', null)).toThrow(expect.objectContaining({ code: 'INPUT_NO_ARTICLE', subject: 'blank.html' }));
  });

  it('reads a fragment without <html> or <body>', () => {
    const draft = htmlToDraft(`<h2>Flood Warning</h2>${body(6)}`, 'fragment.html', null);
    expect(draft.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
    expect(draft.blocks[1]?.text).toMatch(/^The river rose overnight/);
  });
});
