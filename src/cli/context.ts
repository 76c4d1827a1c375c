import type { App } from '../app.js';
import type { CliIo } from './io.js';

/** What every CLI command gets: the streams, and the app built on first use from the parsed config. */
export interface CliContext {
  io: CliIo;
  app(): App;
  setExitCode(code: number): void;
}
