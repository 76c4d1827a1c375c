import type { webApi } from '@slack/bolt';
import type { Logger } from '../../core/ports/logger.js';

/**
 * Whether a Slack user may run admin commands: listed in the configured `admins`, or a workspace
 * admin or owner according to users.info (scope users:read). A failed lookup means "no".
 * @see https://docs.slack.dev/reference/methods/users.info
 */
export function createSlackAdminCheck(client: webApi.WebClient, admins: readonly string[], logger: Logger): (userId: string) => Promise<boolean> {
  const listed = new Set(admins);
  return async (userId) => {
    if (listed.has(userId)) return true;
    try {
      const info = await client.users.info({ user: userId });
      const user = info.user;
      return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
    } catch (e) {
      logger.warn({ err: e, userId }, 'users.info failed; treating the user as not an admin');
      return false;
    }
  };
}
