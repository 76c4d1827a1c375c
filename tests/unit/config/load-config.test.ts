import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { TidingsError } from '../../../src/core/errors.js';

const problemsOf = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig({ env });
  } catch (e) {
    expect(e).toBeInstanceOf(TidingsError);
    expect((e as TidingsError).code).toBe('CONFIG_INVALID');
    return (e as Error).message;
  }
  throw new Error('expected the configuration to be refused');
};

describe('loadConfig', () => {
  it('works with no settings at all: offline engine, local database, terminal only', () => {
    const c = loadConfig({ env: {} });
    expect(c.dbPath).toBe('./data/tidings.db');
    expect(c.llm).toBeNull();
    expect(c.slack).toBeNull();
    expect(c.discord).toBeNull();
    expect(c.fetch).toEqual({ allowPrivate: false, timeoutMs: 10_000, maxBytes: 5_000_000 });
    expect(c.schedule.graceHours).toBe(6);
  });

  it('names the missing Slack signing secret and how to fix it', () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1' })).toMatch(/SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set/);
  });

  it('reports every problem at once, each with its setting name', () => {
    const msg = problemsOf({ PORT: 'eighty', TIDINGS_TIMEZONE: 'Mars/Olympus', TIDINGS_FETCH_ALLOW_PRIVATE: 'maybe' });
    expect(msg).toMatch(/PORT/);
    expect(msg).toMatch(/TIDINGS_TIMEZONE must be an IANA time zone/);
    expect(msg).toMatch(/TIDINGS_FETCH_ALLOW_PRIVATE/);
  });

  it('needs the Discord application id with the token', () => {
    expect(problemsOf({ DISCORD_TOKEN: 'abc' })).toMatch(/DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set/);
  });

  it('turns on the LLM with a key or a local base URL, and refuses engine=llm without either', () => {
    expect(loadConfig({ env: { OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' } }).llm?.baseUrl).toBe('http://127.0.0.1:11434/v1');
    expect(problemsOf({ TIDINGS_ENGINE: 'llm' })).toMatch(/OPENAI_API_KEY/);
  });

  it('reads a config file, with the environment taking precedence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidings-config-'));
    const file = join(dir, 'tidings.json');
    writeFileSync(file, JSON.stringify({ TIDINGS_TIMEZONE: 'Europe/Kyiv', TIDINGS_DIGEST_MAX_FULL: 3, PORT: 4000 }));
    const c = loadConfig({ env: { TIDINGS_CONFIG: file, PORT: '5000' } });
    expect(c.schedule.timezone).toBe('Europe/Kyiv');
    expect(c.schedule.digestMaxFull).toBe(3);
    expect(c.http.port).toBe(5000);
  });

  it('refuses a config file that is not JSON, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidings-config-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "PORT": ');
    expect(problemsOf({ TIDINGS_CONFIG: file })).toMatch(/not valid JSON/);
  });
});
