import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { TidingsError } from '../core/errors.js';
import { fileError } from './source-errors.js';
import { isUrlLike } from './source-kind.js';

/** Extensions picked up from a folder; other files there are ignored. */
export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.md', '.html', '.htm'] as const;

/**
 * Turns `tidings ingest` arguments into sources: URLs, "-" and files pass through; a directory
 * becomes its article files (not recursive — subfolders are skipped), sorted by name; a missing
 * path or a folder with no article files is a problem, reported without stopping the rest.
 */
export async function expandSources(args: string[]): Promise<{ sources: string[]; problems: Array<{ source: string; error: TidingsError }> }> {
  const sources: string[] = [];
  const problems: Array<{ source: string; error: TidingsError }> = [];
  const add = (source: string): void => {
    if (!sources.includes(source)) sources.push(source);
  };
  for (const arg of args) {
    if (arg === '-' || isUrlLike(arg)) {
      add(arg);
      continue;
    }
    try {
      const info = await stat(arg);
      if (!info.isDirectory()) {
        add(arg);
        continue;
      }
      const files = await articleFilesIn(arg);
      if (files.length === 0) {
        const error = new TidingsError('INPUT_EMPTY', `has no article files (${ARTICLE_EXTENSIONS.join(', ')})`, { subject: arg });
        problems.push({ source: arg, error });
      }
      files.forEach(add);
    } catch (error) {
      problems.push({ source: arg, error: error instanceof TidingsError ? error : fileError(error, arg) });
    }
  }
  return { sources, problems };
}

async function articleFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(e.name).toLowerCase()))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => join(dir, name));
}
