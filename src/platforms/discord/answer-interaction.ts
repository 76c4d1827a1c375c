import {
  MessageFlags,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type InteractionReplyOptions,
} from 'discord.js';
import type { CommandRunner, CommandSpec, Reply } from '../../core/commands/types.js';
import type { Logger } from '../../core/ports/logger.js';
import { toCommandRequest } from './interaction-request.js';
import { loggableError } from './loggable-error.js';
import { renderDiscordReply, type DiscordMessage } from './render-discord-reply.js';

/** Every message Tidings sends pings no one, whatever its text says (the text is defused too). */
export const NO_MENTIONS = { parse: [] } as const;

/** Discord allows 25 autocomplete choices, each at most 100 characters. */
const CHOICES_MAX = 25;
const CHOICE_LENGTH_MAX = 100;

const SORRY_REPLY: Reply = {
  kind: 'error',
  text: 'Sorry — I could not answer that on Discord just now. Please try again in a minute.',
};

const delay = (ms: number): Promise<'slow'> => new Promise((resolve) => setTimeout(() => resolve('slow'), ms).unref());

function messageOptions(message: DiscordMessage): { content?: string; embeds: DiscordMessage['embeds']; allowedMentions: typeof NO_MENTIONS } {
  return {
    ...(message.content ? { content: message.content } : {}),
    embeds: message.embeds,
    allowedMentions: NO_MENTIONS,
  };
}

/**
 * Answers a slash command. Discord wants a first response within 3 s: if the runner answers
 * within `deferAfterMs` the reply goes out at once (ephemeral when the Reply asks); otherwise the
 * interaction is deferred ("Tidings is thinking…") and the reply edited in when ready. A failure
 * of ours answers "Sorry — …"; the runner already does the same for its own.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
export async function answerCommand(
  interaction: ChatInputCommandInteraction,
  deps: { runner: CommandRunner; specs: readonly CommandSpec[]; logger: Logger; deferAfterMs: number },
): Promise<void> {
  const work: Promise<Reply> = (async () => deps.runner.run(toCommandRequest(interaction, deps.specs)))().catch((e: unknown) => {
    deps.logger.error({ err: loggableError(e), command: interaction.commandName }, 'command runner threw');
    return SORRY_REPLY;
  });
  const first = await Promise.race([work, delay(deps.deferAfterMs)]);
  if (first !== 'slow') {
    const message = renderDiscordReply(first);
    const options: InteractionReplyOptions = messageOptions(message);
    if (message.ephemeral) options.flags = MessageFlags.Ephemeral;
    await interaction.reply(options);
    return;
  }
  await interaction.deferReply();
  const message = renderDiscordReply(await work);
  // editReply cannot blank the "thinking" message's content: send a visible character at least.
  await interaction.editReply({ ...messageOptions(message), content: message.content || (message.embeds.length > 0 ? '' : '…') });
}

/** Answers autocomplete for the focused option with speaker names from the store. */
export async function answerAutocomplete(
  interaction: AutocompleteInteraction,
  deps: { runner: CommandRunner; specs: readonly CommandSpec[] },
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const spec = deps.specs.find((s) => s.name === interaction.commandName);
  const option = spec?.options.find((o) => o.name === focused.name);
  if (!option?.autocomplete) {
    await interaction.respond([]);
    return;
  }
  const names = await deps.runner.suggestSpeakers(String(focused.value), CHOICES_MAX);
  const choices = names
    .filter((n) => n.length > 0 && n.length <= CHOICE_LENGTH_MAX)
    .slice(0, CHOICES_MAX)
    .map((name) => ({ name, value: name }));
  await interaction.respond(choices);
}
