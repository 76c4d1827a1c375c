/**
 * Bench (not a test): `/quotes` through the Slack HTTP endpoint, signed slash-command POSTs from
 * an open-loop load generator on loopback, against a store of 10,000 articles served by another
 * process. Prints p50/p90/p99/max of the time to Slack's ack (which carries the answer).
 *
 *   npx tsx tests/integration/slack/slack-quotes-bench.ts   # BENCH_RATE=100 BENCH_SECONDS=30 BENCH_ARTICLES=10000 BENCH_QUERIES=…
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { formBody, slackSignature, slashCommandFields } from '../../fakes/slack-signed-request.js';

const rate = Number(process.env.BENCH_RATE ?? 100);
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const secret = 'bench-signing-secret';
/** Speaker queries in turn; BENCH_QUERIES="zelenskyy,rubio" overrides. "nobody at all" exercises the closest-speaker search. */
const queries = process.env.BENCH_QUERIES?.split(',') ?? ['zelenskyy', 'rubio', 'Zakharova Person17', 'lavrov', 'nobody at all', ''];

const server = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./slack-quotes-bench-server.ts', import.meta.url))], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: process.env,
});
const ready = await new Promise<{ port: number; articles: number; fillSeconds: number }>((resolve, reject) => {
  server.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  createInterface({ input: server.stdout! }).once('line', (line) => resolve(JSON.parse(line) as { port: number; articles: number; fillSeconds: number }));
});
const url = `http://127.0.0.1:${ready.port}/slack/events`;

async function once(i: number): Promise<{ ms: number; ok: boolean; query: string }> {
  const body = formBody(slashCommandFields({ command: '/quotes', text: queries[i % queries.length]!, response_url: `http://127.0.0.1:9/commands/T/${i}/x` }));
  const ts = Math.floor(Date.now() / 1000);
  const started = performance.now();
  const query = queries[i % queries.length]!;
  try {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Slack-Request-Timestamp': String(ts), 'X-Slack-Signature': slackSignature(secret, ts, body) },
    body,
  });
  const json = (await res.json()) as { text?: string; response_type?: string };
  const ms = performance.now() - started;
  // Slack shows the user a timeout when the ack takes longer than 3 s, whatever it carries.
  return { ms, ok: res.status === 200 && ms < 3_000 && json.text !== 'Working on it…' && typeof json.text === 'string', query };
  } catch {
    // A refused or timed-out connection counts as a failure at the time it took.
    return { ms: performance.now() - started, ok: false, query };
  }
}

// Warm-up, then an open loop: requests leave on schedule whether or not earlier ones are done.
for (let i = 0; i < 50; i += 1) await once(i);
const total = rate * seconds;
const started = performance.now();
const pending: Array<ReturnType<typeof once>> = [];
for (let i = 0; i < total; i += 1) {
  const due = started + (i * 1000) / rate;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  pending.push(once(i));
}
const results = await Promise.all(pending);
const elapsed = (performance.now() - started) / 1000;
server.kill('SIGTERM');

const sorted = (rs: typeof results) => rs.map((r) => r.ms).sort((a, b) => a - b);
const pctOf = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!.toFixed(1);
const ms = sorted(results);
const pct = (p: number) => pctOf(ms, p);
console.log(`store: ${ready.articles} articles (filled in ${ready.fillSeconds.toFixed(1)} s)`);
console.log(`load: ${total} signed /quotes POSTs at ${rate}/s over ${elapsed.toFixed(1)} s; queries: ${queries.map((q) => JSON.stringify(q)).join(', ')}`);
console.log(`answered in the ack within Slack's 3 s: ${results.filter((r) => r.ok).length}/${total}`);
console.log(`latency to ack (ms): p50 ${pct(50)}  p90 ${pct(90)}  p99 ${pct(99)}  max ${ms.at(-1)!.toFixed(1)}`);
for (const q of queries) {
  const xs = sorted(results.filter((r) => r.query === q));
  console.log(`  /quotes ${JSON.stringify(q).padEnd(22)} p50 ${pctOf(xs, 50)}  p99 ${pctOf(xs, 99)}`);
}
