import { audit } from '../src/engine';
import { detectAndFold } from '../src/engine/normalize';
import { sentenceFeatures } from '../src/engine/model/features';
import { predictedPolarity } from '../src/cli/metrics';
import { readSet } from '../src/cli/corpus';
import { checkIds } from '../src/cli/split';

/**
 * `npx tsx scripts/model-features.ts ../shared/corpus/zh-capp130-dev … > rows.jsonl`: one row a labelled
 * polarity sentence with its half, gold label and the second opinion's features, for scripts/train-model.py.
 */
for (const dir of process.argv.slice(2)) {
  const set = readSet(dir);
  const check = checkIds(dir);
  for (const row of set.polarity ?? []) {
    const report = audit(row.text, { assumePolicy: true, secondOpinion: false });
    const { folded } = detectAndFold(row.text);
    const rules = [...new Set(report.findings.map((f) => `${f.rule}/${f.polarity}`))];
    const feats = sentenceFeatures(folded, report.lang === 'en', predictedPolarity(report), rules);
    const out = {
      set: set.name,
      policy: row.policy,
      text: row.text,
      half: check.has(row.policy) ? 'check' : 'tune',
      lang: report.lang,
      gold: row.polarity,
      rule: predictedPolarity(report),
      feats,
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}
