import type { Command } from 'commander';
import { renderNoQuotesText, renderQuotesText, renderSpeakersText } from '../../core/render/render-quotes-text.js';
import { displayQuoteText } from '../../core/quote.js';
import type { CliContext } from '../context.js';
import { EXIT, write } from '../io.js';
import { positiveInt } from '../parse-options.js';

/** `tidings quotes <speaker>` and `tidings speakers`. */
export function registerQuotes(program: Command, ctx: CliContext): void {
  program
    .command('quotes')
    .description("A speaker's quotes from stored articles, newest article first")
    .argument('<speaker>', 'name or surname, any spelling: zelensky, Zelenskiy, "Volodymyr Zelenskyy"')
    .option('--json', 'print JSON')
    .option('-n, --limit <n>', 'at most this many quotes', positiveInt, 50)
    .action(async (speaker: string, options: { json?: boolean; limit: number }) => {
      const result = await ctx.app().articles().quotesBySpeaker(speaker, { limit: options.limit });
      if (options.json) {
        write(ctx.io.stdout, JSON.stringify(result.found
          ? { speaker: result.speaker, others: result.others, quotes: result.quotes.map((q) => ({ ...q, display: displayQuoteText(q.text) })) }
          : { speaker: null, query: speaker, suggestions: result.suggestions }, null, 2));
      } else {
        write(ctx.io.stdout, result.found ? renderQuotesText(result.speaker, result.quotes, result.others) : renderNoQuotesText(speaker, result.suggestions));
      }
      if (!result.found) ctx.setExitCode(EXIT.failure);
    });

  program
    .command('speakers')
    .description('Speakers in stored articles with their quote counts')
    .option('--json', 'print JSON')
    .option('-n, --limit <n>', 'at most this many speakers', positiveInt, 100)
    .action(async (options: { json?: boolean; limit: number }) => {
      const speakers = await ctx.app().articles().speakers({ limit: options.limit });
      if (options.json) write(ctx.io.stdout, JSON.stringify(speakers, null, 2));
      else write(ctx.io.stdout, renderSpeakersText(speakers.length > 0 ? 'Quotes  Speaker' : 'No quotes stored yet. Try: tidings digest <file or URL>', speakers));
    });
}
