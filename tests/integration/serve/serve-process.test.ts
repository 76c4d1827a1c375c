import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../fakes/slack-server.js';
import { formBody, postSignedCommand, slashCommandFields } from '../../fakes/slack-signed-request.js';
import { projectRoot, seedArticlePath } from '../../support/corpus.js';
import { cli, tempDb } from '../../support/run-cli.js';

interface Served {
  child: ChildProcessWithoutNullStreams;
  port: number;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

const running: Served[] = [];

/** Starts `tidings serve` as its own process, as a user would, and waits until it says it runs. */
async function serve(env: NodeJS.ProcessEnv): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/cli/main.ts'), 'serve'], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', TIDINGS_LOG_LEVEL: 'info', ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 20_000);
    const check = () => {
      const line = err.split('\n').find((l) => l.includes('tidings is running'));
      if (line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { port: number }).port);
      }
    };
    child.stderr.on('data', check);
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
  const served = { child, port, stdout: () => out, stderr: () => err, exited };
  running.push(served);
  return served;
}

afterEach(() => {
  for (const s of running.splice(0)) s.child.kill('SIGKILL');
});

describe('tidings serve', () => {
  it('with no credentials answers in the terminal, says how to connect, serves /healthz and /metrics, and stops on SIGTERM', async () => {
    const s = await serve({ TIDINGS_DB: tempDb() });
    expect(s.stdout()).toMatch(/No Slack or Discord credentials are set/u);
    expect(s.stdout()).toMatch(/SLACK_BOT_TOKEN/u);
    const health = await fetch(`http://127.0.0.1:${s.port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', platforms: ['shell'], store: 'ok' });
    s.child.stdin.write('/help\n');
    await expect.poll(() => s.stdout(), { timeout: 5_000 }).toMatch(/\/summary <url>/u);
    const metrics = await (await fetch(`http://127.0.0.1:${s.port}/metrics`)).text();
    expect(metrics).toMatch(/tidings_commands_total\{command="help",outcome="ok"\} 1/u);
    // Closing the terminal (as in a container with no stdin) does not stop the server.
    s.child.stdin.end();
    await expect.poll(() => s.stderr(), { timeout: 5_000 }).toMatch(/terminal input ended; still serving/u);
    expect((await fetch(`http://127.0.0.1:${s.port}/healthz`)).status).toBe(200);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    expect(s.stderr()).toMatch(/shutting down/u);
  });

  it('runs Slack over HTTP with health on the same port, answers /quotes from the store, and never logs a secret', async () => {
    const secrets = { SLACK_BOT_TOKEN: 'xoxb-0000-very-secret-token', SLACK_SIGNING_SECRET: 'signing-secret-0123456789' };
    const fake = await new FakeSlack({ botToken: secrets.SLACK_BOT_TOKEN }).start();
    const env = { TIDINGS_DB: tempDb() };
    expect((await cli(['digest', seedArticlePath], env)).code).toBe(0);
    try {
      const s = await serve({ ...env, ...secrets, SLACK_API_URL: fake.apiUrl, TIDINGS_LOG_LEVEL: 'debug' });
      const health = await (await fetch(`http://127.0.0.1:${s.port}/healthz`)).json();
      expect(health).toMatchObject({ status: 'ok', platforms: ['slack'] });
      const body = formBody(slashCommandFields({ command: '/quotes', text: 'zelenskyy', response_url: fake.responseUrl() }));
      const res = await postSignedCommand(`http://127.0.0.1:${s.port}/slack/events`, { secret: secrets.SLACK_SIGNING_SECRET, body });
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).toContain('Volodymyr Zelenskyy');
      const forged = await postSignedCommand(`http://127.0.0.1:${s.port}/slack/events`, { secret: 'not-the-secret', body });
      expect(forged.status).toBe(401);
      s.child.kill('SIGTERM');
      expect(await s.exited).toBe(0);
      for (const secret of Object.values(secrets)) {
        expect(s.stderr()).not.toContain(secret);
        expect(s.stdout()).not.toContain(secret);
      }
    } finally {
      await fake.close();
    }
  });

  it('refuses an invalid setting at startup with its name and fix, exit 2', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/cli/main.ts'), 'serve'], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH, TIDINGS_DB: tempDb(), DISCORD_TOKEN: 'abc' },
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set/u);
    expect(err).not.toMatch(/\n\s+at /u);
  });
});
