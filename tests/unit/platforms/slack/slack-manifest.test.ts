import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commandCatalog } from '../../../../src/core/commands/catalog.js';
import { projectRoot } from '../../../support/corpus.js';

/** The part of Slack's app manifest schema Tidings relies on. */
const manifestSchema = z.object({
  display_information: z.object({ name: z.string().min(1).max(35), description: z.string().max(140) }),
  features: z.object({
    bot_user: z.object({ display_name: z.string().min(1).max(80) }),
    slash_commands: z.array(
      z.object({
        command: z.string().regex(/^\/[a-z0-9_-]{1,31}$/u),
        url: z.string().url(),
        description: z.string().min(1).max(100),
        usage_hint: z.string().max(1000).optional(),
        should_escape: z.boolean(),
      }),
    ),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({ socket_mode_enabled: z.boolean() }),
});

const manifest = manifestSchema.parse(JSON.parse(readFileSync(resolve(projectRoot, 'config/slack-manifest.json'), 'utf8')));
const declared = new Map(manifest.features.slash_commands.map((c) => [c.command.slice(1), c]));

describe('config/slack-manifest.json', () => {
  it('declares every command in the catalog, with its usage hint', () => {
    for (const spec of commandCatalog) {
      const cmd = declared.get(spec.name);
      expect(cmd, `/${spec.name} missing from the manifest`).toBeDefined();
      if (spec.usage) expect(cmd?.usage_hint).toBe(spec.usage);
    }
  });

  it('declares the admin commands /schedule and /sources, saying their changes are for admins only', () => {
    const admin = commandCatalog.filter((c) => c.admin).map((c) => c.name);
    expect(admin).toEqual(expect.arrayContaining(['schedule', 'sources']));
    for (const name of admin) expect(declared.get(name)?.description).toMatch(/admins only/iu);
  });

  it('declares nothing the catalog does not answer', () => {
    expect([...declared.keys()].sort()).toEqual(commandCatalog.map((c) => c.name).sort());
  });

  it('sends every command to /slack/events with the text unescaped (the adapter escapes what it echoes)', () => {
    for (const c of manifest.features.slash_commands) {
      expect(new URL(c.url).pathname).toBe('/slack/events');
      expect(c.should_escape).toBe(false);
    }
  });

  it('asks for exactly the scopes the adapter uses, and starts in HTTP mode', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(['chat:write', 'chat:write.public', 'commands', 'users:read']);
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });
});
