/**
 * Findings grouped by what a user about to type a phone number cares about (issue #4). Each finding sits
 * in one group, the first that fits; outline "context" items are kept apart as secondary evidence.
 */
import type { Finding, Severity } from '../engine/types';
import type { MessageKey } from '../shared/connector';
import { isMarketing, isPhone } from '../engine/predicates';

export type GroupId = 'phone' | 'marketing' | 'recipients' | 'controls';

export const GROUPS: { id: GroupId; title: MessageKey }[] = [
  { id: 'recipients', title: 'groupRecipients' },
  { id: 'phone', title: 'groupPhoneClauses' },
  { id: 'marketing', title: 'groupMarketing' },
  { id: 'controls', title: 'groupControls' },
];

const RANK: Record<Severity, number> = { severe: 4, high: 3, medium: 2, low: 1, info: 0 };

export function groupOf(f: Finding): GroupId {
  // A refusal or a consent promise is a control even when it names the phone number.
  if (f.polarity !== 'shares') return 'controls';
  // the whole policy's reading (verdict.ts): "order information" that holds the number is about the number
  if (isPhone(f)) return 'phone';
  if (isMarketing(f)) return 'marketing';
  return 'recipients';
}

export interface Grouped {
  groups: { id: GroupId; title: MessageKey; findings: Finding[] }[];
  context: Finding[];
}

export function groupFindings(findings: Finding[]): Grouped {
  const bySeverity = [...findings].sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.span.start - b.span.start);
  const main = bySeverity.filter((f) => f.kind !== 'context');
  return {
    groups: GROUPS.map((g) => ({ ...g, findings: main.filter((f) => groupOf(f) === g.id) })).filter(
      (g) => g.findings.length > 0,
    ),
    context: bySeverity.filter((f) => f.kind === 'context'),
  };
}
