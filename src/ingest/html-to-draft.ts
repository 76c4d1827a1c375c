import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleDraft } from '../core/article.js';
import { countWords } from '../core/article.js';
import { TidingsError } from '../core/errors.js';
import { cleanBlocks, type DraftBlock } from './clean-blocks.js';
import { collapseAllWhitespace } from './normalize-whitespace.js';

/** The little of the DOM this file walks (linkedom's elements; the project has no DOM lib types). */
interface DomElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

/** Fewer words than this after extraction means the page held no article (an index, a login wall). */
const MIN_ARTICLE_WORDS = 40;
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd';
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * Extracts the article from an HTML page with Mozilla Readability (on linkedom), then applies
 * the same boilerplate and headline-copy cleaning as plain text. Rejects with INPUT_NO_ARTICLE
 * when the page holds no article.
 */
export function htmlToDraft(html: string, source: string, url: string | null): ArticleDraft {
  const document = parseDocument(html);
  const page = document as unknown as DomElement;
  // Read the head before Readability runs: parse() rewrites the document in place.
  const pageTitle = metaContent(page, 'meta[property="og:title"]') ?? page.querySelector('title')?.textContent ?? '';
  const metaPublished = metaContent(page, 'meta[property="article:published_time"]') ?? metaContent(page, 'meta[name="article:published_time"]');
  const parsed = extract(document, source);
  const content = parsed?.content;
  if (!parsed || !content || countWords(parsed.textContent ?? '') < MIN_ARTICLE_WORDS) {
    throw new TidingsError('INPUT_NO_ARTICLE', 'no article found in this page (too little text to be a story)', { subject: source });
  }
  const title = collapseAllWhitespace(parsed.title || pageTitle);
  const blocks = cleanBlocks(contentBlocks(content), title);
  if (!blocks.some((b) => b.kind === 'paragraph')) {
    throw new TidingsError('INPUT_NO_ARTICLE', 'no article found in this page (only headings and boilerplate)', { subject: source });
  }
  const fallbackTitle = title || blocks[0]?.text.split(' ').slice(0, 12).join(' ') || '';
  return { title: fallbackTitle, url, publishedAt: toIsoDate(parsed.publishedTime ?? metaPublished), source, blocks };
}

/** A full document even for a fragment or an empty string (Readability needs a documentElement). */
function parseDocument(html: string): object {
  const { document } = parseHTML(html);
  // linkedom makes a fragment's first element the documentElement; Readability then finds nothing.
  const root = (document as { documentElement?: { tagName?: string } | null }).documentElement;
  if (root?.tagName?.toUpperCase() === 'HTML') return document;
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
}

/** Readability's result, with its own failures (malformed markup it cannot walk) named as input errors. */
function extract(document: object, source: string): ReturnType<Readability<DomElement>['parse']> {
  try {
    return new Readability<DomElement>(document as never, { serializer: (node: unknown) => node as DomElement }).parse();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TidingsError('INPUT_INVALID', `could not be read as HTML: ${reason}`, { subject: source, cause: error });
  }
}

/**
 * Paragraphs and headings from the extracted content: the innermost block elements, so a
 * <blockquote><p> or an <li><p> yields its paragraphs once.
 */
function contentBlocks(content: DomElement): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  for (const element of content.querySelectorAll(BLOCK_SELECTOR)) {
    if (element.querySelector(BLOCK_SELECTOR) !== null) continue;
    const text = collapseAllWhitespace(element.textContent ?? '');
    if (text === '') continue;
    blocks.push({ kind: HEADING_TAGS.has(element.tagName.toUpperCase()) ? 'heading' : 'paragraph', text });
  }
  return blocks;
}

function metaContent(page: DomElement, selector: string): string | null {
  const value = page.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : null;
}

/** ISO-8601 when the page's date parses; null otherwise (never a made-up date). */
function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const time = Date.parse(raw.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
