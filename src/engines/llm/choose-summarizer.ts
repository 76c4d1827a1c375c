import type { Config } from '../../config/config.js';
import { TidingsError } from '../../core/errors.js';
import type { Summarizer } from '../../core/ports/summarizer.js';

/**
 * The summarizer for `--engine auto|llm|extractive` (TIDINGS_ENGINE): `auto` uses the LLM when one
 * is configured, `llm` insists on one. `makeLlm` is only called when the LLM is used.
 */
export function chooseSummarizer(
  engine: Config['engine'],
  llm: Config['llm'],
  make: { extractive: Summarizer; makeLlm: (llm: NonNullable<Config['llm']>) => Summarizer },
): Summarizer {
  if (engine === 'extractive') return make.extractive;
  if (llm) return make.makeLlm(llm);
  if (engine === 'auto') return make.extractive;
  throw new TidingsError('CONFIG_INVALID', 'the llm engine needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local server such as Ollama); or use --engine extractive', {
    subject: 'TIDINGS_ENGINE',
  });
}
