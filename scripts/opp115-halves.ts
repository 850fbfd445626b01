import { readFileSync } from 'node:fs';
import { audit } from '../src/engine';
import { readSet } from '../src/cli/corpus';
import { md5Half } from '../src/cli/split';
import { lineOverlaps, prf, spanLines, type Counts } from '../src/cli/metrics';

/**
 * `npx tsx scripts/opp115-halves.ts [set] [--errors tune]`: OPP-115's sharing F1 on each MD5 half of the policies
 * (the halves of scripts/model-features-en.ts) and how many refusals (`does_not` segments) carry a `shares` finding.
 * With --errors, the segments the engine gets wrong in that half (read errors on the tune half only).
 */
const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--errors') ?? '../shared/corpus/en-opp115-dev';
const errorsOf = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : null;
const rulesOnly = !!process.env.RULES_ONLY;
const set = readSet(dir);
const rows = readFileSync(`${dir}/labels.jsonl`, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { policy: string; line: number; text: string; sharing: boolean; does_not: boolean });
const stats = {
  tune: { tp: 0, fp: 0, fn: 0, ref: 0, refShares: 0 },
  check: { tp: 0, fp: 0, fn: 0, ref: 0, refShares: 0 },
};
for (const [id, text] of set.policies!) {
  const half = md5Half(id);
  const report = audit(text, rulesOnly ? { secondOpinion: false } : {});
  const any = lineOverlaps(text, report);
  const linesOf = spanLines(text);
  const sharesOn = new Set<number>();
  for (const f of report.findings)
    if (f.polarity === 'shares')
      for (const span of [f.span, ...(f.repeats ?? [])]) for (const l of linesOf(span)) sharesOn.add(l);
  const s = stats[half];
  for (const row of rows.filter((r) => r.policy === id)) {
    const pred = any.has(row.line);
    if (pred && row.sharing) s.tp++;
    else if (pred) s.fp++;
    else if (row.sharing) s.fn++;
    if (row.does_not) {
      s.ref++;
      if (sharesOn.has(row.line)) s.refShares++;
    }
    if (errorsOf === half) {
      const tag =
        row.does_not && sharesOn.has(row.line) ? 'REF→shares' : pred === row.sharing ? null : pred ? 'FP' : 'FN';
      if (tag) {
        const on = report.findings
          .filter((f) => linesOf(f.span).includes(row.line))
          .map((f) => `${f.rule}/${f.polarity}:${f.triggers.join('|')}`);
        process.stdout.write(`${tag}\t${id}\t${[...new Set(on)].join(' ')}\t${row.text.slice(0, 300)}\n`);
      }
    }
  }
}
for (const half of ['tune', 'check'] as const) {
  const s = stats[half];
  const m = prf(s as Counts);
  process.stderr.write(
    `${half}: F1 ${m.f1.toFixed(3)} P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} (tp ${s.tp} fp ${s.fp} fn ${s.fn}); refusals as shares ${s.refShares} of ${s.ref}\n`,
  );
}
