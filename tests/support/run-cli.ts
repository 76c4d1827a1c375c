import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli/program.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fresh temp directory with a database path in it. */
export function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'tidings-test-')), 'tidings.db');
}

/** Runs the real CLI in-process with its own streams and settings. */
export async function cli(args: string[], env: NodeJS.ProcessEnv, stdin: string | Buffer = '', options: { tty?: boolean } = {}): Promise<CliRun> {
  const stdout = Object.assign(new PassThrough(), options.tty ? { isTTY: true, columns: 100 } : {});
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const code = await runCli(args, {
    stdout,
    stderr,
    stdin: Readable.from(typeof stdin === 'string' ? [Buffer.from(stdin)] : [stdin]),
    env: { TIDINGS_LOG_LEVEL: 'silent', ...env },
  });
  return { code, stdout: out, stderr: err };
}
