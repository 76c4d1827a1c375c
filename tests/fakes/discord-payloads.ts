/**
 * Gateway payloads shaped like Discord's own (API v10), for the fake gateway.
 * @see https://discord.com/developers/docs/events/gateway-events
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */

export const FAKE_APPLICATION_ID = '1100000000000000001';
export const FAKE_BOT_USER_ID = FAKE_APPLICATION_ID;
export const FAKE_GUILD_ID = '1200000000000000001';
export const FAKE_CHANNEL_ID = '1300000000000000001';
export const FAKE_USER_ID = '1400000000000000001';

/** Permission bits as Discord sends them: a decimal string. */
export const PERMISSIONS = {
  /** View channel + send messages + read history: an ordinary member. */
  member: String((1n << 10n) | (1n << 11n) | (1n << 16n)),
  /** The same plus Manage Guild. */
  manager: String((1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 5n)),
};

export const botUser = {
  id: FAKE_BOT_USER_ID,
  username: 'Tidings',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
  flags: 0,
  verified: true,
  mfa_enabled: false,
};

const textChannel = {
  id: FAKE_CHANNEL_ID,
  type: 0,
  guild_id: FAKE_GUILD_ID,
  name: 'news',
  position: 0,
  permission_overwrites: [],
  parent_id: null,
  topic: null,
  nsfw: false,
  last_message_id: null,
  rate_limit_per_user: 0,
  flags: 0,
};

/** READY: the bot's user, its application, a session to resume, and its guilds still unavailable. */
export function readyPayload(gatewayUrl: string): Record<string, unknown> {
  return {
    v: 10,
    user: botUser,
    guilds: [{ id: FAKE_GUILD_ID, unavailable: true }],
    session_id: 'fake-session-0001',
    resume_gateway_url: gatewayUrl,
    shard: [0, 1],
    application: { id: FAKE_APPLICATION_ID, flags: 0 },
    private_channels: [],
    relationships: [],
    presences: [],
    guild_join_requests: [],
    user_settings: {},
    geo_ordered_rtc_regions: [],
  };
}

/** GUILD_CREATE for the one test server, with one text channel. */
export function guildCreatePayload(): Record<string, unknown> {
  return {
    id: FAKE_GUILD_ID,
    name: 'Tidings test server',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: FAKE_USER_ID,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: FAKE_GUILD_ID,
        name: '@everyone',
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: PERMISSIONS.member,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    max_members: 500000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    joined_at: '2026-01-01T00:00:00.000000+00:00',
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: [textChannel],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    lazy: true,
  };
}

export interface InteractionOptions {
  /** Command name as registered. */
  name: string;
  /** Option values by name, string options only (Tidings registers no other kind). */
  options?: Record<string, string>;
  /** For autocomplete: the option being typed. */
  focused?: string;
  /** Member permissions; an ordinary member by default. */
  permissions?: string;
  id?: string;
  token?: string;
}

let counter = 0;

/** INTERACTION_CREATE for a slash command (type 2) or autocomplete (type 4), as Discord sends it. */
export function interactionPayload(type: 2 | 4, o: InteractionOptions): Record<string, unknown> {
  counter += 1;
  const id = o.id ?? `15000000000000${String(counter).padStart(5, '0')}`;
  const options = Object.entries(o.options ?? {}).map(([name, value]) => ({
    type: 3,
    name,
    value,
    ...(type === 4 && name === o.focused ? { focused: true } : {}),
  }));
  return {
    id,
    application_id: FAKE_APPLICATION_ID,
    type,
    data: { id: `1600000000000000${String(counter).padStart(3, '0')}`, name: o.name, type: 1, guild_id: FAKE_GUILD_ID, options },
    guild_id: FAKE_GUILD_ID,
    guild: { id: FAKE_GUILD_ID, locale: 'en-US', features: [] },
    channel_id: FAKE_CHANNEL_ID,
    channel: textChannel,
    member: {
      user: { id: FAKE_USER_ID, username: 'reader', discriminator: '0', global_name: 'A Reader', avatar: null, public_flags: 0 },
      roles: [],
      premium_since: null,
      permissions: o.permissions ?? PERMISSIONS.member,
      pending: false,
      nick: null,
      mute: false,
      joined_at: '2026-01-02T00:00:00.000000+00:00',
      flags: 0,
      deaf: false,
      communication_disabled_until: null,
      avatar: null,
      banner: null,
    },
    token: o.token ?? `fake-interaction-token-${id}`,
    version: 1,
    app_permissions: PERMISSIONS.member,
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    entitlement_sku_ids: [],
    authorizing_integration_owners: { '0': FAKE_GUILD_ID },
    context: 0,
    attachment_size_limit: 10485760,
  };
}
