import { createHmac } from 'node:crypto';

/** Every field Slack sends with a slash command, as the docs list them. */
export interface SlashCommandFields {
  token: string;
  team_id: string;
  team_domain: string;
  enterprise_id?: string;
  enterprise_name?: string;
  channel_id: string;
  channel_name: string;
  user_id: string;
  user_name: string;
  command: string;
  text: string;
  response_url: string;
  trigger_id: string;
  api_app_id: string;
  is_enterprise_install: string;
}

/** A slash command's fields with realistic defaults; `overrides` set the ones a test cares about. */
export function slashCommandFields(overrides: Partial<SlashCommandFields> & Pick<SlashCommandFields, 'command' | 'response_url'>): SlashCommandFields {
  return {
    token: 'gIkuvaNzQIHg97ATvDxqgjtO',
    team_id: 'T0FAKE0001',
    team_domain: 'fake-team',
    channel_id: 'C0NEWS0001',
    channel_name: 'news',
    user_id: 'U0READER01',
    user_name: 'reader',
    text: '',
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
    api_app_id: 'A0FAKE0001',
    is_enterprise_install: 'false',
    ...overrides,
  };
}

/** The form-encoded body, in Slack's field order. */
export function formBody(fields: SlashCommandFields): string {
  return new URLSearchParams(Object.entries(fields).filter(([, v]) => v !== undefined) as Array<[string, string]>).toString();
}

/** Slack's v0 signature: HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret. */
export function slackSignature(secret: string, timestampSec: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestampSec}:${body}`).digest('hex')}`;
}

export interface SignedPostOptions {
  secret: string;
  body: string;
  /** Defaults to now. */
  timestampSec?: number;
  /** Defaults to the correct signature. */
  signature?: string;
  contentType?: string;
}

/** POSTs a signed slash command as Slack does; returns the status and the parsed ack body. */
export async function postSignedCommand(url: string, options: SignedPostOptions): Promise<{ status: number; body: unknown }> {
  const ts = options.timestampSec ?? Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': options.contentType ?? 'application/x-www-form-urlencoded',
      'X-Slack-Request-Timestamp': String(ts),
      'X-Slack-Signature': options.signature ?? slackSignature(options.secret, ts, options.body),
      'User-Agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    },
    body: options.body,
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text === '' ? '' : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body };
}
