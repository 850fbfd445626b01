/** The readable form of an eval result: one block a section, numbers aligned. */

type Result = Record<string, unknown>;

const pct = (x: unknown) => (typeof x === 'number' ? x.toFixed(3) : String(x));

export function printEval(
  result: {
    set: string;
    topic: Result | null;
    polarity: Result | null;
    policies: Result | null;
    policy: Result | null;
  },
  split: string,
): void {
  const out: string[] = [`set ${result.set}  split ${split}`];
  const t = result.topic;
  if (t)
    out.push(
      `topic     n=${t.n}  tp=${t.tp} fp=${t.fp} fn=${t.fn}  P=${pct(t.precision)} R=${pct(t.recall)} F1=${pct(t.f1)}`,
    );
  const p = result.polarity;
  if (p) {
    out.push(
      `polarity  n=${p.n}  accuracy=${pct(p.accuracy)}  macro-F1=${pct(p.macro_f1)}  denies→shares=${p.denies_as_shares}/${p.denies_n}`,
    );
    for (const [k, v] of Object.entries(p.per_class as Record<string, Result>)) {
      out.push(`  ${k.padEnd(8)} P=${pct(v.precision)} R=${pct(v.recall)} F1=${pct(v.f1)} support=${v.support}`);
    }
    out.push(
      `  attributes  phone F1=${pct(p.phone_f1)}  marketing F1=${pct(p.marketing_f1)}  recipients F1=${pct(p.recipients_f1)}`,
    );
  }
  const s = result.policies;
  if (s) {
    const levels = s.levels as Record<string, number>;
    out.push(
      `policies  n=${s.n}  chars=${s.chars}  total=${s.ms_total} ms  median=${s.ms_median} ms  ${s.mb_per_s} MB/s`,
    );
    out.push(
      `  levels  low=${levels.low} medium=${levels.medium} high=${levels.high} severe=${levels.severe} not-analysed=${levels.not_analysed}`,
    );
  }
  const w = result.policy;
  if (w) {
    out.push(
      `policy    n=${w.n}  phone_out=${pct(w.phone_out)} marketing_out=${pct(w.marketing_out)} sale=${pct(w.sale)}`,
      `  score   spearman=${pct(w.spearman)}  MAE=${w.score_mae}  level exact=${pct(w.level_exact)} within-one=${pct(w.level_within_one)}`,
    );
    for (const [k, v] of Object.entries(w.checklist as Record<string, Result>))
      out.push(`  ${k.padEnd(24)} agree=${pct(v.agree)} unclear=${v.unclear}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
