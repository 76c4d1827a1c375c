import { verifySlackRequest, isValidSlackRequest } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { slackSignature } from '../../../fakes/slack-signed-request.js';

// Slack's published example ("Verifying requests from Slack", step by step).
const secret = '8f742231b10e8888abcd99yyyzzz85a5';
const timestamp = 1531420618;
const body =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const signature = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';

const check = (overrides: { body?: string; signature?: string; nowSec?: number } = {}) =>
  isValidSlackRequest({
    signingSecret: secret,
    body: overrides.body ?? body,
    headers: { 'x-slack-signature': overrides.signature ?? signature, 'x-slack-request-timestamp': timestamp },
    nowMilliseconds: (overrides.nowSec ?? timestamp + 10) * 1000,
  });

describe("Bolt's request verification (the check the adapter's HTTP receiver runs)", () => {
  it("accepts Slack's published example at its own time", () => {
    expect(() =>
      verifySlackRequest({ signingSecret: secret, body, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp }, nowMilliseconds: timestamp * 1000 }),
    ).not.toThrow();
    expect(check()).toBe(true);
  });

  it('signs the way Slack does: the test signer reproduces the published signature', () => {
    expect(slackSignature(secret, timestamp, body)).toBe(signature);
  });

  it('rejects the example once one byte of the body changes', () => {
    expect(check({ body: body.replace('roadrunner', 'wile_e_coyote') })).toBe(false);
  });

  it('rejects a signature made with another secret', () => {
    expect(check({ signature: slackSignature('not-the-secret', timestamp, body) })).toBe(false);
  });

  it('rejects the example replayed more than five minutes later', () => {
    expect(check({ nowSec: timestamp + 4 * 60 })).toBe(true);
    expect(check({ nowSec: timestamp + 5 * 60 + 1 })).toBe(false);
  });
});
