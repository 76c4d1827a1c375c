import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../core/ports/logger.js';

/** Joins Bolt's variadic log arguments into one message; errors keep their message only. */
function joinArgs(args: unknown[]): string {
  return args.map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
}

/**
 * Bolt's and the Web API client's logger, backed by ours. Bolt's debug lines (request bodies)
 * stay at debug; the level is left to our logger, so `setLevel` is ignored.
 */
export function toBoltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'slack-sdk' });
  return {
    debug: (...args: unknown[]) => log.debug({}, joinArgs(args)),
    info: (...args: unknown[]) => log.info({}, joinArgs(args)),
    warn: (...args: unknown[]) => log.warn({}, joinArgs(args)),
    error: (...args: unknown[]) => log.error({}, joinArgs(args)),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}
