import { existsSync, readFileSync } from 'node:fs';
import { audit } from '../src/engine';
import type { AuditReport } from '../src/engine/types';
import { evalPolicy, readPolicyLabels, RUBRIC_ITEM, spearman, type PolicyLabel } from '../src/cli/eval-policy';
import { checkIds, md5Half } from '../src/cli/split';
import { levelOf } from '../src/engine/score';

/**
 * `tsx scripts/policy-answers-eval.ts`: the verdict (issue 16) on more CAPP-130 policies than the corpus's
 * readers answered. Helper sessions read 29 of zh-capp130-dev's unanswered policies whole against
 * POLICY-RUBRIC.md, never seeing the engine or the corpus's labels, and answered them like the corpus's readers
 * (test/fixtures/policy-answers/zh-capp130-helpers.jsonl: answers only, their quotes stay out of the repository).
 * Each also read one policy the corpus's readers had answered, unseen: "helper vs consensus" on those is how far
 * a helper's reading is from the readers'. Prints, per half of SPLITS.json: the readers' policies, the helpers'
 * policies, and both together; errors are read on the tune half only.
 * Other sets' policies were read the same way (zh-wild's, zh-hant's and en-dev's whole policies, not their lists or
 * the 220 KB Microsoft statements: `<set>-helpers.jsonl`), each by two helpers apart, a third deciding the questions
 * they answered differently: a line per set and half, all helpers' policies pooled, and how far the two readers
 * of each policy are from each other. OPP-115's 65 website policies were read so too (English readings of the
 * rubric's items in the helpers' brief; halves by MD5 of the policy id, as its segments are measured).
 */
const dir = '../shared/corpus/zh-capp130-dev';
const check = checkIds(dir);
const consensus = readPolicyLabels(dir) ?? [];
const answersOf = (set: string): PolicyLabel[] => {
  const file = new URL(`../test/fixtures/policy-answers/${set}-helpers.jsonl`, import.meta.url);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
};
const helpers = answersOf('zh-capp130');
const answered = new Set(consensus.map((r) => r.policy));
const extra = helpers.filter((r) => !answered.has(r.policy));

const reports = new Map<string, AuditReport>();
for (const r of [...consensus, ...extra])
  reports.set(r.policy, audit(readFileSync(`${dir}/policies/${r.policy}.txt`, 'utf8')));

const line = (name: string, labels: PolicyLabel[]) => {
  const m = evalPolicy(labels, reports);
  const items = Object.entries(m.checklist)
    .map(([id, c]) => `${id.split('-')[0]} ${c.agree.toFixed(2)}`)
    .join(' ');
  console.log(
    `${name.padEnd(16)} n=${String(m.n).padStart(2)} ρ=${m.spearman.toFixed(2)} MAE=${m.score_mae.toFixed(1)} ` +
      `exact=${m.level_exact.toFixed(2)} ±1=${m.level_within_one.toFixed(2)} phone=${m.phone_out.toFixed(2)} ` +
      `mkt=${m.marketing_out.toFixed(2)} sale=${m.sale.toFixed(2)} | ${items}`,
  );
};
const ANSWER_KEYS = [...Object.values(RUBRIC_ITEM), 'phone_out', 'marketing_out', 'sale'];
/**
 * Two helpers' readings of one policy made one, as the corpus makes its consensus: the answer both gave, or a third
 * reading's (`"reader": "adjudicator"`, only the questions in dispute); the score their mean and the level its band.
 */
