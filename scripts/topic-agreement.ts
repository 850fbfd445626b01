// How far can an engine that reads sections get on the CAPP-130 topic labels? topic-ceiling.mjs groups sentences
// that recur word for word across policies with their neighbours; this groups them with the kind of section they
// stand in (sharing / something else / no heading yet, as the engine's outline reads it), which is what the
// engine itself looks at. Within a group every reader must answer alike, so the best F1 on the group's rows is
// the majority label's. It prints that ceiling, the engine's F1 on the same rows and on the rest, and the overall
// F1 the engine would reach if it matched every group's majority while nothing else changed.
// Usage: npx tsx scripts/topic-agreement.ts [../shared/corpus/zh-capp130-dev]
import { audit } from '../src/engine';
import { fold } from '../src/engine/normalize';
import { segment } from '../src/engine/segment';
import { outline } from '../src/engine/sections';
import { readSet } from '../src/cli/corpus';
import { lineOverlaps } from '../src/cli/metrics';

const set = readSet(process.argv[2] ?? '../shared/corpus/zh-capp130-dev');
if (!set.labels || !set.policies) throw new Error('the set needs labels.jsonl and policies/');

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
const han = (text: string) => text.replace(/\P{Script=Han}/gu, '');
const groups = new Map<string, typeof set.labels>();
for (const row of set.labels) {
  if (han(row.text).length <= 15) continue; // short lines (「1、共享」) depend on more than their section
  const key = `${han(row.text)}\u0000${String(sectionOf.get(`${row.policy}:${row.line}`))}`;
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key)!.push(row);
}

const f1 = (c: { tp: number; fp: number; fn: number }) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
const ceiling = { tp: 0, fp: 0, fn: 0 };
const engine = { tp: 0, fp: 0, fn: 0 };
const rest = { tp: 0, fp: 0, fn: 0 };
const projected = { tp: 0, fp: 0, fn: 0 };
const count = (c: typeof engine, gold: boolean, yes: boolean) => {
  if (yes && gold) c.tp++;
  else if (yes) c.fp++;
  else if (gold) c.fn++;
};
const grouped = new Set<string>();
let split = 0;
for (const rows of groups.values()) {
  if (new Set(rows.map((r) => r.policy)).size < 2) continue;
  const yes = rows.filter((r) => r.sharing).length;
  const majority = yes > 0 && yes >= rows.length - yes;
  if (yes > 0 && yes < rows.length) split++;
  for (const r of rows) {
    grouped.add(`${r.policy}:${r.line}`);
    count(ceiling, r.sharing, majority);
    count(engine, r.sharing, predicted.has(`${r.policy}:${r.line}`));
    count(projected, r.sharing, majority);
  }
}
for (const r of set.labels) {
  const key = `${r.policy}:${r.line}`;
  if (grouped.has(key)) continue;
  count(rest, r.sharing, predicted.has(key));
  count(projected, r.sharing, predicted.has(key));
}
const n = grouped.size;
console.log(
  `${n} labelled lines recur in ≥2 policies within the same kind of section (${split} groups labelled both ways)`,
);
console.log(`  best F1 any reader of sentence + section could reach on them: ${f1(ceiling).toFixed(3)}`);
console.log(
  `  the engine on them: ${f1(engine).toFixed(3)}; on the other ${set.labels.length - n} lines: ${f1(rest).toFixed(3)}`,
);
console.log(`  overall F1 if the engine matched every group's majority: ${f1(projected).toFixed(3)}`);
