import type { Command } from 'commander';
import { Option } from 'commander';
import { digestSchema } from '../../core/digest.js';
import { renderDigestText } from '../../core/render/render-digest-text.js';
import type { CliContext } from '../context.js';
import { write } from '../io.js';

interface DigestOptions {
  format: 'text' | 'markdown' | 'json';
  store: boolean;
  engine?: 'auto' | 'llm' | 'extractive';
}

/** `tidings digest <source>`: read, digest, store, print. */
export function registerDigest(program: Command, ctx: CliContext): void {
  program
    .command('digest')
    .description('Digest one article: a file, "-" for stdin, or an http(s) URL')
    .argument('<source>', 'path, "-" (stdin) or URL of the article')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .addOption(new Option('-e, --engine <engine>', 'summarizer: llm when configured (auto), llm, or the offline extractive engine').choices(['auto', 'llm', 'extractive']))
    .option('--no-store', 'do not save the article, digest and quotes')
    .action(async (source: string, options: DigestOptions) => {
      const app = ctx.app();
      const article = await app.reader.read(source);
      const { digest, quotes } = await app.summarizer(options.engine).summarize(article);
      app.metrics.digestMade(digest.engine);
      if (options.store) await app.articles().saveDigest(article, digest, quotes);
      // Parsing through the contract schema fixes the field order and proves the shape.
      const contract = digestSchema.parse(digest);
      if (options.format === 'json') write(ctx.io.stdout, JSON.stringify(contract, null, 2));
      else write(ctx.io.stdout, renderDigestText(contract, options.format));
    });
}
