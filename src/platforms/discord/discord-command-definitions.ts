import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandSpec } from '../../core/commands/types.js';
import { truncate } from './embed-limits.js';

/** Discord caps command and option descriptions at 100 characters. */
const DESCRIPTION_MAX = 100;

/**
 * The catalog as Discord application commands, for a bulk overwrite. Every option is a string;
 * admin commands are hidden from members without Manage Guild (`default_member_permissions`),
 * and the adapter checks the permission again at run time.
 * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 */
export function toDiscordCommands(specs: readonly CommandSpec[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return specs.map((spec) => ({
    type: ApplicationCommandType.ChatInput,
    name: spec.name,
    description: truncate(spec.description, DESCRIPTION_MAX),
    // Discord wants required options before optional ones; the text is joined in spec order anyway.
    options: [...spec.options]
      .sort((a, b) => Number(b.required) - Number(a.required))
      .map((o) => ({
        type: ApplicationCommandOptionType.String as const,
        name: o.name,
        description: truncate(o.description, DESCRIPTION_MAX),
        required: o.required,
        ...(o.autocomplete ? { autocomplete: true } : {}),
      })),
    default_member_permissions: spec.admin ? PermissionFlagsBits.ManageGuild.toString() : null,
  }));
}