// (the fixtures' readers are named, "helper-w3", not numbered as the corpus's are)
const adjudicates = (r: PolicyLabel) => String(r.reader) === 'adjudicator';
function consensusOf(rows: PolicyLabel[]): PolicyLabel {
  const readers = rows.filter((r) => !adjudicates(r));
  const third = rows.find((r) => adjudicates(r));
  const [a, b] = readers;
  if (!b) return a!;
  const out: PolicyLabel = { ...a!, reader: 'consensus' };
  for (const k of ANSWER_KEYS) if (a![k] !== b[k]) out[k] = third?.[k] ?? a![k];
  out.risk_score = (a!.risk_score + b.risk_score) / 2;
  out.risk = levelOf(out.risk_score);
  return out;
}
const byPolicy = (rows: PolicyLabel[]) => {
  const groups = new Map<string, PolicyLabel[]>();
  for (const r of rows) groups.set(r.policy, [...(groups.get(r.policy) ?? []), r]);
  return [...groups.values()];
};

const OTHER_SETS = ['zh-wild', 'zh-hant', 'en-dev', 'en-opp115-dev'];
const others = OTHER_SETS.map((set) => {
  const setDir = `../shared/corpus/${set}`;
  const groups = byPolicy(answersOf(set));
  const labels = groups.map(consensusOf);
  for (const r of labels) reports.set(r.policy, audit(readFileSync(`${setDir}/policies/${r.policy}.txt`, 'utf8')));
  // OPP-115 is not in SPLITS.json: its policies keep the MD5 halves its segments are measured by
  const check =
    set === 'en-opp115-dev'
      ? new Set(labels.map((r) => r.policy).filter((id) => md5Half(id) === 'check'))
      : checkIds(setDir);
  return { set, groups, labels, check };
});
for (const half of ['tune', 'check'] as const) {
  const inHalf = (r: PolicyLabel) => check.has(r.policy) === (half === 'check');
  line(`${half} readers`, consensus.filter(inHalf));
  line(`${half} helpers`, extra.filter(inHalf));
  line(`${half} both`, [...consensus, ...extra].filter(inHalf));
  const pooled = [...extra.filter(inHalf)];
  for (const { set, labels, check: setCheck } of others) {
    const mine = labels.filter((r) => setCheck.has(r.policy) === (half === 'check'));
    if (mine.length === 0) continue;
    line(`${half} ${set}`, mine);
    pooled.push(...mine);
  }
  if (pooled.length > extra.filter(inHalf).length) line(`${half} all helpers`, pooled);
}

// how far one helper's reading is from the readers' consensus, on the policies both answered
const keys = [...ANSWER_KEYS, 'risk'];
const overlap = helpers.filter((r) => answered.has(r.policy));
const agree = keys.map((k) => overlap.filter((h) => consensus.find((c) => c.policy === h.policy)![k] === h[k]).length);
const gap = overlap.map((h) => Math.abs(h.risk_score - consensus.find((c) => c.policy === h.policy)!.risk_score));
console.log(
  `helper vs consensus (${overlap.length} policies): ` +
    keys.map((k, i) => `${k} ${agree[i]}/${overlap.length}`).join(' ') +
    ` | score gap mean ${(gap.reduce((a, b) => a + b, 0) / Math.max(1, gap.length)).toFixed(1)}`,
);

// how far the two helpers who read each of the other sets' policies are from each other: the ceiling there
const pairs = others.flatMap((o) => o.groups.filter((g) => g.filter((r) => !adjudicates(r)).length >= 2));
if (pairs.length > 0) {
  const [first, second] = [0, 1].map((i) => pairs.map((g) => g.filter((r) => !adjudicates(r))[i]!));
  const same = (k: string) => first!.filter((r, i) => r[k] === second![i]![k]).length;
  const gaps = first!.map((r, i) => Math.abs(r.risk_score - second![i]!.risk_score));
  console.log(
    `helper vs helper (${pairs.length} policies of ${OTHER_SETS.join(', ')}): ` +
      keys.map((k) => `${k} ${same(k)}/${pairs.length}`).join(' ') +
      ` | score gap mean ${(gaps.reduce((x, y) => x + y, 0) / gaps.length).toFixed(1)}, ρ ${spearman(
        first!.map((r) => r.risk_score),
        second!.map((r) => r.risk_score),
      ).toFixed(2)}`,
  );
}
