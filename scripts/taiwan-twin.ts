import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js/cn2t';
import { audit } from '../src/engine';
import { predictedPolarity } from '../src/cli/metrics';
import { checkIds } from '../src/cli/split';
import { sentenceOf } from './pieces';

/**
 * `tsx scripts/taiwan-twin.ts`: the engine should read a policy written in Taiwan's script and words as it reads
 * the same policy in Simplified. Each tune-half policy of the Simplified sets, and each helper-labelled tune-half
 * sentence, is rewritten by OpenCC (cn → twp: 信息 → 資訊, 设备 → 裝置, 用户 → 使用者 …) and audited again; prints how
 * many sentences change answer and how far whole-policy scores move. Needs no labels beyond the halves: the
 * Simplified answer is the reference, so a difference is a word the Traditional reading misses.
 */
const CORPUS = '../shared/corpus';
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });
// a policy longer than this is one statement repeated over products: it alone would take most of the run
const MAX_POLICY = 120_000;

for (const set of ['zh-capp130-dev', 'zh-wild']) {
  const check = checkIds(`${CORPUS}/${set}`);
  const rows = readFileSync(new URL(`../test/fixtures/sentence-answers/${set}-helpers.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => sentenceOf(CORPUS, set, (JSON.parse(line) as { id: string }).id))
    .filter(([policy]) => !check.has(policy));
  const polarity = (text: string) => predictedPolarity(audit(text, { assumePolicy: true }));
  const changed = rows.filter(([, text]) => polarity(text) !== polarity(toTaiwan(text))).length;

  const policies = readdirSync(`${CORPUS}/${set}/policies`)
    .map((name) => name.replace(/\.txt$/, ''))
    .filter((policy) => !check.has(policy));
  const moves: number[] = [];
  for (const policy of policies) {
    const text = readFileSync(`${CORPUS}/${set}/policies/${policy}.txt`, 'utf8');
    if (text.length > MAX_POLICY) continue;
    const [simplified, taiwan] = [audit(text).score, audit(toTaiwan(text)).score];
    if (simplified !== null && taiwan !== null) moves.push(Math.abs(simplified - taiwan));
  }
  const mean = moves.reduce((a, b) => a + b, 0) / moves.length;
  console.log(
    `${set.padEnd(15)} tune: sentences answered differently ${changed} of ${rows.length}; ` +
      `policy score moved ${mean.toFixed(1)} on average (${moves.filter((m) => m > 0).length} of ${moves.length} moved, ` +
      `most ${Math.max(...moves)})`,
  );
}
