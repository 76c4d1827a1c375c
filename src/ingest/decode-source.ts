import { TextDecoder } from 'node:util';
import { TidingsError } from '../core/errors.js';

/** What a source turned out to be, decoded to text. */
export interface DecodedSource {
  kind: 'html' | 'text';
  text: string;
}

/** What is known about a source besides its bytes. */
export interface SourceHints {
  /** The error subject: the path, URL or "-". */
  subject: string;
  /** Lower-case file extension with the dot (".html"), or "" when none. */
  extension: string;
  /** The HTTP Content-Type header, when fetched. */
  contentType?: string | undefined;
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown']);
const PDF = 'PDF files are not supported yet; save the article as text or HTML';
const BINARY = 'is a binary file, not text or HTML';
const SNIFF_BYTES = 4096;

/**
 * Refuses what is not an article (empty, PDF, binary, feeds), decodes the bytes with the declared
 * charset (HTTP header, BOM or <meta charset>; UTF-8, else Windows-1252) and tells HTML from text.
 */
export function decodeSource(bytes: Buffer, hints: SourceHints): DecodedSource {
  const { subject } = hints;
  const mediaType = (hints.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const head = bytes.subarray(0, SNIFF_BYTES).toString('latin1');
  if (/^\s*%PDF-/.test(head) || mediaType === 'application/pdf' || hints.extension === '.pdf') {
    throw new TidingsError('INPUT_BINARY', PDF, { subject });
  }
  // application/octet-stream is often mislabelled text, so it is sniffed below instead.
  if (/^(image|audio|video|font)\//.test(mediaType) || /^application\/(zip|gzip|x-tar|x-7z|msword|vnd\.)/.test(mediaType)) {
    throw new TidingsError('INPUT_BINARY', `is ${mediaType}, not text or HTML`, { subject });
  }
  const text = decodeText(bytes, charsetOf(hints.contentType) ?? metaCharset(head), subject);
  if (text.replace(/[\s\u200B\u2060\uFEFF]/g, '') === '') {
    throw new TidingsError('INPUT_EMPTY', bytes.length === 0 ? 'is empty' : 'is empty (only whitespace)', { subject });
  }
  if (/rss|atom/.test(mediaType) || /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/.test(text.slice(0, SNIFF_BYTES))) {
    throw new TidingsError('INPUT_INVALID', 'is an RSS or Atom feed, not an article; add it as a feed instead', { subject });
  }
  return { kind: isHtml(text, mediaType, hints.extension) ? 'html' : 'text', text };
}

function isHtml(text: string, mediaType: string, extension: string): boolean {
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml') return true;
  if (mediaType === 'text/plain' || mediaType === 'text/markdown') return false;
  const start = text.slice(0, SNIFF_BYTES).trimStart().toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype html|html[\s>])/.test(start)) return true;
  if (HTML_EXTENSIONS.has(extension)) return true;
  if (TEXT_EXTENSIONS.has(extension)) return false;
  return /^<(head|body|article|div|p|meta|title)[\s>]/.test(start);
}

function charsetOf(contentType: string | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '');
  return m?.[1] ?? null;
}

function metaCharset(head: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1] ?? null;
}

/** Decodes with the declared charset; without one, UTF-8 if valid, else Windows-1252 if it looks like text. */
function decodeText(bytes: Buffer, declared: string | null, subject: string): string {
  const bom = bomCharset(bytes);
  if (bom === null && bytes.includes(0)) throw new TidingsError('INPUT_BINARY', BINARY, { subject });
  const label = bom ?? declared;
  if (label !== null) {
    const decoder = decoderFor(label);
    if (decoder) {
      const text = decoder.decode(bytes);
      if (replacementDensity(text) > 0.05) throw new TidingsError('INPUT_BINARY', BINARY, { subject });
      return text;
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (looksBinary(bytes)) throw new TidingsError('INPUT_BINARY', BINARY, { subject });
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function bomCharset(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.toLowerCase());
  } catch {
    return null; // an unknown charset name: fall back to detection
  }
}

function replacementDensity(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) bad++;
  return bad / text.length;
}

/**
 * Invalid UTF-8 that is still text is usually Latin-1/Windows-1252: few control bytes and a
 * minority of high bytes. Random or compressed data has many of both.
 */
function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 65_536);
  let controls = 0;
  let high = 0;
  for (const b of sample) {
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) controls++;
    else if (b >= 0x80) high++;
  }
  return controls / sample.length > 0.01 || high / sample.length > 0.3;
}
