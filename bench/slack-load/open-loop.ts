/**
 * An open-loop HTTP load generator: request k is due at start + k/rate whatever happened to the
 * earlier ones (no coordinated omission), sent over a keep-alive `node:http` agent. Latency is
 * counted from the time a request was due, so a generator that falls behind shows up in the figures.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface PreparedRequest {
  headers: Record<string, string>;
  body: string;
}

export interface Sample {
  index: number;
  /** When the schedule said to send (performance.now() ms). */
  due: number;
  /** When the request was actually written. */
  sent: number;
  /** When the whole response had arrived; undefined on a failure. */
  done: number | undefined;
  status: number | undefined;
  body: string;
  error: string | undefined;
}

export interface OpenLoopOptions {
  url: string;
  rate: number;
  count: number;
  /** Builds request k just before it is sent (signatures carry the current timestamp). */
  prepare: (index: number) => PreparedRequest;
  /** Called with each request's due time as it is sent, e.g. to mark the end of a warm-up. */
  onSend?: (index: number, due: number) => void;
  timeoutMs?: number;
}

/** Sends `count` POSTs at `rate` per second; resolves with every sample once all have ended. */
export function runOpenLoop(options: OpenLoopOptions): Promise<Sample[]> {
  const { url, rate, count, prepare, onSend, timeoutMs = 10_000 } = options;
  // Idle sockets close on our side (4 s) before the server's keep-alive timeout (Node's 5 s) can
  // close one under a request being sent on it.
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity, timeout: 4_000 });
  const samples: Sample[] = [];
  const start = performance.now() + 20;
  const dueAt = (k: number): number => start + (k * 1000) / rate;
  let next = 0;
  let ended = 0;

  return new Promise((resolve) => {
    const finish = (sample: Sample): void => {
      samples[sample.index] = sample;
      ended += 1;
      if (ended === count) {
        agent.destroy();
        resolve(samples);
      }
    };
    const fire = (k: number): void => {
      const due = dueAt(k);
      const { headers, body } = prepare(k);
      onSend?.(k, due);
      const sample: Sample = { index: k, due, sent: performance.now(), done: undefined, status: undefined, body: '', error: undefined };
      const req = request(url, { method: 'POST', agent, headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) }, timeout: timeoutMs });
      req.on('response', (res) => {
        sample.status = res.statusCode;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          sample.done = performance.now();
          sample.body = Buffer.concat(chunks).toString('utf8');
          finish(sample);
        });
      });
      req.on('timeout', () => req.destroy(new Error(`no response within ${timeoutMs} ms`)));
      req.on('error', (e) => {
        if (sample.error !== undefined || sample.done !== undefined) return;
        sample.error = e.message;
        finish(sample);
      });
      req.end(body);
    };
    const tick = (): void => {
      const now = performance.now();
      while (next < count && dueAt(next) <= now) fire(next++);
      if (next < count) setTimeout(tick, Math.max(0, dueAt(next) - performance.now()));
    };
    setTimeout(tick, Math.max(0, start - performance.now()));
  });
}
