import type { RawConfig } from './schema.js';

/** The parsed configuration everyone else receives; nothing outside src/config reads process.env. */
export interface Config {
  dbPath: string;
  logLevel: RawConfig['TIDINGS_LOG_LEVEL'];
  fetch: { allowPrivate: boolean; timeoutMs: number; maxBytes: number };
  engine: RawConfig['TIDINGS_ENGINE'];
  /** Present when an LLM is configured (an API key, or a base URL of a local server). */
  llm: {
    apiKey: string | undefined;
    baseUrl: string | undefined;
    model: string;
    timeoutMs: number;
    budgetMs: number;
    concurrency: number;
    maxRetries: number;
    contextTokens: number;
  } | null;
  http: { port: number };
  slack: {
    botToken: string;
    signingSecret: string | undefined;
    appToken: string | undefined;
    apiUrl: string | undefined;
    admins: string[];
  } | null;
  discord: {
    token: string;
    applicationId: string;
    guildId: string | undefined;
    apiUrl: string | undefined;
  } | null;
  schedule: {
    timezone: string;
    pollIntervalMin: number;
    feedHostConcurrency: number;
    feedFirstItems: number;
    feedMaxFailures: number;
    graceHours: number;
    digestMaxFull: number;
    noNewsMessage: string | undefined;
  };
}
