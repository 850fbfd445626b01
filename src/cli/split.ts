import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CorpusError, type CorpusSet } from './corpus';

/**
 * The tune/check halves of ../shared/corpus/SPLITS.json (issue 14): errors are read and rules tuned on the tune
 * half only; the check half is the honest estimate. A set that SPLITS.json does not name is all tune.
 */

export type Split = 'tune' | 'check';

export function parseSplit(argv: string[]): Split | null {
  const i = argv.indexOf('--split');
  if (i < 0) return null;
  const value = argv[i + 1];
  if (value !== 'tune' && value !== 'check')
    throw new CorpusError(`--split takes tune or check, not ${value ?? 'nothing'}`);
  return value;
}

/** The check half's policy ids for the set in `dir`, read from the SPLITS.json beside it. */
export function checkIds(dir: string): Set<string> {
  const path = join(dirname(dir.replace(/\/+$/, '')), 'SPLITS.json');
  if (!existsSync(path)) throw new CorpusError(`--split needs ${path}`);
  let splits: unknown;
  try {
    splits = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new CorpusError(`${path}: not valid JSON`);
  }
  const entry = (splits as Record<string, { check?: unknown }>)[basename(dir.replace(/\/+$/, ''))];
  const check = entry?.check;
  if (entry && !(Array.isArray(check) && check.every((id) => typeof id === 'string')))
    throw new CorpusError(`${path}: "check" must be a list of policy ids`);
  return new Set((check as string[] | undefined) ?? []);
}

/** The set with every section kept to the policies of one half. */
export function restrict(set: CorpusSet, check: Set<string>, split: Split): CorpusSet {
  const keep = (policy: string) => check.has(policy) === (split === 'check');
  return {
    ...set,
    labels: set.labels?.filter((row) => keep(row.policy)) ?? null,
    polarity: set.polarity?.filter((row) => keep(row.policy)) ?? null,
    policies: set.policies ? new Map([...set.policies].filter(([id]) => keep(id))) : null,
  };
}

/**
 * The half of a set SPLITS.json does not split (OPP-115's policies, the written sets' sentences): by the first byte
 * of the id's MD5, so it never changes and needs no file.
 */
export const md5Half = (id: string): Split => (createHash('md5').update(id).digest()[0]! % 2 === 0 ? 'tune' : 'check');
