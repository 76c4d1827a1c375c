import { existsSync, readFileSync } from 'node:fs';
import { TidingsError } from '../core/errors.js';
import type { Config } from './config.js';
import { rawConfigSchema, type RawConfig } from './schema.js';

export interface LoadConfigOptions {
  env?: NodeJS.ProcessEnv;
  /** Path of an optional JSON file with the same keys as the environment; TIDINGS_CONFIG names it. */
  file?: string;
}

/** Reads the optional config file; a broken one is a config error, a missing default one is not. */
function readConfigFile(path: string | undefined, explicit: boolean): Record<string, unknown> {
  if (!path) return {};
  if (!existsSync(path)) {
    if (explicit) throw new TidingsError('CONFIG_INVALID', `config file not found; create it or unset TIDINGS_CONFIG`, { subject: path });
    return {};
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new TidingsError('CONFIG_INVALID', `is not valid JSON (${(e as Error).message})`, { subject: path, cause: e });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new TidingsError('CONFIG_INVALID', 'must be a JSON object of setting names to values', { subject: path });
  }
  return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, typeof v === 'number' || typeof v === 'boolean' ? String(v) : v]));
}

/** Cross-setting rules: each problem says what to set. */
function crossCheck(c: RawConfig): string[] {
  const problems: string[] = [];
  if (c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN) {
    problems.push('SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set (or set SLACK_APP_TOKEN for Socket Mode); find it under Basic Information → App Credentials');
  }
  if (!c.SLACK_BOT_TOKEN && (c.SLACK_SIGNING_SECRET || c.SLACK_APP_TOKEN)) {
    problems.push('SLACK_BOT_TOKEN is required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set; it is the xoxb- token under OAuth & Permissions');
  }
  if (c.SLACK_APP_TOKEN && !c.SLACK_APP_TOKEN.startsWith('xapp-')) {
    problems.push('SLACK_APP_TOKEN must be an app-level token starting with xapp- (Basic Information → App-Level Tokens, scope connections:write)');
  }
  if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID) {
    problems.push('DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set; copy it from the Developer Portal → General Information');
  }
  if (!c.DISCORD_TOKEN && (c.DISCORD_APPLICATION_ID || c.DISCORD_GUILD_ID)) {
    problems.push('DISCORD_TOKEN is required when DISCORD_APPLICATION_ID or DISCORD_GUILD_ID is set; it is the bot token under Bot → Token');
  }
  if (c.TIDINGS_ENGINE === 'llm' && !c.OPENAI_API_KEY && !c.OPENAI_BASE_URL) {
    problems.push('TIDINGS_ENGINE=llm needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local OpenAI-compatible server)');
  }
  return problems;
}

/** Parses the whole configuration once; every problem is reported together, each with its fix. */
export function loadConfig(options: LoadConfigOptions = {}): Config {
  const env = options.env ?? process.env;
  const filePath = options.file ?? env.TIDINGS_CONFIG;
  const fromFile = readConfigFile(filePath, Boolean(options.file ?? env.TIDINGS_CONFIG));
  const merged: Record<string, unknown> = { ...fromFile };
  for (const key of Object.keys(rawConfigSchema.shape)) {
    const v = env[key];
    if (v !== undefined && v !== '') merged[key] = v;
  }
  const parsed = rawConfigSchema.safeParse(merged);
  const problems = parsed.success
    ? crossCheck(parsed.data)
    : parsed.error.issues.map((i) => `${i.path.join('.') || 'config'} ${i.message}`);
  if (!parsed.success || problems.length > 0) {
    throw new TidingsError('CONFIG_INVALID', `invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  const c = parsed.data;
  const llmConfigured = Boolean(c.OPENAI_API_KEY || c.OPENAI_BASE_URL);
  return {
    dbPath: c.TIDINGS_DB,
    logLevel: c.TIDINGS_LOG_LEVEL,
    fetch: { allowPrivate: c.TIDINGS_FETCH_ALLOW_PRIVATE, timeoutMs: c.TIDINGS_FETCH_TIMEOUT_MS, maxBytes: c.TIDINGS_FETCH_MAX_BYTES },
    engine: c.TIDINGS_ENGINE,
    llm: llmConfigured
      ? {
          apiKey: c.OPENAI_API_KEY,
          baseUrl: c.OPENAI_BASE_URL,
          model: c.TIDINGS_LLM_MODEL,
          timeoutMs: c.TIDINGS_LLM_TIMEOUT_MS,
          budgetMs: c.TIDINGS_LLM_BUDGET_MS,
          concurrency: c.TIDINGS_LLM_CONCURRENCY,
          maxRetries: c.TIDINGS_LLM_MAX_RETRIES,
          contextTokens: c.TIDINGS_LLM_CONTEXT_TOKENS,
        }
      : null,
    http: { port: c.PORT },
    slack: c.SLACK_BOT_TOKEN
      ? { botToken: c.SLACK_BOT_TOKEN, signingSecret: c.SLACK_SIGNING_SECRET, appToken: c.SLACK_APP_TOKEN, apiUrl: c.SLACK_API_URL, admins: c.TIDINGS_SLACK_ADMINS }
      : null,
    discord:
      c.DISCORD_TOKEN && c.DISCORD_APPLICATION_ID
        ? { token: c.DISCORD_TOKEN, applicationId: c.DISCORD_APPLICATION_ID, guildId: c.DISCORD_GUILD_ID, apiUrl: c.DISCORD_API_URL }
        : null,
    schedule: {
      timezone: c.TIDINGS_TIMEZONE,
      pollIntervalMin: c.TIDINGS_POLL_INTERVAL_MIN,
      feedHostConcurrency: c.TIDINGS_FEED_HOST_CONCURRENCY,
      feedFirstItems: c.TIDINGS_FEED_FIRST_ITEMS,
      feedMaxFailures: c.TIDINGS_FEED_MAX_FAILURES,
      graceHours: c.TIDINGS_GRACE_HOURS,
      digestMaxFull: c.TIDINGS_DIGEST_MAX_FULL,
      noNewsMessage: c.TIDINGS_NO_NEWS_MESSAGE,
    },
  };
}
