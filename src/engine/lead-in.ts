import type { Finding } from './types';
import type { Sentence } from './segment';
import { sentenceAt } from './locate';

/**
 * A lead-in that gates the list after it on the user's consent (「基于以下情形，我们会征求您对共享个人信息的授权同意：」)
 * makes each hand-over listed under it consent-gated too: read alone an item says 「向物流服务商提供对应的订单信息」,
 * read with its lead-in it happens only once the user agrees (POLICY-RUBRIC.md: phone_out / marketing_out
 * `consent`). The list ends at the next heading, the next lead-in, or after MAX_ITEMS sentences.
 */

const MAX_ITEMS = 12;

/** The sentences (by index) that are lead-ins whose every finding is consent-gated. */
function consentLeads(findings: readonly Finding[], sentences: readonly Sentence[]): number[] {
  const polarities = new Map<number, Set<Finding['polarity']>>();
  for (const f of findings) {
    const i = sentenceAt(sentences, f.span.start);
    if (!sentences[i]?.lead) continue;
    let set = polarities.get(i);
    if (!set) polarities.set(i, (set = new Set()));
    set.add(f.polarity);
  }
  const leads: number[] = [];
  for (const [i, set] of polarities) if (set.size === 1 && set.has('consent')) leads.push(i);
  return leads.sort((a, b) => a - b);
}

/** The character ranges whose `shares` a consent-gated lead-in before them makes consent-gated. */
export function consentRanges(findings: readonly Finding[], sentences: readonly Sentence[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const i of consentLeads(findings, sentences)) {
    let last = i;
    for (let j = i + 1; j < sentences.length && j <= i + MAX_ITEMS; j++) {
      if (sentences[j]!.heading || sentences[j]!.lead) break;
      last = j;
    }
    if (last > i) ranges.push([sentences[i + 1]!.start, sentences[last]!.end]);
  }
  return ranges;
}

/** Whether the finding lies inside one of the ranges. */
export const inRanges = (f: Finding, ranges: ReadonlyArray<[number, number]>) =>
  ranges.some(([a, b]) => f.span.start >= a && f.span.end <= b);
