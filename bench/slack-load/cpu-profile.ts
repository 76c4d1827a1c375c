/**
 * A V8 CPU profile of this process between two moments (the measured seconds of a bench), through
 * node:inspector, and a reading of it: self time by function and by where the code lives.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

export interface CpuProfiler {
  /** Stops, writes the .cpuprofile to `path`, and returns the profile. */
  stop(path: string): Promise<Profile>;
}

/** Starts sampling every 200 µs. */
export async function startCpuProfile(): Promise<CpuProfiler> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return {
    async stop(path) {
      const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
      session.disconnect();
      writeFileSync(path, JSON.stringify(profile));
      return profile;
    },
  };
}

/** Where a function lives: our src/ folder, a package, Node itself, or V8's own bookkeeping. */
function placeOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (url === '') return functionName === '' ? '(anonymous native)' : `(${functionName.replace(/[()]/gu, '')})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(url);
  if (pkg) return pkg[1]!;
  const src = /\/(src\/[^/]+(?:\/[^/]+)?)\//u.exec(url);
  if (src) return src[1]!;
  if (url.startsWith('node:')) return 'node internals';
  return url.replace(/^.*\/(bench|tests)\//u, '$1/');
}

/** Lines of text: total sampled time, then the top places and functions by self time, in ms and %. */
export function readCpuProfile(profile: Profile, top = 12): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const msPerSample = totalMs / Math.max(1, profile.samples.length);
  const places = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const id of profile.samples) {
    const node = byId.get(id)!;
    const place = placeOf(node);
    places.set(place, (places.get(place) ?? 0) + msPerSample);
    const file = /\/((?:src|bench|tests)\/.+)$/u.exec(node.callFrame.url)?.[1] ?? place;
    const fn = `${node.callFrame.functionName || '(anonymous)'}  ${file}`;
    functions.set(fn, (functions.get(fn) ?? 0) + msPerSample);
  }
  const rows = (m: Map<string, number>): string[] =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => `      ${ms.toFixed(0).padStart(6)} ms ${((ms / totalMs) * 100).toFixed(1).padStart(5)}%  ${k}`);
  return [`    ${totalMs.toFixed(0)} ms profiled; self time by place:`, ...rows(places), '    self time by function:', ...rows(functions)];
}
