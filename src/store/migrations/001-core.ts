import type { Migration } from './types.js';

/** Placeholder until its owner writes it; an empty step is skipped. */
export const migration: Migration = { version: 1, name: 'articles-digests-quotes-speakers', sql: '' };
