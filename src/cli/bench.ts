import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { audit } from '../engine';
import { median, round } from './metrics';
import { adversarialText } from './adversarial';

/**
 * `npm run bench [-- <folder>] [--json]`: speed and memory of the engine, as ratios measured in one run so a
 * shared, noisy machine still gives comparable numbers (issue #3).
 */

function policyFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt')) out.push(path);
    }
  };
  walk(root);
  return out;
}

function timeIt(fn: () => void, repeat: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** The floor: what any engine must at least do — NFKC normalisation and one split on sentence punctuation. */
function floor(text: string): number {
  return text.normalize('NFKC').split(/[。！？；!?;.\n]/).length;
}

const isChinese = (text: string) => (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) > text.length / 4;

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const root = argv.find((a) => !a.startsWith('--')) ?? '../shared/corpus';
  if (!existsSync(root)) {
    process.stderr.write(`bench: no such folder ${root}\n`);
    process.exitCode = 1;
    return;
  }
  const texts = policyFiles(root).map((f) => readFileSync(f, 'utf8'));
  if (texts.length === 0) {
    process.stderr.write(`bench: no policy texts under ${root}\n`);
    process.exitCode = 1;
    return;
  }
  // the Chinese policies when there are any (the targets are set on them), else every text (an English set)
  const zh = texts.filter(isChinese);
  const measured = zh.length > 0 ? zh : texts;
  // Steady state, for both sides of the ratio: one untimed pass over every text first, so neither the engine's
  // ~130 functions being optimised nor the floor's first NFKC call land inside the timed pass.
  for (const t of measured) {
    audit(t);
    floor(t);
  }
  const perPolicy: number[] = [];
  let engineMs = 0;
  let floorMs = 0;
  let bytes = 0;
  for (const text of measured) {
    const ms = timeIt(() => audit(text), 3);
    perPolicy.push(ms);
    engineMs += ms;
    floorMs += timeIt(() => floor(text), 3);
    bytes += Buffer.byteLength(text, 'utf8');
  }
  const sorted = [...perPolicy].sort((a, b) => a - b);
  const big = measured.join('\n');
  const oneMb = big.repeat(Math.ceil(1_000_000 / Buffer.byteLength(big, 'utf8'))).slice(0, 340_000);
  const small = oneMb.slice(0, 13_600);
  // warmed up first: the first 1 MB runs still pay for JIT tiering (a 1 MB text's long loops are optimised apart
  // from a policy's) and a major GC, which is not scaling; two untimed runs of each size measured 27–31 → 21–24
  for (let i = 0; i < 2; i++) {
    audit(oneMb);
    audit(small);
  }
  const scaling = timeIt(() => audit(oneMb), 7) / timeIt(() => audit(small), 21);
  const adversarial = adversarialText(1_000_000);
  const adversarialMs = timeIt(() => audit(adversarial, { assumePolicy: true }), 3);
  const result = {
    policies: measured.length,
    mb_per_s: round(bytes / 1e6 / (engineMs / 1000), 2),
    median_ms: round(median(perPolicy), 2),
    p95_ms: round(sorted[Math.floor(sorted.length * 0.95)] ?? 0, 2),
    floor_ratio: round(engineMs / floorMs, 2),
    scaling_1mb_over_40kb: round(scaling, 2),
    adversarial_1mb_ms: round(adversarialMs, 1),
    peak_heap_mb: round(process.memoryUsage().heapUsed / 1e6, 1),
  };
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else for (const [k, v] of Object.entries(result)) process.stdout.write(`${k.padEnd(22)} ${v}\n`);
}

main(process.argv.slice(2));
