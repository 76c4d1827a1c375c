import { buildArticle, type Article } from '../../src/core/article.js';

/** An Article built from a raw PolNeAR text, with a map from article offsets back to raw offsets. */
export interface MappedArticle {
  article: Article;
  /** Raw .txt offset of an article offset. */
  toRaw(offset: number): number;
}

/**
 * Each non-empty line of the raw text is a block (PolNeAR separates paragraphs by one or two
 * newlines); the first line is the headline, kept as a heading so it is never quote context.
 */
export function mapRawArticle(raw: string, name: string): MappedArticle {
  const lines: Array<{ text: string; rawStart: number }> = [];
  const re = /[^\n]+/gu;
  for (let m = re.exec(raw); m !== null; m = re.exec(raw)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (text !== '') lines.push({ text, rawStart: m.index + lead });
  }
  const article = buildArticle({
    title: lines[0]?.text ?? name,
    source: name,
    blocks: lines.map((l, i) => ({ kind: i === 0 ? 'heading' : 'paragraph', text: l.text })),
  });
  const starts = article.blocks.map((b) => b.start);
  return {
    article,
    toRaw: (offset) => {
      let i = starts.length - 1;
      while (i > 0 && starts[i]! > offset) i -= 1;
      return lines[i]!.rawStart + (offset - starts[i]!);
    },
  };
}
