// How far do the CAPP-130 topic labels agree with themselves? Sentences that recur word for word across policies
// are grouped with what a reader sees around them — the one or two sentences before, or the kind of section they
// stand in (sharing / something else / no heading yet, as the engine's outline reads it), which is what the
// engine itself looks at. Within a group every reader must answer alike, so the best F1 on the group's rows is
// the majority label's. For the section grouping it also prints the engine's F1 on the same rows and on the rest,
// and the overall F1 the engine would reach if it matched every group's majority while nothing else changed.
// Usage: npx tsx scripts/topic-agreement.ts [../shared/corpus/zh-capp130-dev]
import { audit } from '../src/engine';
import { fold } from '../src/engine/normalize';
import { segment } from '../src/engine/segment';
import { outline } from '../src/engine/sections';
import { readSet, type LabelRow } from '../src/cli/corpus';
import { lineOverlaps } from '../src/cli/metrics';

const set = readSet(process.argv[2] ?? '../shared/corpus/zh-capp130-dev');
if (!set.labels || !set.policies) throw new Error('the set needs labels.jsonl and policies/');
const labels = set.labels;

const sectionOf = new Map<string, boolean | null>(); // policy:line → verdict of the line's first sentence
const predicted = new Set<string>(); // policy:line with a finding
for (const [id, text] of set.policies) {
  const folded = fold(text, 'zh-Hans');
  const sentences = segment(folded, false, text);
  const verdicts = outline(sentences, folded);
  sentences.forEach((s, i) => {
    const key = `${id}:${s.line + 1}`;
    if (!sectionOf.has(key)) sectionOf.set(key, verdicts[i]!);
  });
  for (const line of lineOverlaps(text, audit(text))) predicted.add(`${id}:${line}`);
}

// product names, numbering and punctuation differ between templates; the Chinese wording is what repeats
const han = (text: string | undefined) => (text ?? '').replace(/\P{Script=Han}/gu, '');
const textAt = new Map(labels.map((r) => [`${r.policy}:${r.line}`, r.text]));
const before = (r: LabelRow, n: number) => han(textAt.get(`${r.policy}:${r.line - n}`));

/** The rows that recur in ≥2 policies with the same key, grouped by it. */
function recurring(keyOf: (r: LabelRow) => string): LabelRow[][] {
  const groups = new Map<string, LabelRow[]>();
  for (const row of labels) {
    if (han(row.text).length <= 15) continue; // short lines (「1、共享」) depend on more than this
    const key = `${han(row.text)}\u0000${keyOf(row)}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(row);
  }
  return [...groups.values()].filter((rows) => new Set(rows.map((r) => r.policy)).size >= 2);
}

type Counts = { tp: number; fp: number; fn: number };
const f1 = (c: Counts) => ((2 * c.tp) / (2 * c.tp + c.fp + c.fn)).toFixed(3);
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const count = (c: Counts, gold: boolean, yes: boolean) => {
  if (yes && gold) c.tp++;
  else if (yes) c.fp++;
  else if (gold) c.fn++;
};
const majorityOf = (rows: LabelRow[]) => {
  const yes = rows.filter((r) => r.sharing).length;
  return yes > 0 && yes >= rows.length - yes;
};
const ceilingOf = (groups: LabelRow[][]) => {
  const c = zero();
  for (const rows of groups) for (const r of rows) count(c, r.sharing, majorityOf(rows));
  return c;
};

for (const context of [0, 1, 2]) {
  const groups = recurring((r) => Array.from({ length: context }, (_, i) => before(r, i + 1)).join('\u0000'));
  const n = groups.reduce((sum, rows) => sum + rows.length, 0);
  console.log(
    `same sentence + ${context} preceding: ${n} rows in repeated passages, best possible topic F1 ${f1(ceilingOf(groups))}`,
  );
}

const groups = recurring((r) => String(sectionOf.get(`${r.policy}:${r.line}`)));
const engine = zero();
const rest = zero();
const projected = zero();
const grouped = new Set<string>();
for (const rows of groups) {
  for (const r of rows) {
    grouped.add(`${r.policy}:${r.line}`);
    count(engine, r.sharing, predicted.has(`${r.policy}:${r.line}`));
    count(projected, r.sharing, majorityOf(rows));
  }
}
for (const r of labels) {
  const key = `${r.policy}:${r.line}`;
  if (grouped.has(key)) continue;
  count(rest, r.sharing, predicted.has(key));
  count(projected, r.sharing, predicted.has(key));
}
const split = groups.filter((rows) => rows.some((r) => r.sharing) && rows.some((r) => !r.sharing)).length;
console.log(
  `same sentence in the same kind of section: ${grouped.size} rows (${split} groups labelled both ways), best possible topic F1 ${f1(ceilingOf(groups))}`,
);
console.log(`  the engine on them: ${f1(engine)}; on the other ${labels.length - grouped.size} lines: ${f1(rest)}`);
console.log(`  overall F1 if the engine matched every group's majority: ${f1(projected)}`);
