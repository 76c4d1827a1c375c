import type { ArticleDraft } from '../core/article.js';
import { isBoilerplate, startsCommentSection } from './boilerplate.js';

export type DraftBlock = ArticleDraft['blocks'][number];

/**
 * A comparison key for headline copies: case, Unicode form, quote style, spacing and
 * surrounding punctuation do not make a line a different headline.
 */
export function headlineKey(line: string): string {
  return line
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'#*_-]+|[\s"'.!?:;,*_-]+$/g, '');
}

/** True when `line` is a copy of the headline (sites repeat it above the body and mid-article). */
export function isHeadlineCopy(line: string, titleKey: string): boolean {
  if (titleKey === '' || line.length > titleKey.length * 2 + 20) return false;
  return headlineKey(line) === titleKey;
}

/**
 * The cleaning shared by plain text and HTML: stops at a comment section (after the story has
 * begun), drops boilerplate blocks and every copy of the headline, and drops empty blocks.
 */
export function cleanBlocks(blocks: readonly DraftBlock[], title: string): DraftBlock[] {
  const titleKey = headlineKey(title);
  const kept: DraftBlock[] = [];
  for (const block of blocks) {
    const text = block.text.trim();
    if (text === '') continue;
    if (startsCommentSection(text) && kept.some((b) => b.kind === 'paragraph')) break;
    if (isBoilerplate(text) || isHeadlineCopy(text, titleKey)) continue;
    kept.push({ kind: block.kind, text });
  }
  return kept;
}
