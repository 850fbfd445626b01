import { readFileSync } from 'node:fs';
import { audit } from '../src/engine';
import { fold } from '../src/engine/normalize';
import { sentenceFeatures, type RuleVerdict } from '../src/engine/model/features';
import { readSet } from '../src/cli/corpus';
import { spanLines } from '../src/cli/metrics';
import { md5Half } from '../src/cli/split';

/**
 * `npx tsx scripts/model-features-en.ts ../shared/corpus/en-opp115-dev > rows.jsonl`: one row a labelled OPP-115
 * segment (a line of its policy) with the rules' findings on it in context, for scripts/train-model.py --binary.
 * OPP-115 has no check half in SPLITS.json: the halves here are fixed by an MD5 of the policy id.
 */
const dir = process.argv[2] ?? '../shared/corpus/en-opp115-dev';
const set = readSet(dir);
const rows = readFileSync(`${dir}/labels.jsonl`, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { policy: string; line: number; text: string; sharing: boolean; does_not: boolean });
const ORDER: RuleVerdict[] = ['shares', 'consent', 'denies'];
for (const [id, text] of set.policies!) {
  const report = audit(text, { secondOpinion: false });
  const lines = spanLines(text);
  const onLine = new Map<number, string[]>();
  for (const f of report.findings)
    for (const l of lines(f.span)) onLine.set(l, [...(onLine.get(l) ?? []), `${f.rule}/${f.polarity}`]);
  const half = md5Half(id);
  const textLines = text.split('\n');
  for (const row of rows.filter((r) => r.policy === id)) {
    const rules = [...new Set(onLine.get(row.line) ?? [])];
    const verdict = ORDER.find((p) => rules.some((r) => r.endsWith(`/${p}`))) ?? 'none';
    const line = fold(textLines[row.line - 1] ?? '', 'en');
    const out = {
      set: set.name,
      policy: id,
      half,
      gold: row.sharing ? 'sharing' : 'none',
      rule: rules.length ? 'sharing' : 'none',
      feats: sentenceFeatures(line, true, verdict, rules),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}
