import { describe, expect, it } from 'vitest';
import { slashCommandSchema, toCommandRequest } from '../../../../src/platforms/slack/slash-command-request.js';
import { slashCommandFields } from '../../../fakes/slack-signed-request.js';

const parse = (overrides: Parameters<typeof slashCommandFields>[0]) => slashCommandSchema.parse(slashCommandFields(overrides));

describe('toCommandRequest', () => {
  it('turns any slash command into the platform-neutral request, name without the slash', () => {
    const request = toCommandRequest(parse({ command: '/Sources', text: '  add https://feeds.example/rss  ', response_url: 'https://hooks.slack.com/commands/T/1/x' }), async () => false);
    expect(request).toMatchObject({
      command: 'sources',
      text: 'add https://feeds.example/rss',
      channel: { platform: 'slack', id: 'C0NEWS0001', workspaceId: 'T0FAKE0001' },
      user: { id: 'U0READER01', name: 'reader' },
    });
  });

  it('asks who is an admin only when a command wants to know, and only once', async () => {
    const asked: string[] = [];
    const request = toCommandRequest(parse({ command: '/schedule', response_url: 'https://hooks.slack.com/commands/T/1/x' }), async (id) => {
      asked.push(id);
      return true;
    });
    expect(asked).toEqual([]);
    expect(await request.user.isAdmin()).toBe(true);
    expect(await request.user.isAdmin()).toBe(true);
    expect(asked).toEqual(['U0READER01']);
  });

  it('refuses a payload without a channel or a proper command', () => {
    expect(slashCommandSchema.safeParse({ command: 'quotes', user_id: 'U1', channel_id: 'C1' }).success).toBe(false);
    expect(slashCommandSchema.safeParse({ command: '/quotes', user_id: 'U1' }).success).toBe(false);
  });
});
