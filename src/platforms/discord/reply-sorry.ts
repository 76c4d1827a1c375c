import { MessageFlags, type Interaction } from 'discord.js';
import type { Logger } from '../../core/ports/logger.js';
import { NO_MENTIONS } from './answer-interaction.js';
import { loggableError } from './loggable-error.js';

const SORRY = 'Sorry — something went wrong on my side while answering that. Please try again in a minute.';

/** Tells the user their interaction failed, without details; the log has them. Never throws. */
export async function replySorry(interaction: Interaction, log: Logger): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    if (interaction.deferred && !interaction.replied) await interaction.editReply({ content: SORRY, embeds: [], allowedMentions: NO_MENTIONS });
    else if (!interaction.replied) await interaction.reply({ content: SORRY, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  } catch (err) {
    log.warn({ err: loggableError(err), interactionId: interaction.id }, 'could not even say sorry on Discord');
  }
}
