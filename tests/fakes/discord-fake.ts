import { startFakeDiscordGateway, type FakeDiscordGateway } from './discord-gateway.js';
import { FAKE_APPLICATION_ID, FAKE_GUILD_ID } from './discord-payloads.js';
import { FAKE_DISCORD_TOKEN, startFakeDiscordRest, type FakeDiscordRest } from './discord-rest.js';

/** A fake Discord (REST + gateway) on 127.0.0.1, and the adapter config that points at it. */
export interface FakeDiscord {
  rest: FakeDiscordRest;
  gateway: FakeDiscordGateway;
  config: { token: string; applicationId: string; guildId: string | undefined; apiUrl: string };
  close(): Promise<void>;
}

export async function startFakeDiscord(options: { guildId?: string | null; heartbeatIntervalMs?: number } = {}): Promise<FakeDiscord> {
  const rest = await startFakeDiscordRest();
  const gateway = await startFakeDiscordGateway({ heartbeatIntervalMs: options.heartbeatIntervalMs });
  rest.setGatewayUrl(gateway.url);
  return {
    rest,
    gateway,
    config: {
      token: FAKE_DISCORD_TOKEN,
      applicationId: FAKE_APPLICATION_ID,
      guildId: options.guildId === null ? undefined : (options.guildId ?? FAKE_GUILD_ID),
      apiUrl: rest.apiUrl,
    },
    async close() {
      await gateway.close();
      await rest.close();
    },
  };
}
