import type { CommandRequest, Reply } from '../commands/types.js';

/** "3" or "#3" → 3; anything else → null. */
export function parseId(token: string | undefined): number | null {
  const m = /^#?(\d{1,9})$/u.exec(token ?? '');
  return m ? Number(m[1]) : null;
}

/**
 * The polite refusal for someone who may not change this channel's setup, or null for an admin.
 * Checked at run time on every platform (Discord's default_member_permissions is only a hint).
 */
export async function refuseNonAdmin(request: CommandRequest, what: string): Promise<Reply | null> {
  if (await request.user.isAdmin()) return null;
  const who =
    request.channel.platform === 'slack'
      ? 'workspace admins and owners (or people listed in TIDINGS_SLACK_ADMINS)'
      : request.channel.platform === 'discord'
        ? 'members with the Manage Server permission'
        : 'admins';
  return { kind: 'error', text: `Sorry — only ${who} can ${what}. Nothing was changed; \`/${request.command} list\` shows the current setup.` };
}

/** An ISO instant as "2026-03-29 06:00 UTC", or "never". */
export const shortUtc = (iso: string | null): string => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : 'never');
