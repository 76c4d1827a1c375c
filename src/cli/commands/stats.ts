import type { Command } from 'commander';
import { formatUsageTotals } from '../../engines/llm/format-usage-totals.js';
import { createSqliteLlmCache } from '../../store/sqlite-llm-cache.js';
import type { CliContext } from '../context.js';
import { write } from '../io.js';

/** `tidings stats`: LLM requests, tokens, cache hits and quotes dropped by verification. */
export function registerStats(program: Command, ctx: CliContext): void {
  program
    .command('stats')
    .description('LLM usage totals: requests, tokens in and out, cache hits, quotes dropped by verification')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => {
      const totals = createSqliteLlmCache(ctx.app().db()).usageTotals();
      write(ctx.io.stdout, options.json ? JSON.stringify(totals, null, 2) : formatUsageTotals(totals));
    });
}
