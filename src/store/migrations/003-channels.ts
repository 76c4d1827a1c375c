import type { Migration } from './types.js';

/** Placeholder until its owner writes it; an empty step is skipped. */
export const migration: Migration = { version: 3, name: 'channel-deliveries', sql: '' };
