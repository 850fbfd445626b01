import { readFileSync } from 'node:fs';
import { audit } from '../src/engine';
import { predictedPolarity } from '../src/cli/metrics';
import { checkIds } from '../src/cli/split';

/**
 * `npx tsx scripts/rewrites.ts [set …] [--show <rewrite>]`: how many tune-half polarity sentences the engine answers
 * differently once they are retyped in a way that changes no meaning — spaces between Chinese words, a line break
 * inside a sentence, two spaces between English words, curly apostrophes. The engine's own answer on the sentence
 * as the corpus has it is the reference, so no label is needed to find a defect; "broke" counts the changed answers
 * that had been right, "fixed" those that had been wrong. Tune half only (SPLITS.json); `--show` lists a rewrite's
 * changed tune sentences. Taiwan's script and words have their own script (scripts/taiwan-twin.ts).
 */
const CORPUS = '../shared/corpus';
const HAN = /([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g;
const REWRITES: Record<string, { zh: boolean; rewrite: (s: string) => string }> = {
  // a space after every Chinese character, and after every seventh
  'zh spaces': { zh: true, rewrite: (s) => s.replace(HAN, '$1 ') },
  'zh a space in seven': {
    zh: true,
    rewrite: (s) => {
      let k = 0;
      return s.replace(HAN, (m) => (++k % 7 === 0 ? `${m} ` : m));
    },
  },
  'zh half-width punctuation': {
    zh: true,
    rewrite: (s) =>
      s.replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';').replace(/（/g, '(').replace(/）/g, ')'),
  },
  'zh 您 as 你': { zh: true, rewrite: (s) => s.replace(/您/g, '你') },
  'zh no final stop': { zh: true, rewrite: (s) => s.replace(/[。；;.]\s*$/, '') },
  'en two spaces': { zh: false, rewrite: (s) => s.replace(/ /g, '  ') },
  'en a line break mid-sentence': {
    zh: false,
    rewrite: (s) => {
      const at = s.indexOf(' ', Math.floor(s.length / 2));
      return at < 0 ? s : `${s.slice(0, at)}\n${s.slice(at + 1)}`;
    },
  },
  'en curly apostrophes': { zh: false, rewrite: (s) => s.replace(/'/g, '\u2019') },
  'en no-break spaces': { zh: false, rewrite: (s) => s.replace(/ /g, '\u00a0') },
};

const args = process.argv.slice(2);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : null;
const sets = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--show');
const polarityOf = (text: string) => predictedPolarity(audit(text, { assumePolicy: true }));

for (const set of sets.length > 0 ? sets : ['zh-capp130-dev', 'zh-wild', 'zh-hant', 'en-dev']) {
  const dir = `${CORPUS}/${set}`;
  const check = checkIds(dir);
  const rows = readFileSync(`${dir}/polarity.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { policy: string; text: string; polarity: string })
    .filter((r) => !check.has(r.policy));
  const base = rows.map((r) => polarityOf(r.text));
  const zh = !set.startsWith('en');
  for (const [name, { zh: forZh, rewrite }] of Object.entries(REWRITES)) {
    if (forZh !== zh) continue;
    let changed = 0;
    let broke = 0;
    let fixed = 0;
    rows.forEach((r, i) => {
      const now = polarityOf(rewrite(r.text));
      if (now === base[i]) return;
      changed++;
      if (base[i] === r.polarity) broke++;
      else if (now === r.polarity) fixed++;
      if (show === name) console.log(`  ${r.polarity}: ${base[i]} → ${now}\t${rewrite(r.text).slice(0, 160)}`);
    });
    console.log(
      `${set.padEnd(15)} ${name.padEnd(30)} ${changed} of ${rows.length} answered differently (broke ${broke}, fixed ${fixed})`,
    );
  }
}
