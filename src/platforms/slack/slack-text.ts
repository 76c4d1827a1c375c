import { defuseMentions } from '../../core/safety/defuse-mentions.js';

/**
 * Text from articles or users, made safe for a Slack `mrkdwn` field or a message's `text`:
 * mentions defused, then `&`, `<`, `>` turned into entities so `<!channel>`, `<!here>` and
 * `<@U123>` show as typed and ping no one.
 * @see https://docs.slack.dev/messaging/formatting-message-text#escaping
 */
export function mrkdwnText(text: string): string {
  return defuseMentions(text).replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/**
 * Text for a `plain_text` field (headers): Slack shows it literally and parses no mention in it,
 * so only the mentions are defused (entities would show as `&amp;`).
 */
export function plainText(text: string): string {
  return defuseMentions(text);
}

/** Cuts `text` to at most `max` characters, ending with "…" when cut; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  // Drop a half surrogate pair and a half entity (`&am`) left at the cut.
  const cut = text
    .slice(0, Math.max(0, max - 1))
    .replace(/[\uD800-\uDBFF]$/u, '')
    .replace(/&[a-z]{0,3}$/u, '');
  return `${cut}…`;
}

/**
 * A mrkdwn link to an article, or just its (escaped) label when the URL is not plain http(s):
 * a URL such as `!channel` would otherwise become `<!channel|…>`, a ping.
 */
export function mrkdwnLink(url: string | null, label: string): string {
  const safeLabel = mrkdwnText(label);
  if (!url || !/^https?:\/\/[^\s<>|]+$/iu.test(url)) return safeLabel;
  return `<${url.replace(/&/gu, '&amp;')}|${safeLabel}>`;
}
