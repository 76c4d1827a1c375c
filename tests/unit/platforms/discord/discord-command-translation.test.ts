import { describe, expect, it } from 'vitest';
import { commandCatalog } from '../../../../src/core/commands/catalog.js';
import type { CommandSpec } from '../../../../src/core/commands/types.js';
import { toDiscordCommands } from '../../../../src/platforms/discord/discord-command-definitions.js';
import { nonceFor } from '../../../../src/platforms/discord/discord-poster.js';
import { checkInteractionPayload } from '../../../../src/platforms/discord/guard-interaction-packets.js';
import { optionText } from '../../../../src/platforms/discord/interaction-request.js';
import { markdownLink } from '../../../../src/platforms/discord/markdown-link.js';
import { interactionPayload } from '../../../fakes/discord-payloads.js';

const scheduleSpec: CommandSpec = {
  name: 'schedule',
  description: 'Show or change when this channel gets its digest. '.repeat(4),
  usage: '[action] [args]',
  admin: true,
  options: [
    { name: 'action', description: 'list, add or remove', required: false },
    { name: 'args', description: 'e.g. "weekdays 08:00"', required: false },
  ],
};

describe('Discord command registration', () => {
  it('hides admin commands from members without Manage Guild and keeps descriptions within 100 characters', () => {
    const [schedule] = toDiscordCommands([scheduleSpec]);
    expect(schedule).toMatchObject({ name: 'schedule', type: 1, default_member_permissions: '32' });
    expect(schedule!.description.length).toBeLessThanOrEqual(100);
    expect(schedule!.options?.map((o) => o.name)).toEqual(['action', 'args']);
  });

  it('lists required options first, as Discord demands', () => {
    const spec: CommandSpec = { ...scheduleSpec, options: [{ name: 'b', description: 'b', required: false }, { name: 'a', description: 'a', required: true }] };
    expect(toDiscordCommands([spec])[0]!.options?.map((o) => o.name)).toEqual(['a', 'b']);
  });

  it('registers every catalog command with string options', () => {
    const commands = toDiscordCommands(commandCatalog);
    expect(commands.flatMap((c) => c.options ?? []).every((o) => o.type === 3)).toBe(true);
  });
});

describe('Discord options as command text', () => {
  it('joins option values in the order of the spec, whatever order Discord sends them in', () => {
    expect(optionText(scheduleSpec, new Map([['args', 'weekdays 08:00'], ['action', 'add']]))).toBe('add weekdays 08:00');
    expect(optionText(scheduleSpec, new Map([['action', '  list ']]))).toBe('list');
  });
});

describe('Discord nonces', () => {
  it('are stable for one idempotency key, distinct across keys, and at most 25 characters', () => {
    const a = nonceFor('schedule:1:2026-11-25T07:00');
    expect(nonceFor('schedule:1:2026-11-25T07:00')).toBe(a);
    expect(nonceFor('schedule:1:2026-11-26T07:00')).not.toBe(a);
    expect(a.length).toBe(25);
  });
});

describe('INTERACTION_CREATE payload check', () => {
  it('accepts the payloads Discord sends for commands and autocomplete', () => {
    expect(checkInteractionPayload(interactionPayload(2, { name: 'quotes', options: { speaker: 'x' } }))).toEqual({ ok: true });
    expect(checkInteractionPayload(interactionPayload(4, { name: 'quotes', options: { speaker: 'x' }, focused: 'speaker' }))).toEqual({ ok: true });
  });

  it('rejects payloads that would throw inside discord.js, saying why', () => {
    const noEntitlements = interactionPayload(2, { name: 'help' });
    delete noEntitlements.entitlements;
    const badPermissions = { ...interactionPayload(2, { name: 'help' }), app_permissions: 'all' };
    const nobody = interactionPayload(2, { name: 'help' });
    delete nobody.member;
    const check = checkInteractionPayload(noEntitlements);
    expect(check).toMatchObject({ ok: false, reason: expect.stringContaining('entitlements') });
    expect(checkInteractionPayload(badPermissions).ok).toBe(false);
    expect(checkInteractionPayload(nobody).ok).toBe(false);
    expect(checkInteractionPayload('garbage').ok).toBe(false);
  });
});

describe('Markdown links', () => {
  it('escapes brackets in the label and leaves unsafe URLs unlinked', () => {
    expect(markdownLink('a [b] c', 'https://x.test/p (1)')).toBe('[a \\[b\\] c](https://x.test/p%20%281%29)');
    expect(markdownLink('label', 'javascript:alert(1)')).toBe('label');
    expect(markdownLink('label', null)).toBe('label');
  });
});
