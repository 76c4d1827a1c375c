import { runSchedule, type ScheduleCommandDeps } from './schedule-command.js';
import { runSources, type SourcesCommandDeps } from './sources-command.js';
import type { CommandHandler } from './types.js';

export type ScheduleCommandsDeps = ScheduleCommandDeps & SourcesCommandDeps;

/** The admin commands `/schedule` and `/sources`, for `createCommandRunner({ handlers })`. */
export function createScheduleCommands(deps: ScheduleCommandsDeps): { schedule: CommandHandler; sources: CommandHandler } {
  return {
    schedule: (request) => runSchedule(deps, request),
    sources: (request, options) => runSources(deps, request, options.signal),
  };
}
