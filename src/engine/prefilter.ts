/**
 * Words a pattern needs, looked up in the sentence scan (scan.ts) instead of tested on the text: a regex run for
 * every candidate sentence or every hit is asked only where the scan saw one of its words. Each prefilter takes
 * a bit of the scan's second word. A text analysed without a scan (English, a test calling a rule directly) is
 * tested for the words themselves, which for a pattern that is nothing but the words gives the same answer.
 */

const registered: Prefilter[] = [];
let sealed = false;

export class Prefilter {
  readonly bit: number;

  constructor(readonly words: readonly string[]) {
    if (sealed) throw new Error('Prefilter: the sentence scan is built already; make prefilters as modules load');
    if (registered.length === 32) throw new Error('Prefilter: the scan has 32 bits for prefilters');
    this.bit = 1 << registered.length;
    registered.push(this);
  }

  /**
   * Whether `text` may hold one of the words: `found` is the prefilter bits of the scan of a text holding `text`
   * (the sentence, for a piece of it); without it, `text` is searched for them.
   */
  mayHold(text: string, found?: number): boolean {
    if (found !== undefined) return (found & this.bit) !== 0;
    for (const word of this.words) if (text.includes(word)) return true;
    return false;
  }
}

/** Every prefilter's bit and words, for the scan: none can be made after. */
export function sealPrefilters(): Array<readonly [number, readonly string[]]> {
  sealed = true;
  return registered.map((p) => [p.bit, p.words] as const);
}
