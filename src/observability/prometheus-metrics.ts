import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Metrics } from '../core/ports/metrics.js';

export interface PrometheusMetrics extends Metrics {
  readonly registry: Registry;
  /** The exposition text for GET /metrics. */
  render(): Promise<string>;
  readonly contentType: string;
}

/** The Metrics port on prom-client, one registry per process. */
export function createPrometheusMetrics(options: { defaultMetrics?: boolean } = {}): PrometheusMetrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'tidings_' });
  const commands = new Counter({ name: 'tidings_commands_total', help: 'Chat commands answered, by command and outcome', labelNames: ['command', 'outcome'], registers: [registry] });
  const latency = new Histogram({
    name: 'tidings_command_duration_seconds',
    help: 'Time to answer a chat command',
    labelNames: ['command'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const digests = new Counter({ name: 'tidings_digests_total', help: 'Digests made, by engine', labelNames: ['engine'], registers: [registry] });
  const dropped = new Counter({ name: 'tidings_llm_output_dropped_total', help: 'Model output dropped by verification, by reason', labelNames: ['reason'], registers: [registry] });
  const fallbacks = new Counter({ name: 'tidings_llm_fallbacks_total', help: 'Digests the extractive engine answered after the LLM failed, by reason', labelNames: ['reason'], registers: [registry] });
  const errors = new Counter({ name: 'tidings_errors_total', help: 'Faults, by where they happened', labelNames: ['where'], registers: [registry] });
  return {
    registry,
    contentType: registry.contentType,
    render: () => registry.metrics(),
    commandHandled(command, outcome, seconds) {
      commands.inc({ command, outcome });
      latency.observe({ command }, seconds);
    },
    digestMade: (engine) => digests.inc({ engine }),
    llmOutputDropped: (reason, count) => dropped.inc({ reason }, count),
    llmFallback: (reason) => fallbacks.inc({ reason }),
    error: (where) => errors.inc({ where }),
  };
}
