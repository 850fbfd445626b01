import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Reads a corpus set folder as ../shared/corpus/README.md describes it; throws a clear message when malformed. */

export interface LabelRow {
  policy: string;
  line: number;
  text: string;
  sharing: boolean;
}

export interface PolarityRow {
  policy: string;
  text: string;
  polarity: 'shares' | 'consent' | 'denies' | 'none';
  recipients: string[];
  phone: boolean;
  marketing: boolean;
}

export class CorpusError extends Error {}

export function readJsonl<T>(path: string, check: (row: unknown) => row is T): T[] {
  const rows: T[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        throw new CorpusError(`${path}:${i + 1}: not valid JSON`);
      }
      if (!check(row)) throw new CorpusError(`${path}:${i + 1}: missing or mistyped fields`);
      rows.push(row);
    });
  return rows;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isLabel = (x: unknown): x is LabelRow =>
  isObject(x) && typeof x.policy === 'string' && typeof x.line === 'number' && typeof x.sharing === 'boolean';
const isPolarity = (x: unknown): x is PolarityRow =>
  isObject(x) &&
  typeof x.text === 'string' &&
  ['shares', 'consent', 'denies', 'none'].includes(x.polarity as string) &&
  Array.isArray(x.recipients);

export interface CorpusSet {
  name: string;
  labels: LabelRow[] | null;
  polarity: PolarityRow[] | null;
  /** id → text, sorted by id */
  policies: Map<string, string> | null;
}

export function readSet(dir: string): CorpusSet {
  if (!existsSync(dir)) throw new CorpusError(`no such folder: ${dir}`);
  const at = (name: string) => join(dir, name);
  const policiesDir = at('policies');
  let policies: Map<string, string> | null = null;
  if (existsSync(policiesDir)) {
    policies = new Map();
    for (const file of readdirSync(policiesDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      policies.set(file.replace(/\.txt$/, ''), readFileSync(join(policiesDir, file), 'utf8'));
    }
  }
  const labels = existsSync(at('labels.jsonl')) ? readJsonl(at('labels.jsonl'), isLabel) : null;
  const polarity = existsSync(at('polarity.jsonl')) ? readJsonl(at('polarity.jsonl'), isPolarity) : null;
  if (labels && !policies) throw new CorpusError(`${dir}: labels.jsonl needs a policies/ folder`);
  if (!labels && !polarity && !policies)
    throw new CorpusError(`${dir}: no labels.jsonl, polarity.jsonl or policies/ — not a corpus set`);
  return { name: basename(dir.replace(/\/+$/, '')), labels, polarity, policies };
}
