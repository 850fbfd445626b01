/**
 * Trace helper and "who may have my number" (issue #6), as tables: which entries a spam call's category
 * and first-call date point to, in which order, with which clauses.
 */
import { describe, expect, test } from 'vitest';
import { exposes, whoMayHave } from '../../src/ledger/exposure';
import { applyFilter, groupByNumber, NO_FILTER } from '../../src/ledger/filter';
import { trace, type TraceQuery } from '../../src/ledger/trace';
import { clause, entry, policy } from '../fixtures/ledger';

const ads = clause({
  quote: '我们会将您的手机号码提供给广告合作伙伴，用于营销推广。',
  phone: true,
  marketing: true,
  severity: 'severe',
  recipients: ['advertisers'],
});
const loanPartner = clause({
  quote: '我们可能向合作的金融机构提供您的联系方式，以便为您提供贷款服务。',
  phone: true,
  severity: 'high',
});
const estate = clause({
  quote: 'We may share your contact details with real estate partners.',
  phone: true,
  severity: 'medium',
});
const affiliates = clause({ quote: '我们会与关联公司共享您的个人信息。', recipients: ['affiliates'] });
const consentOnly = clause({
  quote: '经您单独同意后，我们会向合作伙伴提供您的手机号码。',
  polarity: 'consent',
  phone: true,
});
const processors = clause({ quote: '我们会委托短信服务商处理您的手机号码。', recipients: ['processors'], phone: true });

const adsSite = entry({
  site: 'https://ads.example',
  date: '2025-01-10T09:00:00Z',
  policy: policy({ score: 80, findings: [ads, affiliates] }),
});
const loanSite = entry({
  site: 'https://loan.example',
  date: '2025-01-05T09:00:00Z',
  policy: policy({ score: 55, findings: [loanPartner] }),
});
const estateSite = entry({
  site: 'https://estate.example',
  date: '2025-01-07T09:00:00Z',
  policy: policy({ score: 40, findings: [estate] }),
});
const cleanSite = entry({
  site: 'https://clean.example',
  date: '2025-01-03T09:00:00Z',
  policy: policy({ score: 5, level: 'low', findings: [consentOnly, processors] }),
});
const late = entry({ site: 'https://late.example', date: '2025-03-01T09:00:00Z', policy: policy({ findings: [ads] }) });
const all = [late, adsSite, estateSite, loanSite, cleanSite];

const q = (over: Partial<TraceQuery>): TraceQuery => ({ category: 'loan', text: '', firstCall: '2025-02-01', ...over });
const sites = (hits: { entry: { site: string } }[]) =>
  hits.map((h) => h.entry.site.replace(/^https:\/\/|\.example$/g, ''));

describe('exposes', () => {
  test.each([
    ['phone to advertisers for marketing', ads, true],
    ['contact to financial partners', loanPartner, true],
    ['affiliates, no phone, no marketing', affiliates, false],
    ['only with separate consent', consentOnly, false],
    ['phone to a processor', processors, false],
  ])('%s → %s', (_name, f, yes) => expect(exposes(f)).toBe(yes));
});

describe('trace', () => {
  test.each([
    ['贷款理财: the policy naming financial partners first, then marketing', q({}), ['loan', 'ads', 'estate']],
    ['房产中介: the real-estate clause first', q({ category: 'property' }), ['estate', 'ads', 'loan']],
    [
      '教育培训: nobody names it; marketing outranks phone-to-partners',
      q({ category: 'education' }),
      ['ads', 'loan', 'estate'],
    ],
    ['free text matches quotes', q({ category: 'other', text: '关联公司' }), ['ads', 'loan', 'estate']],
    ['only entries before the first call', q({ firstCall: '2025-01-08' }), ['loan', 'estate']],
    ['a late entry counts once the call is later', q({ firstCall: '2025-04-01' }), ['loan', 'ads', 'late', 'estate']],
  ])('%s', (_name, query, expected) => {
    expect(sites(trace(all, query))).toEqual(expected);
  });

  test('hits carry their clauses, the trade match named', () => {
    const [first] = trace(all, q({}));
    expect(first?.clauses[0]).toMatchObject({ kind: 'trade', word: '金融', finding: { quote: loanPartner.quote } });
  });

  test('a refusing policy is never a hit', () => {
    expect(trace([cleanSite], q({ category: 'other' }))).toEqual([]);
  });
});

describe('who may have my number', () => {
  test('ranked by the worst phone/marketing clause, then the score; refusing sites left out', () => {
    expect(whoMayHave(all).map((x) => x.site)).toEqual([
      'https://ads.example',
      'https://late.example',
      'https://loan.example',
      'https://estate.example',
    ]);
  });
});

describe('filters and timelines', () => {
  test.each([
    ['site', { site: 'https://loan.example' }, ['loan']],
    ['level', { level: 'low' as const }, ['clean']],
    ['recipient', { recipient: 'advertisers' as const }, ['late', 'ads']],
    ['marketing only', { marketingOnly: true }, ['late', 'ads']],
  ])('%s', (_name, over, expected) => {
    expect(sites(applyFilter(all, { ...NO_FILTER, ...over }).map((entry) => ({ entry })))).toEqual(expected);
  });

  test('grouped by hash; a last-four entry by hand joins the one number ending so', () => {
    const other = entry({ numberHash: 'c'.repeat(64), masked: '139****0001', last4: '0001' });
    const byHand = entry({ numberHash: null, masked: '*******5678', source: 'manual', date: '2025-05-01T00:00:00Z' });
    const groups = groupByNumber([...all, other, byHand]);
    expect(groups.map((g) => [g.masked, g.entries.length])).toEqual([
      ['138****5678', 6],
      ['139****0001', 1],
    ]);
  });
});
