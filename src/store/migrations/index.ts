import { migration as core } from './001-core.js';
import { migration as llm } from './002-llm.js';
import { migration as channels } from './003-channels.js';
import { migration as schedules } from './004-schedules.js';
import type { Migration } from './types.js';

/** Every schema step, in version order. */
export const migrations: readonly Migration[] = [core, llm, channels, schedules];
