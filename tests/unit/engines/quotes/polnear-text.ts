import { readFileSync } from 'node:fs';
import { corpusPath } from '../../../support/corpus.js';

/**
 * `count` paragraphs of a PolNeAR training text, verbatim, starting at the first paragraph that
 * contains `containing` (../shared/corpus/polnear/train/text/<file>.txt).
 */
export function polnearParagraphs(file: string, containing: string, count = 1): string[] {
  const lines = readFileSync(corpusPath('polnear', 'train', 'text', `${file}.txt`), 'utf8')
    .split(/\n+/u)
    .map((l) => l.trim())
    .filter(Boolean);
  const at = lines.findIndex((l) => l.includes(containing));
  if (at < 0) throw new Error(`"${containing}" is not in ${file}`);
  return lines.slice(at, at + count);
}
