import { readFileSync } from 'node:fs';
import { audit } from '../src/engine';
import type { AuditReport } from '../src/engine/types';
import { evalPolicy, readPolicyLabels, RUBRIC_ITEM, type PolicyLabel } from '../src/cli/eval-policy';
import { checkIds } from '../src/cli/split';

/**
 * `tsx scripts/policy-answers-eval.ts`: the verdict (issue 16) on more CAPP-130 policies than the corpus's
 * readers answered. Helper sessions read 29 of zh-capp130-dev's unanswered policies whole against
 * POLICY-RUBRIC.md, never seeing the engine or the corpus's labels, and answered them like the corpus's readers
 * (test/fixtures/policy-answers/zh-capp130-helpers.jsonl: answers only, their quotes stay out of the repository).
 * Each also read one policy the corpus's readers had answered, unseen: "helper vs consensus" on those is how far
 * a helper's reading is from the readers'. Prints, per half of SPLITS.json: the readers' policies, the helpers'
 * policies, and both together; errors are read on the tune half only.
 */
const dir = '../shared/corpus/zh-capp130-dev';
const check = checkIds(dir);
const consensus = readPolicyLabels(dir) ?? [];
const helpers: PolicyLabel[] = readFileSync(
  new URL('../test/fixtures/policy-answers/zh-capp130-helpers.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));
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
for (const half of ['tune', 'check'] as const) {
  const inHalf = (r: PolicyLabel) => check.has(r.policy) === (half === 'check');
  line(`${half} readers`, consensus.filter(inHalf));
  line(`${half} helpers`, extra.filter(inHalf));
  line(`${half} both`, [...consensus, ...extra].filter(inHalf));
}

// how far one helper's reading is from the readers' consensus, on the policies both answered
const keys = [...Object.values(RUBRIC_ITEM), 'phone_out', 'marketing_out', 'sale', 'risk'];
const overlap = helpers.filter((r) => answered.has(r.policy));
const agree = keys.map((k) => overlap.filter((h) => consensus.find((c) => c.policy === h.policy)![k] === h[k]).length);
const gap = overlap.map((h) => Math.abs(h.risk_score - consensus.find((c) => c.policy === h.policy)!.risk_score));
console.log(
  `helper vs consensus (${overlap.length} policies): ` +
    keys.map((k, i) => `${k} ${agree[i]}/${overlap.length}`).join(' ') +
    ` | score gap mean ${(gap.reduce((a, b) => a + b, 0) / Math.max(1, gap.length)).toFixed(1)}`,
);
