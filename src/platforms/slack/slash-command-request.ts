import { z } from 'zod';
import type { CommandRequest } from '../../core/commands/types.js';

/**
 * The fields of a slash-command payload Tidings reads (Slack sends more; they pass through).
 * @see https://docs.slack.dev/interactivity/implementing-slash-commands#app_command_handling
 */
export const slashCommandSchema = z.object({
  command: z.string().regex(/^\/\S+$/u, 'must be a slash and a name'),
  text: z.string().default(''),
  channel_id: z.string().min(1),
  user_id: z.string().min(1),
  user_name: z.string().optional(),
  team_id: z.string().optional(),
  response_url: z.string().url().optional(),
});

export type SlashCommand = z.infer<typeof slashCommandSchema>;

/**
 * A slash-command payload as the platform-neutral request: any command name passes through
 * (the runner knows the catalog); `isAdmin` is asked only when a command needs it, once.
 */
export function toCommandRequest(command: SlashCommand, isAdmin: (userId: string) => Promise<boolean>): CommandRequest {
  let admin: Promise<boolean> | undefined;
  return {
    command: command.command.slice(1).toLowerCase(),
    text: command.text.trim(),
    channel: { platform: 'slack', id: command.channel_id, ...(command.team_id ? { workspaceId: command.team_id } : {}) },
    user: {
      id: command.user_id,
      ...(command.user_name ? { name: command.user_name } : {}),
      isAdmin: () => (admin ??= isAdmin(command.user_id)),
    },
  };
}
