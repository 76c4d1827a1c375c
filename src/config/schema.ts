import { z } from 'zod';

const bool = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no'])])
  .transform((v) => v === true || v === 'true' || v === '1' || v === 'yes');

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const optionalString = z
  .string()
  .transform((s) => s.trim())
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'must start with http:// or https://');

const isTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/**
 * Every setting Tidings reads, by its environment name. A config file may give the same keys;
 * the environment wins. Parsed once at startup by `loadConfig`.
 */
export const rawConfigSchema = z.object({
  TIDINGS_DB: z.string().min(1).default('./data/tidings.db'),
  TIDINGS_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  TIDINGS_FETCH_ALLOW_PRIVATE: bool.default(false),
  TIDINGS_FETCH_TIMEOUT_MS: int(100, 120_000).default(10_000),
  TIDINGS_FETCH_MAX_BYTES: int(1024, 100_000_000).default(5_000_000),

  TIDINGS_ENGINE: z.enum(['auto', 'llm', 'extractive']).default('auto'),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: httpUrl.optional(),
  TIDINGS_LLM_MODEL: z.string().min(1).default('gpt-4.1-mini'),
  TIDINGS_LLM_TIMEOUT_MS: int(100, 600_000).default(30_000),
  TIDINGS_LLM_BUDGET_MS: int(100, 1_800_000).default(90_000),
  TIDINGS_LLM_CONCURRENCY: int(1, 64).default(4),
  TIDINGS_LLM_MAX_RETRIES: int(0, 10).default(2),
  TIDINGS_LLM_CONTEXT_TOKENS: int(1_000, 2_000_000).default(12_000),

  PORT: int(0, 65_535).default(3000),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: httpUrl.optional(),
  TIDINGS_SLACK_ADMINS: z
    .string()
    .optional()
    .transform((s) => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean)),

  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString,
  DISCORD_GUILD_ID: optionalString,
  DISCORD_API_URL: httpUrl.optional(),

  TIDINGS_TIMEZONE: z.string().default('UTC').refine(isTimeZone, 'must be an IANA time zone such as Europe/Kyiv'),
  TIDINGS_POLL_INTERVAL_MIN: int(1, 1440).default(15),
  TIDINGS_FEED_HOST_CONCURRENCY: int(1, 16).default(2),
  TIDINGS_FEED_FIRST_ITEMS: int(0, 100).default(5),
  TIDINGS_FEED_MAX_FAILURES: int(1, 100).default(5),
  TIDINGS_GRACE_HOURS: z.coerce.number().min(0).max(168).default(6),
  TIDINGS_DIGEST_MAX_FULL: int(1, 20).default(5),
  TIDINGS_NO_NEWS_MESSAGE: optionalString,
});

export type RawConfig = z.infer<typeof rawConfigSchema>;
