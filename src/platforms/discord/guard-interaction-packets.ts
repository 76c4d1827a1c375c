import { z } from 'zod';
import { Events, type Client } from 'discord.js';

const snowflake = z.string().regex(/^\d{1,20}$/u);
/** discord.js builds a PermissionsBitField from these and throws on anything but digits. */
const permissions = z.string().regex(/^\d{1,40}$/u);
const user = z.looseObject({ id: snowflake, username: z.string() });

/**
 * The part of an INTERACTION_CREATE that discord.js v14 reads without checking: a payload
 * missing any of it (`entitlements` above all) throws inside the library's gateway handler,
 * where no listener of ours can catch it.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
const interactionSchema = z
  .looseObject({
    id: snowflake,
    application_id: snowflake,
    // Tidings only registers slash commands: 2 = application command, 4 = autocomplete.
    type: z.union([z.literal(2), z.literal(4)]),
    token: z.string().min(1),
    version: z.number(),
    channel_id: snowflake,
    guild_id: snowflake.optional(),
    entitlements: z.array(z.looseObject({ id: snowflake })),
    app_permissions: permissions.optional(),
    data: z.looseObject({
      id: snowflake,
      name: z.string().min(1),
      type: z.literal(1),
      options: z.array(z.looseObject({ name: z.string(), type: z.number() })).optional(),
    }),
    member: z.looseObject({ user, permissions: permissions.optional(), roles: z.array(snowflake) }).optional(),
    user: user.optional(),
  })
  .refine((d) => d.member !== undefined || d.user !== undefined, { message: 'neither member nor user' });

/** Whether an INTERACTION_CREATE payload is one Tidings can answer without discord.js throwing. */
export function checkInteractionPayload(d: unknown): { ok: true } | { ok: false; reason: string } {
  const parsed = interactionSchema.safeParse(d);
  if (parsed.success) return { ok: true };
  return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ') };
}

/** The dispatch name given to a dropped packet: discord.js has no handler for it and ignores it. */
export const DROPPED_PACKET = 'TIDINGS_DROPPED_MALFORMED';

/**
 * Drops malformed INTERACTION_CREATE packets before discord.js handles them. `Events.Raw`
 * receives the very packet object the client handles next, so renaming its dispatch type makes
 * the client skip it — the only way to keep a bad payload from becoming an unhandled rejection.
 */
export function guardInteractionPackets(client: Client, onDropped: (reason: string, interactionId: unknown) => void): void {
  client.on(Events.Raw, (packet: { t?: unknown; d?: unknown }) => {
    if (packet.t !== 'INTERACTION_CREATE') return;
    const check = checkInteractionPayload(packet.d);
    if (check.ok) return;
    packet.t = DROPPED_PACKET;
    const id = typeof packet.d === 'object' && packet.d !== null ? (packet.d as { id?: unknown }).id : undefined;
    onDropped(check.reason, id);
  });
}
