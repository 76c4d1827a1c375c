import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Routes, type Interaction } from 'discord.js';
import type { Config } from '../../config/config.js';
import { commandCatalog } from '../../core/commands/catalog.js';
import type { CommandRunner, CommandSpec } from '../../core/commands/types.js';
import { TidingsError } from '../../core/errors.js';
import type { Logger } from '../../core/ports/logger.js';
import type { Metrics } from '../../core/ports/metrics.js';
import type { PlatformAdapter } from '../platform-adapter.js';
import { answerAutocomplete, answerCommand, NO_MENTIONS } from './answer-interaction.js';
import { toDiscordCommands } from './discord-command-definitions.js';
import { createDiscordPoster } from './discord-poster.js';
import { guardInteractionPackets } from './guard-interaction-packets.js';
import { loggableError } from './loggable-error.js';
import { replySorry } from './reply-sorry.js';

export interface DiscordAdapterOptions {
  config: NonNullable<Config['discord']>;
  runner: CommandRunner;
  logger: Logger;
  metrics: Metrics;
  /** The commands to register and answer; the catalog by default. */
  commands?: readonly CommandSpec[];
  /** Answer at once if the runner is done within this many ms, else defer and edit (default 2,000; Discord allows 3,000). */
  deferAfterMs?: number;
  /** How long start() waits for the gateway to be ready (default 30 s). */
  readyTimeoutMs?: number;
}

/**
 * Tidings on Discord: a discord.js v14 client (Guilds intent only) that registers the commands
 * by bulk overwrite at startup, answers slash commands and autocomplete, and posts digests.
 * `apiUrl` redirects REST (discord.js appends `/v10`) and with it the gateway, which comes from
 * GET /gateway/bot.
 * @see https://discord.com/developers/docs/interactions/application-commands
 */
export function createDiscordAdapter(options: DiscordAdapterOptions): PlatformAdapter {
  const { config, runner, metrics } = options;
  const specs = options.commands ?? commandCatalog;
  const log = options.logger.child({ platform: 'discord' });
  const deferAfterMs = options.deferAfterMs ?? 2000;
  const inFlight = new Set<Promise<void>>();

  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  // The poster may run before start() (a one-off scheduled run); REST only needs the token.
  client.rest.setToken(config.token);

  guardInteractionPackets(client, (reason, interactionId) => {
    metrics.error('discord:malformed_payload');
    log.warn({ reason, interactionId }, 'dropped a malformed INTERACTION_CREATE');
  });
  client.on(Events.Error, (err) => {
    metrics.error('discord:client');
    log.error({ err: loggableError(err) }, 'discord client error');
  });
  client.on(Events.ShardError, (err, shardId) => {
    metrics.error('discord:gateway');
    log.error({ err: loggableError(err), shardId }, 'discord gateway error');
  });
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord warning'));

  async function handle(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isChatInputCommand()) await answerCommand(interaction, { runner, specs, logger: log, deferAfterMs });
      else if (interaction.isAutocomplete()) await answerAutocomplete(interaction, { runner, specs });
    } catch (err) {
      metrics.error('discord:interaction');
      log.error({ err: loggableError(err), interactionId: interaction.id, type: interaction.type }, 'could not answer an interaction');
      await replySorry(interaction, log);
    }
  }

  client.on(Events.InteractionCreate, (interaction) => {
    const done = handle(interaction).finally(() => inFlight.delete(done));
    inFlight.add(done);
  });

  async function register(): Promise<void> {
    const route = config.guildId
      ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
      : Routes.applicationCommands(config.applicationId);
    try {
      await client.rest.put(route, { body: toDiscordCommands(specs) });
    } catch (e) {
      throw new TidingsError('PLATFORM_FAILED', `Discord refused the command registration: ${e instanceof Error ? e.message : String(e)}. Check DISCORD_APPLICATION_ID${config.guildId ? ' and DISCORD_GUILD_ID' : ''}.`, { subject: 'discord', cause: e });
    }
    log.info({ commands: specs.length, scope: config.guildId ? 'guild' : 'global' }, 'discord commands registered');
  }

  return {
    name: 'discord',
    poster: createDiscordPoster(() => client.rest),
    async start() {
      const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(options.readyTimeoutMs ?? 30_000) });
      ready.catch(() => {});
      try {
        await client.login(config.token);
        await ready;
      } catch (e) {
        await client.destroy();
        throw new TidingsError('PLATFORM_FAILED', `Could not connect to Discord: ${e instanceof Error ? e.message : String(e)}. Check DISCORD_TOKEN${config.apiUrl ? ' and DISCORD_API_URL' : ''}.`, { subject: 'discord', cause: e });
      }
      await register();
      log.info({ user: client.user?.id }, 'discord connected');
    },
    async stop() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      await client.destroy();
      log.info({}, 'discord disconnected');
    },
  };
}
