import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** A character range of the raw .txt. */
export type Range = [number, number];

/** One annotated attribution: its Source (if any) and Content spans. */
export interface GoldAttribution {
  content: Range[];
  source: string | null;
  sourceStart: number;
  /** The Content begins with a quotation mark: a direct quote. */
  direct: boolean;
}

/** One article of the split with every annotator's attributions. */
export interface PolnearDoc {
  name: string;
  text: string;
  /** One list per annotation file (some articles were annotated twice). */
  annotations: GoldAttribution[][];
}

const T_LINE = /^(T\d+)\t(\w+) ([\d ;]+)\t/u;
const E_LINE = /^E\d+\t(.*)$/u;

/** Parses one brat .ann against its text; `T` text fields are ignored (they may span lines), offsets are read from the .txt. */
export function parseAnn(ann: string, text: string): GoldAttribution[] {
  const spans = new Map<string, Range[]>();
  const out: GoldAttribution[] = [];
  const events: Array<Record<string, string>> = [];
  for (const line of ann.split('\n')) {
    const t = T_LINE.exec(line);
    if (t) {
      const ranges = t[3]!.trim().split(';').map((p) => p.trim().split(/\s+/u).map(Number) as Range);
      spans.set(t[1]!, ranges);
      continue;
    }
    const e = E_LINE.exec(line);
    if (e) events.push(Object.fromEntries(e[1]!.trim().split(/\s+/u).map((kv) => kv.split(':') as [string, string])));
  }
  for (const ev of events) {
    const content = ev.Content ? spans.get(ev.Content) : undefined;
    if (!content || content.length === 0) continue;
    const source = ev.Source ? spans.get(ev.Source) : undefined;
    const first = text[content[0]![0]] ?? '';
    out.push({
      content,
      source: source ? source.map(([a, b]) => text.slice(a, b)).join(' ') : null,
      sourceStart: source ? source[0]![0] : -1,
      direct: first === '“' || first === '"' || text.startsWith("''", content[0]![0]),
    });
  }
  return out;
}

/** Reads the split: every text with its annotation files. */
export function readPolnear(dir: string): PolnearDoc[] {
  const annFiles = readdirSync(resolve(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  return readdirSync(resolve(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      const text = readFileSync(resolve(dir, 'text', f), 'utf8');
      const annotations = annFiles
        .filter((a) => a.slice(0, a.lastIndexOf('_')) === name)
        .map((a) => parseAnn(readFileSync(resolve(dir, 'attributions', a), 'utf8'), text));
      return { name, text, annotations };
    });
}
