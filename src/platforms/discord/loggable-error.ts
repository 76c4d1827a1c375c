/** Interaction and webhook tokens are credentials for 15 minutes; they never reach a log line. */
function maskTokens(url: string): string {
  return url.replace(/\/(interactions|webhooks)\/(\d+)\/[^/?]+/gu, '/$1/$2/[token]');
}

/**
 * An error as a log field: discord.js's DiscordAPIError and HTTPError carry the request URL,
 * which holds the interaction token, so the URL is logged with the token masked.
 */
export function loggableError(e: unknown): Record<string, unknown> {
  if (!(e instanceof Error)) return { message: String(e) };
  const fields: Record<string, unknown> = { type: e.name, message: e.message, stack: e.stack };
  const extra = e as Error & { status?: unknown; code?: unknown; method?: unknown; url?: unknown };
  if (extra.status !== undefined) fields.status = extra.status;
  if (extra.code !== undefined) fields.code = extra.code;
  if (typeof extra.method === 'string') fields.method = extra.method;
  if (typeof extra.url === 'string') fields.url = maskTokens(extra.url);
  return fields;
}
