import { existsSync, readFileSync } from 'node:fs';
import { audit } from '../src/engine';
import type { AuditReport } from '../src/engine/types';
import { prf } from '../src/cli/metrics';
import { checkIds } from '../src/cli/split';
import { piecesOf } from './pieces';

/**
 * `tsx scripts/topic-answers-eval.ts [--errors]`: the sharing topic in context (issue 14's "another team's corpus"
 * bar: precision ≥ 0.70 at recall ≥ 0.90) on policies the corpus has no topic labels for. Helper sessions read
 * thirteen zh-wild policies whole and marked every sentence that is about disclosure to others (CAPP-130's topic
 * 「共享、委托、转让、公开（披露）」, refusals included), never seeing the engine; one also read CAPP-130's capp101,
 * whose expert labels tell how close a helper reads to CAPP-130's annotators. A sentence is predicted `sharing`
 * when any finding of the whole-policy audit overlaps it, as `npm run eval`'s topic reads lines. Ids and answers
 * only in the fixture (`zh-wild/policy#n` over scripts/pieces.ts); `--errors` lists tune-half errors only.
 * The helpers read the topic about twice as broadly as CAPP-130's experts (on capp101 they mark 30 lines where the
 * experts mark 15; as a predictor of the experts P 0.47, R 0.93), so this set says little about the precision bar:
 * it was measured, not tuned on.
 */
const CORPUS = '../shared/corpus';
const fixture = new URL('../test/fixtures/topic-answers/zh-wild-helpers.jsonl', import.meta.url);
const rows: { id: string; sharing: boolean }[] = existsSync(fixture)
  ? readFileSync(fixture, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
const showErrors = process.argv.includes('--errors');

/** Each piece's [start, end) in the text, found in order. */
function spansOf(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let cursor = 0;
  for (const piece of piecesOf(text)) {
    const at = piece.length > 0 ? text.indexOf(piece, cursor) : cursor;
    spans.push([at, at + piece.length]);
    if (piece.length > 0) cursor = at + piece.length;
  }
  return spans;
}
const overlapping = (report: AuditReport, [start, end]: [number, number]) =>
  report.findings.some((f) => [f.span, ...(f.repeats ?? [])].some((s) => s.start < end && s.end > start));

const check = checkIds(`${CORPUS}/zh-wild`);
const byPolicy = new Map<string, { id: string; sharing: boolean; n: number }[]>();
for (const row of rows.filter((r) => r.id.startsWith('zh-wild/'))) {
  const [policy, n] = row.id.slice('zh-wild/'.length).split('#') as [string, string];
  if (!byPolicy.has(policy)) byPolicy.set(policy, []);
  byPolicy.get(policy)!.push({ ...row, n: Number(n) });
}
for (const half of ['tune', 'check'] as const) {
  const c = { tp: 0, fp: 0, fn: 0 };
  let n = 0;
  for (const [policy, labelled] of byPolicy) {
    if (check.has(policy) !== (half === 'check')) continue;
    const text = readFileSync(`${CORPUS}/zh-wild/policies/${policy}.txt`, 'utf8');
    const report = audit(text);
    const spans = spansOf(text);
    for (const row of labelled) {
      n++;
      const predicted = overlapping(report, spans[row.n]!);
      if (predicted && row.sharing) c.tp++;
      else if (predicted) c.fp++;
      else if (row.sharing) c.fn++;
      if (showErrors && half === 'tune' && predicted !== row.sharing)
        console.log(`${row.sharing ? 'missed' : 'extra'}\t${row.id}\t${text.slice(...spans[row.n]!)}`);
    }
  }
  const m = prf(c);
  if (!showErrors)
    console.log(
      `zh-wild topic ${half.padEnd(5)} n=${n} tp=${c.tp} fp=${c.fp} fn=${c.fn} ` +
        `P=${m.precision.toFixed(3)} R=${m.recall.toFixed(3)} F1=${m.f1.toFixed(3)}`,
    );
}

// how a helper reads against CAPP-130's experts, on a tune-half policy both labelled
const experts = new Map<string, boolean>();
for (const line of readFileSync(`${CORPUS}/zh-capp130-dev/labels.jsonl`, 'utf8').split('\n').filter(Boolean)) {
  const r = JSON.parse(line) as { policy: string; line: number; sharing: boolean };
  experts.set(`${r.policy}:${r.line}`, r.sharing);
}
const calibration = rows.filter((r) => experts.has(r.id));
if (calibration.length > 0 && !showErrors) {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const r of calibration) {
    const gold = experts.get(r.id)!;
    if (r.sharing && gold) c.tp++;
    else if (r.sharing) c.fp++;
    else if (gold) c.fn++;
  }
  const agree = calibration.filter((r) => experts.get(r.id) === r.sharing).length;
  const m = prf(c);
  console.log(
    `helper vs CAPP-130 experts (${calibration.length} sentences): agree ${agree}, ` +
      `helper as a predictor of the experts P=${m.precision.toFixed(3)} R=${m.recall.toFixed(3)} F1=${m.f1.toFixed(3)}`,
  );
}
