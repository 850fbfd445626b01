import type { DataCategory, Mitigation, Purpose, Recipient } from '../types';

/** Vocabulary for one language. Chinese terms match as substrings of the folded text; English ones as whole words. */
export interface Lexicon {
  recipients: Record<Recipient, readonly string[]>;
  data: Partial<Record<DataCategory, readonly string[]>>;
  purposes: Partial<Record<Purpose, readonly string[]>>;
  mitigations: Partial<Record<Mitigation, readonly string[]>>;
  /**
   * Phrases that hold a term without meaning it, each with a word every match holds: blanked before the terms are
   * read (「推荐给合作机构」 hands a lead on, it recommends nothing to the user).
   */
  masks?: ReadonlyArray<readonly [string, RegExp]>;
}

/** Merges lexicons term by term, so zh-Hant only lists what Taiwan/HK wording adds. */
export function mergeLexicons(a: Lexicon, b: Lexicon): Lexicon {
  const join = <K extends string>(
    x: Partial<Record<K, readonly string[]>>,
    y: Partial<Record<K, readonly string[]>>,
  ) => {
    const out: Partial<Record<K, string[]>> = {};
    for (const key of new Set([...Object.keys(x), ...Object.keys(y)]) as Set<K>) {
      out[key] = [...new Set([...(x[key] ?? []), ...(y[key] ?? [])])];
    }
    return out;
  };
  return {
    recipients: join(a.recipients, b.recipients) as Record<Recipient, string[]>,
    data: join(a.data, b.data),
    purposes: join(a.purposes, b.purposes),
    mitigations: join(a.mitigations, b.mitigations),
    masks: [...(a.masks ?? []), ...(b.masks ?? [])],
  };
}
