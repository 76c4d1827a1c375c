import type { webApi } from '@slack/bolt';

/**
 * Web API client settings: Slack's address (a fake one in tests) and a bounded retry policy —
 * the client's default retries for about 30 minutes, far past any use for a chat answer.
 * A 429 is still honoured: the client waits out Retry-After, then sends the call once more.
 * @see https://docs.slack.dev/tools/node-slack-sdk/web-api#rate-limits
 */
export function slackClientOptions(apiUrl: string | undefined): webApi.WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}),
    retryConfig: { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5_000 },
    timeout: 15_000,
  };
}
