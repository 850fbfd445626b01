import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { audit, type AuditOptions } from '../src/engine';
import { adversarialText } from '../src/cli/adversarial';

/**
 * `npx tsx scripts/audit-snapshot.ts [corpus-folder]`: one SHA-256 per input of audit()'s JSON report, for
 * optimisations that must not change a single output (issue 14). Covers every policy text of every set (default
 * options, without the second opinion, and with its language given), every polarity sentence as eval reads it,
 * those sentences mixed with awkward units, and the bench's 1 MB and adversarial texts. Prints `<hash>  <input>`
 * lines and a last `TOTAL` line; diff two runs to compare.
 */

const root = process.argv[2] ?? '../shared/corpus';
const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const all = createHash('sha256');
const line = (name: string, text: string, options?: AuditOptions) => {
  const report = audit(text, options);
  const hash = sha(JSON.stringify(report));
  all.update(`${hash} ${name}\n`);
  process.stdout.write(`${hash}  ${name}\n`);
  return report;
};

function walk(dir: string, ext: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, ext, out);
    else if (name.endsWith(ext)) out.push(path);
  }
  return out;
}

const texts = walk(root, '.txt');
for (const path of texts) {
  const text = readFileSync(path, 'utf8');
  const name = relative(root, path);
  const { lang } = line(name, text);
  line(`${name} [no second opinion]`, text, { secondOpinion: false });
  line(`${name} [lang ${lang}]`, text, { lang });
}
const sentences: string[] = [];
for (const path of walk(root, 'polarity.jsonl')) {
  const rows = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const hashes = createHash('sha256');
  for (const row of rows) {
    const { text } = JSON.parse(row) as { text: string };
    sentences.push(text);
    hashes.update(JSON.stringify(audit(text, { assumePolicy: true })));
  }
  const hash = hashes.digest('hex').slice(0, 16);
  all.update(`${hash} ${relative(root, path)}\n`);
  process.stdout.write(`${hash}  ${relative(root, path)} (${rows.length} sentences)\n`);
}
// Texts no corpus holds: its polarity sentences mixed by a seeded generator with the units the engine's tables
// treat specially (case, width, surrogates, numbering, markdown links, white space), read with three option sets.
const SPECIAL = [
  '\n',
  '\n\n',
  '。',
  '，',
  '；',
  '：',
  '、',
  ' ',
  '\u3000',
  '\u00a0',
  '\t',
  'SDK',
  'App',
  'ΣΑΣ',
  'İ',
  'Ａｂｃ',
];
SPECIAL.push(
  '😀',
  '\ud800',
  '[隐私政策](https://example.com/p)',
  '](',
  '1.',
  '（2）',
  '一、',
  'a)',
  '①',
  'Ⅱ.',
  '# ',
  '- ',
  '12345',
);
const pieces = [...sentences, ...SPECIAL, ...SPECIAL];
const mixed = createHash('sha256');
for (let seed = 1, x = 1; seed <= 300; seed++) {
  let text = '';
  for (let i = 0; i < 5 + (seed % 60); i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    text += pieces[x % pieces.length];
  }
  for (const options of [{}, { assumePolicy: true }, { assumePolicy: true, secondOpinion: false }])
    mixed.update(JSON.stringify(audit(text, options)));
}
const mixedHash = mixed.digest('hex').slice(0, 16);
all.update(`${mixedHash} mixed\n`);
process.stdout.write(`${mixedHash}  300 mixed texts × 3 option sets\n`);
// the bench's texts: its Chinese policies joined and cut to 340,000 characters, and the adversarial megabyte
const chinese = texts
  .map((p) => readFileSync(p, 'utf8'))
  .filter((t) => (t.match(/[\u4e00-\u9fff]/g)?.length ?? 0) > t.length / 4);
const big = chinese.join('\n');
line('bench 1 MB', big.repeat(Math.ceil(1_000_000 / Buffer.byteLength(big, 'utf8'))).slice(0, 340_000));
line('bench adversarial', adversarialText(1_000_000), { assumePolicy: true });
process.stdout.write(`${all.digest('hex').slice(0, 16)}  TOTAL\n`);
