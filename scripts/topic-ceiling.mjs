// How consistent are the CAPP-130 topic labels with themselves? Sentences that appear in several policies, with the
// same neighbours, should get the same label; where they do not, no reader of the text can match all of them. This
// prints the best F1 any function of (sentence, preceding sentences) could reach on those repeated passages.
// Usage: node scripts/topic-ceiling.mjs [../shared/corpus/zh-capp130-dev]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '../shared/corpus/zh-capp130-dev';
const rows = readFileSync(join(dir, 'labels.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const byPolicy = new Map();
for (const r of rows) {
  if (!byPolicy.has(r.policy)) byPolicy.set(r.policy, new Map());
  byPolicy.get(r.policy).set(r.line, r);
}
// product names, numbering and punctuation differ between templates; the Chinese wording is what repeats
const norm = (text) => (text ?? '').replace(/\P{Script=Han}/gu, '');
const textAt = (r, offset) => norm(byPolicy.get(r.policy).get(r.line + offset)?.text);

function ceiling(context) {
  const groups = new Map();
  for (const r of rows) {
    if (norm(r.text).length <= 15) continue; // short lines ("1、共享") depend on more context than this
    const key = [norm(r.text), ...Array.from({ length: context }, (_, i) => textAt(r, -1 - i))].join('\u0000');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(r);
  }
  let n = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const group of groups.values()) {
    if (new Set(group.map((r) => r.policy)).size < 2) continue;
    const yes = group.filter((r) => r.sharing).length;
    const no = group.length - yes;
    n += group.length;
    if (yes === 0) continue;
    if (yes >= no) {
      tp += yes;
      fp += no;
    } else fn += yes;
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return { rows: n, f1: Number(((2 * precision * recall) / (precision + recall)).toFixed(3)) };
}

for (const context of [0, 1, 2]) {
  const { rows: n, f1 } = ceiling(context);
  console.log(`same sentence + ${context} preceding: ${n} rows in repeated passages, best possible topic F1 ${f1}`);
}
