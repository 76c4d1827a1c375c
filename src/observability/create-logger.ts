import { pino } from 'pino';
import type { Config } from '../config/config.js';
import type { Logger } from '../core/ports/logger.js';

/** Keys whose values never reach a log line, wherever they sit in a logged object. */
const SECRET_PATHS = [
  'token', 'apiKey', 'botToken', 'appToken', 'signingSecret', 'password', 'authorization', 'Authorization',
  '*.token', '*.apiKey', '*.botToken', '*.appToken', '*.signingSecret', '*.password', '*.authorization', '*.Authorization',
  'headers.authorization', 'headers.cookie', 'req.headers.authorization', 'config.slack', 'config.discord', 'config.llm.apiKey',
];

/** Structured JSON logs on stderr (stdout stays for command output), secrets redacted. */
export function createLogger(level: Config['logLevel'], destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    { level, base: { app: 'tidings' }, redact: { paths: SECRET_PATHS, censor: '[redacted]' } },
    pino.destination({ dest: destination === process.stderr ? 2 : 1, sync: true }),
  ) as unknown as Logger;
}
