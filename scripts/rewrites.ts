import { readdirSync, readFileSync } from 'node:fs';
import { audit } from '../src/engine';
import { markerOf } from '../src/engine/segment';
import { predictedPolarity } from '../src/cli/metrics';
import { checkIds } from '../src/cli/split';

/**
 * `npx tsx scripts/rewrites.ts [set …] [--show <rewrite>]`: how many tune-half polarity sentences the engine answers
 * differently once they are retyped in a way that changes no meaning — spaces between Chinese words, a line break
 * inside a sentence, two spaces between English words, curly apostrophes. The engine's own answer on the sentence
 * as the corpus has it is the reference, so no label is needed to find a defect; "broke" counts the changed answers
 * that had been right, "fixed" those that had been wrong. Tune half only (SPLITS.json); `--show` lists a rewrite's
 * changed tune sentences. Taiwan's script and words have their own script (scripts/taiwan-twin.ts).
 * `--policies`: whole tune-half policies with every numbered line's final stop taken off (as web lists are typed):
 * how many sharing findings go and how far scores move.
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
  // the operator naming itself: 「本公司会…」「本平台会…」 for 「我们会…」
  'zh 我们 as 本公司': { zh: true, rewrite: (s) => s.replace(/我们/g, '本公司') },
  'zh 我们 as 本平台': { zh: true, rewrite: (s) => s.replace(/我们/g, '本平台') },
  'zh 同意 as 许可': { zh: true, rewrite: (s) => s.replace(/同意/g, '许可') },
  // the reader in the third person: 「未经用户同意」「用户的手机号码」
  'zh 您 as 用户': { zh: true, rewrite: (s) => s.replace(/您/g, '用户') },
  // a zero-width space between every character (some pages insert them against copying)
  'zh zero-width spaces': { zh: true, rewrite: (s) => s.split('').join('\u200b') },
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
  // hyphenation's soft hyphens inside long words
  'en soft hyphens': { zh: false, rewrite: (s) => s.replace(/\b(\w{4})(\w{3,})/g, '$1\u00ad$2') },
  // the operator named as a defined term: 「The Company may share…」「on the Company's behalf」
  'en "the Company" for "we"': {
    zh: false,
    rewrite: (s) =>
      s
        .replace(/\bWe\b/g, 'The Company')
        .replace(/\bwe\b/g, 'the Company')
        .replace(/\b[Oo]ur\b/g, "the Company's")
        .replace(/\bus\b/g, 'the Company'),
  },
  'en "our company" for "we"': {
    zh: false,
    rewrite: (s) => s.replace(/\bWe\b/g, 'Our company').replace(/\bwe\b/g, 'our company'),
  },
  // a policy written in the third person (its verbs left as they are: the rules read the pronoun, not the agreement)
  'en "the user" for "you"': {
    zh: false,
    rewrite: (s) => s.replace(/\byour\b/g, "the user's").replace(/\byou\b/g, 'the user'),
  },
};

const args = process.argv.slice(2);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : null;
const sets = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--show');
const polarityOf = (text: string) => predictedPolarity(audit(text, { assumePolicy: true }));

// a policy longer than this is one statement repeated over products: it alone would take most of the run
const MAX_POLICY = 120_000;
const withoutStops = (text: string) =>
  text
    .split('\n')
    .map((line) => (line.trim() !== '' && markerOf(line.trim()) !== null ? line.replace(/[。；;]\s*$/, '') : line))
    .join('\n');

if (args.includes('--policies')) {
  for (const set of ['zh-capp130-dev', 'zh-wild']) {
    const dir = `${CORPUS}/${set}`;
    const check = checkIds(dir);
    const moves: number[] = [];
    let before = 0;
    let after = 0;
    for (const name of readdirSync(`${dir}/policies`)) {
      if (check.has(name.replace(/\.txt$/, ''))) continue;
      const text = readFileSync(`${dir}/policies/${name}`, 'utf8');
      if (text.length > MAX_POLICY) continue;
      const [a, b] = [audit(text), audit(withoutStops(text))];
      const shares = (r: typeof a) => r.findings.filter((f) => f.polarity === 'shares').length;
      before += shares(a);
      after += shares(b);
      moves.push(Math.abs((a.score ?? 0) - (b.score ?? 0)));
    }
    const mean = moves.reduce((x, y) => x + y, 0) / moves.length;
    console.log(
      `${set.padEnd(15)} numbered lines without their stops: sharing findings ${before} → ${after}; ` +
        `scores moved ${mean.toFixed(2)} on average (${moves.filter((m) => m > 0).length} of ${moves.length})`,
    );
  }
  process.exit(0);
}

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
