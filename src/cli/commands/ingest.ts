import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { digestOnce } from '../../core/digests/digest-once.js';
import { describeError } from '../../core/errors.js';
import { expandSources } from '../../ingest/expand-sources.js';
import type { CliContext } from '../context.js';
import { EXIT, write } from '../io.js';

interface Tally {
  created: number;
  duplicates: number;
  failed: Array<{ source: string; reason: string }>;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** `tidings ingest <source...>`: files, folders and URLs into the store, with a summary line. */
export function registerIngest(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('Read, digest and store many articles: files, folders (their .txt/.md/.html files) and URLs')
    .argument('<sources...>', 'files, folders or http(s) URLs')
    .option('-e, --engine <engine>', 'summarizer: auto, llm or extractive')
    .action(async (args: string[], options: { engine?: 'auto' | 'llm' | 'extractive' }) => {
      const app = ctx.app();
      const { sources, problems } = await expandSources(args);
      const tally: Tally = { created: 0, duplicates: 0, failed: problems.map((p) => ({ source: p.source, reason: describeError(p.error) })) };
      const bar = ctx.io.stdout.isTTY && sources.length > 1
        ? new SingleBar({ format: 'ingesting {bar} {value}/{total} {source}', stream: ctx.io.stdout as NodeJS.WriteStream, hideCursor: true }, Presets.shades_classic)
        : null;
      bar?.start(sources.length, 0, { source: '' });
      for (const source of sources) {
        bar?.update({ source: source.length > 50 ? `…${source.slice(-49)}` : source });
        try {
          const article = await app.reader.read(source);
          const saved = await digestOnce({ articles: app.articles(), summarizer: app.summarizer(options.engine), metrics: app.metrics }, article);
          if (saved.created) tally.created += 1;
          else tally.duplicates += 1;
        } catch (e) {
          tally.failed.push({ source, reason: describeError(e).replace(`${source}: `, '') });
        }
        bar?.increment();
      }
      bar?.stop();
      const total = sources.length + problems.length;
      write(ctx.io.stdout, `Ingested ${plural(total, 'source')}: ${tally.created} new, ${plural(tally.duplicates, 'duplicate')}, ${tally.failed.length} failed.`);
      for (const f of tally.failed) write(ctx.io.stdout, `  failed: ${f.source}: ${f.reason}`);
      if (tally.failed.length > 0) ctx.setExitCode(EXIT.failure);
    });
}
