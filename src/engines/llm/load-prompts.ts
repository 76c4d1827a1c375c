import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { TidingsError } from '../../core/errors.js';

/** The digest prompts, read once at startup. */
export interface LoadedPrompts {
  /** Manifest version plus a hash of the files, so an edited prompt never reuses old cached results. */
  version: string;
  system: string;
  /** User message for one article (or one part): `{{title}}`, `{{part}}`, `{{article}}`. */
  user: string;
  /** User message merging part digests: `{{title}}`, `{{count}}`, `{{parts}}`. */
  reduce: string;
}

const manifestSchema = z.object({
  version: z.string().min(1),
  system: z.string().min(1),
  user: z.string().min(1),
  reduce: z.string().min(1),
});

/** The package's own prompts/ directory, found by walking up from this file (works from src/ and dist/). */
export function defaultPromptsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'prompts', 'digest.json'))) return join(dir, 'prompts');
    const up = dirname(dir);
    if (up === dir) return resolve('prompts');
    dir = up;
  }
}

const read = (dir: string, file: string): string => {
  try {
    return readFileSync(join(dir, file), 'utf8');
  } catch (e) {
    throw new TidingsError('CONFIG_INVALID', `cannot read prompt file ${file} (${(e as Error).message})`, { subject: dir, cause: e });
  }
};

/** Reads prompts/digest.json and the templates it names. */
export function loadPrompts(dir: string = defaultPromptsDir()): LoadedPrompts {
  const parsed = manifestSchema.safeParse(JSON.parse(read(dir, 'digest.json')) as unknown);
  if (!parsed.success) {
    throw new TidingsError('CONFIG_INVALID', 'digest.json must name version, system, user and reduce', { subject: dir });
  }
  const m = parsed.data;
  const system = read(dir, m.system).trim();
  const user = read(dir, m.user).trim();
  const reduce = read(dir, m.reduce).trim();
  const hash = createHash('sha256').update([system, user, reduce].join('\u0000')).digest('hex').slice(0, 8);
  return { version: `${m.version}+${hash}`, system, user, reduce };
}

/** Fills `{{name}}` slots in one pass, so text put into a slot is never expanded again. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/gu, (slot, name: string) => values[name] ?? slot);
}
