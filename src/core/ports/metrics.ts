/** What Tidings counts; the Prometheus adapter (prom-client) lives outside the core. */
export interface Metrics {
  /** One chat command answered, with how it ended and how long it took. */
  commandHandled(command: string, outcome: 'ok' | 'user_error' | 'error', seconds: number): void;
  /** One digest made, by engine label ("extractive", "llm:<model>"). */
  digestMade(engine: string): void;
  /** Model output dropped by verification: reason is "quote_not_verbatim", "speaker_unknown", "bullet_unsupported"… */
  llmOutputDropped(reason: string, count: number): void;
  /** The LLM path gave up and the extractive engine answered. */
  llmFallback(reason: string): void;
  /** A fault (not a user mistake) in some part of the bot. */
  error(where: string): void;
}

export const noopMetrics: Metrics = {
  commandHandled() {},
  digestMade() {},
  llmOutputDropped() {},
  llmFallback() {},
  error() {},
};
