// One JSON line per labelled CAPP-130 row with what a learner could use to predict its topic label: the line's
// text, the kind of section the engine's outline puts it in, the nearest heading above it, and the engine's own
// findings on it (rule:polarity). Read by scripts/topic-learnability.py; prints to stdout, writes nothing.
// Usage: npx tsx scripts/topic-features.ts [../shared/corpus/zh-capp130-dev]
import { audit } from '../src/engine';
import { fold } from '../src/engine/normalize';
import { segment } from '../src/engine/segment';
import { outline } from '../src/engine/sections';
import { readSet } from '../src/cli/corpus';
import { spanLines } from '../src/cli/metrics';

const set = readSet(process.argv[2] ?? '../shared/corpus/zh-capp130-dev');
if (!set.labels || !set.policies) throw new Error('the set needs labels.jsonl and policies/');

const rowsOf = new Map<string, typeof set.labels>();
for (const row of set.labels) {
  if (!rowsOf.has(row.policy)) rowsOf.set(row.policy, []);
  rowsOf.get(row.policy)!.push(row);
}
const out: string[] = [];
for (const [id, text] of set.policies) {
  const folded = fold(text, 'zh-Hans');
  const sentences = segment(folded, false, text);
  const verdicts = outline(sentences, folded);
  const byLine = new Map<number, { section: string; heading: string; isHeading: boolean; rules: Set<string> }>();
  let heading = '';
  sentences.forEach((s, i) => {
    if (s.heading) heading = folded.slice(s.start, s.end).slice(0, 30);
    const line = s.line + 1;
    if (!byLine.has(line))
      byLine.set(line, { section: String(verdicts[i]), heading, isHeading: s.heading, rules: new Set() });
  });
  const linesOf = spanLines(text);
  for (const f of audit(text).findings)
    for (const line of linesOf(f.span)) byLine.get(line)?.rules.add(`${f.rule}:${f.polarity}`);
  const lines = text.split('\n');
  for (const row of rowsOf.get(id) ?? []) {
    const at = byLine.get(row.line);
    out.push(
      JSON.stringify({
        policy: id,
        line: row.line,
        sharing: row.sharing,
        text: lines[row.line - 1] ?? '',
        section: at?.section ?? 'none',
        heading: at?.heading ?? '',
        isHeading: at?.isHeading ?? false,
        rules: at ? [...at.rules] : [],
      }),
    );
  }
}
process.stdout.write(out.join('\n') + '\n');
