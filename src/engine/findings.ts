import type { Finding, Span } from './types';

/**
 * A finding changed after audit() made it, rebuilt whole as one object literal, its keys in the order audit()'s
 * literal gives them (the order a spread of it keeps). A spread, `{ ...f, repeats }`, gave every such finding a
 * hidden class of its own — some 300 a corpus pass, by %HaveSameMap — so every reader of findings (score,
 * checklist, judge, verdict) saw them as megamorphic and TurboFan threw its code away on each new one.
 */

type Parts = Pick<Finding, 'recipients' | 'data' | 'purposes' | 'mitigations' | 'triggers'>;

/** `{ ...f, ...parts }`: the words of several findings of one sentence, joined. */
export function withParts(f: Finding, p: Parts): Finding {
  return {
    id: f.id,
    rule: f.rule,
    polarity: f.polarity,
    kind: f.kind,
    recipients: p.recipients,
    data: p.data,
    purposes: p.purposes,
    mitigations: p.mitigations,
    span: f.span,
    quote: f.quote,
    severity: f.severity,
    triggers: p.triggers,
    why: f.why,
    laws: f.laws,
  };
}

/** `{ ...f, repeats }`, for a finding that has neither repeats nor carried yet (mergeFindings). */
export function withRepeats(f: Finding, repeats: Span[]): Finding {
  return {
    id: f.id,
    rule: f.rule,
    polarity: f.polarity,
    kind: f.kind,
    recipients: f.recipients,
    data: f.data,
    purposes: f.purposes,
    mitigations: f.mitigations,
    span: f.span,
    quote: f.quote,
    severity: f.severity,
    triggers: f.triggers,
    why: f.why,
    laws: f.laws,
    repeats,
  };
}

/** `{ ...f, carried }`, for a merged finding with or without repeats (withPhone). */
export function withCarried(f: Finding, carried: NonNullable<Finding['carried']>): Finding {
  if (f.repeats === undefined)
    return {
      id: f.id,
      rule: f.rule,
      polarity: f.polarity,
      kind: f.kind,
      recipients: f.recipients,
      data: f.data,
      purposes: f.purposes,
      mitigations: f.mitigations,
      span: f.span,
      quote: f.quote,
      severity: f.severity,
      triggers: f.triggers,
      why: f.why,
      laws: f.laws,
      carried,
    };
  return {
    id: f.id,
    rule: f.rule,
    polarity: f.polarity,
    kind: f.kind,
    recipients: f.recipients,
    data: f.data,
    purposes: f.purposes,
    mitigations: f.mitigations,
    span: f.span,
    quote: f.quote,
    severity: f.severity,
    triggers: f.triggers,
    why: f.why,
    laws: f.laws,
    repeats: f.repeats,
    carried,
  };
}
