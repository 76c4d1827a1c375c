import { PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandRequest, CommandSpec } from '../../core/commands/types.js';

/** Option values in the order a command's spec lists them (or as sent, for an unknown command). */
export function optionText(spec: CommandSpec | undefined, values: ReadonlyMap<string, string>): string {
  const names = spec ? spec.options.map((o) => o.name) : [...values.keys()];
  return names
    .map((name) => values.get(name)?.trim() ?? '')
    .filter((v) => v !== '')
    .join(' ');
}

/**
 * A slash-command interaction as the platform-neutral request: option values joined by spaces,
 * the channel with its guild, and a user who is an admin when they hold Manage Guild there.
 */
export function toCommandRequest(interaction: ChatInputCommandInteraction, specs: readonly CommandSpec[]): CommandRequest {
  const values = new Map<string, string>();
  for (const option of interaction.options.data) {
    if (typeof option.value === 'string' || typeof option.value === 'number' || typeof option.value === 'boolean') {
      values.set(option.name, String(option.value));
    }
  }
  const spec = specs.find((s) => s.name === interaction.commandName);
  const permissions = interaction.memberPermissions;
  return {
    command: interaction.commandName,
    text: optionText(spec, values),
    channel: {
      platform: 'discord',
      id: interaction.channelId,
      ...(interaction.guildId ? { workspaceId: interaction.guildId } : {}),
    },
    user: {
      id: interaction.user.id,
      name: interaction.user.globalName ?? interaction.user.username,
      // Outside a guild there is no member, hence no permissions: never an admin.
      isAdmin: async () => permissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    },
  };
}
