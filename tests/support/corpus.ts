import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (where package.json is). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared corpora live beside the project, never inside it: ../shared/corpus. */
export const corpusDir = resolve(projectRoot, '..', 'shared', 'corpus');

export const corpusPath = (...parts: string[]): string => resolve(corpusDir, ...parts);

export const seedArticlePath = corpusPath('putin-skips-ukraine-talks.txt');

export function readSeedArticle(): string {
  if (!existsSync(seedArticlePath)) {
    throw new Error(`The seed article is missing at ${seedArticlePath}; the tests need ../shared beside the project.`);
  }
  return readFileSync(seedArticlePath, 'utf8');
}
