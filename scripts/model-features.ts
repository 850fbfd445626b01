import { readFileSync } from 'node:fs';
import { audit } from '../src/engine';
import { detectAndFold } from '../src/engine/normalize';
import { sentenceFeatures } from '../src/engine/model/features';
import { predictedPolarity } from '../src/cli/metrics';
import { readSet } from '../src/cli/corpus';
import { checkIds, md5Half } from '../src/cli/split';
import { sentenceOf } from './pieces';
import { MEASURED_ONLY, WRITTEN_SETS } from './written-sets';

/**
 * `npx tsx scripts/model-features.ts > rows.jsonl`: one row a labelled Chinese polarity sentence with its half,
 * gold label and the second opinion's features, for scripts/train-model.py. The sentences: the corpus's polarity
 * rows (zh-capp130-dev, zh-wild, zh-hant), the helpers' labels of real sentences the corpus left unlabelled
 * (test/fixtures/sentence-answers), and the written sets (test/fixtures/written). Halves as everywhere: SPLITS.json
 * for real policies, the MD5 of the text for written sentences; the sealed sets (scripts/written-sets.ts) are all check.
 */
const CORPUS = '../shared/corpus';
const emit = (set: string, policy: string, text: string, half: 'tune' | 'check', gold: string) => {
  const report = audit(text, { assumePolicy: true, secondOpinion: false });
  if (report.lang === 'en') return;
  const { folded } = detectAndFold(text);
  const rules = [...new Set(report.findings.map((f) => `${f.rule}/${f.polarity}`))];
  const feats = sentenceFeatures(folded, false, predictedPolarity(report), rules);
  const rule = predictedPolarity(report);
  process.stdout.write(`${JSON.stringify({ set, policy, text, half, lang: report.lang, gold, rule, feats })}\n`);
};
const jsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

for (const name of ['zh-capp130-dev', 'zh-wild', 'zh-hant']) {
  const dir = `${CORPUS}/${name}`;
  const set = readSet(dir);
  const check = checkIds(dir);
  const half = (policy: string) => (check.has(policy) ? 'check' : 'tune');
  const known = new Set<string>();
  for (const row of set.polarity ?? []) {
    known.add(name === 'zh-capp130-dev' ? `${row.policy}:${(row as { line?: number }).line}` : row.text.trim());
    emit(name, row.policy, row.text, half(row.policy), row.polarity);
  }
  for (const row of jsonl(`test/fixtures/sentence-answers/${name}-helpers.jsonl`)) {
    const capp = name === 'zh-capp130-dev';
    const [policy, text] = sentenceOf(CORPUS, name, row.id);
    if (!known.has(capp ? row.id : text)) emit(`helpers/${name}`, policy, text, half(policy), row.polarity);
  }
}

for (const name of WRITTEN_SETS.filter((name) => name.startsWith('zh'))) {
  jsonl(`test/fixtures/written/${name}.jsonl`).forEach((row, i) =>
    // (eight sentences a group: written sets have no policies to keep apart in the folds)
    emit(
      `written/${name}`,
      `${name}#${Math.floor(i / 8)}`,
      row.text,
      MEASURED_ONLY.has(name) ? 'check' : md5Half(row.text),
      row.polarity,
    ),
  );
}
