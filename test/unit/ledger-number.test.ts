/**
 * Issue #6: numbers are masked and hashed, never kept whole — checked on everything the worker stores,
 * for a number hashed in the page and for one the page could only send as digits (plain http).
 */
import { describe, expect, test } from 'vitest';
import { captureMemo } from '../../src/background/ledger-capture';
import { ledgerHandlers } from '../../src/background/ledger';
import { numberHash, sha256Hex } from '../../src/ledger/hash';
import { manualNumber } from '../../src/ledger/manual';
import { isPhoneNumber, maskNumber, normalizeNumber } from '../../src/ledger/number';
import { ensureSalt, resetSaltCache } from '../../src/ledger/salt';
import { ledgerStore } from '../../src/ledger/store';
import type { AuditTabResult } from '../../src/messages';
import { memoryLedgerArea } from '../fixtures/memory-area';
import { report } from '../fixtures/report';

describe('normalize and mask', () => {
  test.each([
    ['138 1234 5678', '13812345678', '138****5678'],
    ['+86 138-1234-5678', '13812345678', '138****5678'],
    ['008613812345678', '13812345678', '138****5678'],
    ['(010) 6552-9988', '01065529988', '*******9988'],
    ['+44 20 7946 0958', '442079460958', '********0958'],
    ['0912-345-678', '0912345678', '******5678'],
  ])('%s → %s → %s', (raw, digits, masked) => {
    expect(normalizeNumber(raw)).toBe(digits);
    expect(maskNumber(digits)).toBe(masked);
  });

  test.each([
    ['123456', false],
    ['1381234', true],
    ['1234567890123456', false],
  ])('%s is a phone number: %s', (digits, yes) => expect(isPhoneNumber(digits)).toBe(yes));
});

describe('hash', () => {
  test('SHA-256 matches a known vector', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('salted: the same number hashes alike under one salt, differently under another', async () => {
    const a = await numberHash('salt-1', '13812345678');
    expect(await numberHash('salt-1', '13812345678')).toBe(a);
    expect(await numberHash('salt-2', '13812345678')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  test('the salt is made once and kept', async () => {
    resetSaltCache();
    const area = memoryLedgerArea();
    const salt = await ensureSalt(area);
    resetSaltCache();
    expect(await ensureSalt(area)).toBe(salt);
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
  });

  test('a salt an older version kept in storage.local moves out of it (issue #18)', async () => {
    resetSaltCache();
    const secrets = memoryLedgerArea();
    const local = memoryLedgerArea({ ledgerSalt: 'e'.repeat(64), ledger: { keep: true } });
    expect(await ensureSalt(secrets, local)).toBe('e'.repeat(64));
    expect(local.data).toEqual({ ledger: { keep: true } });
    expect(secrets.data).toEqual({ ledgerSalt: 'e'.repeat(64) });
    resetSaltCache();
  });

  test('by hand: four digits or the whole number, nothing else', async () => {
    const salt = async () => 's'.repeat(64);
    expect(await manualNumber('5678', salt)).toEqual({ masked: '*******5678', last4: '5678', hash: null });
    expect(await manualNumber('138 1234 5678', salt)).toMatchObject({ masked: '138****5678', last4: '5678' });
    expect(await manualNumber('12', salt)).toBeNull();
  });
});

const analysed: AuditTabResult = {
  kind: 'analysed',
  page: { url: 'https://shop.example/signup', title: 'Sign up' },
  policy: { url: 'https://shop.example/privacy', title: 'Privacy' },
  report: report(),
};

function worker() {
  const area = memoryLedgerArea();
  const session = memoryLedgerArea();
  const handlers = ledgerHandlers({
    auditTabWithText: async () => ({ result: analysed, text: '我们会将您的手机号码提供给合作的广告平台。' }),
    store: ledgerStore(area),
    salt: async () => 'f'.repeat(64),
    memo: captureMemo(session),
    now: () => new Date('2025-03-01T08:00:00Z'),
  });
  const sender = { id: 'ext', tab: { id: 4, url: 'https://shop.example/signup' } } as never;
  return { area, session, handlers, sender };
}

describe('the full number is never stored', () => {
  test('the worker masks and hashes the digits and drops them', async () => {
    const { area, session, handlers, sender } = worker();
    const answer = await handlers.content['phone-submitted']({ digits: '13812345678', trigger: 'submit' }, sender);
    expect(answer).toEqual({ ok: true });
    const [stored] = await ledgerStore(area).list();
    expect(stored).toMatchObject({
      site: 'https://shop.example',
      masked: '138****5678',
      last4: '5678',
      source: 'submit',
    });
    expect(stored?.numberHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.policy?.findings[0]?.quote).toContain('手机号码');
    for (const dump of [JSON.stringify(area.data), JSON.stringify(session.data)]) {
      expect(dump).not.toContain('13812345678');
      expect(dump).not.toContain('1381234');
    }
  });

  test('a submit and the pagehide after it are one entry', async () => {
    const { area, handlers, sender } = worker();
    await handlers.content['phone-submitted']({ digits: '13812345678', trigger: 'submit' }, sender);
    await handlers.content['phone-submitted']({ digits: '13812345678', trigger: 'pagehide' }, sender);
    expect(await ledgerStore(area).list()).toHaveLength(1);
  });
});

describe('a page cannot flood or misattribute the ledger (issue #18)', () => {
  test('25 submits from one tab and site give at most 3 entries in ten minutes', async () => {
    const { area, handlers, sender } = worker();
    for (let i = 0; i < 25; i++) {
      const digits = `1381234${String(i).padStart(4, '0')}`;
      await handlers.content['phone-submitted']({ digits, trigger: 'submit' }, sender);
    }
    expect(await ledgerStore(area).list()).toHaveLength(3);
  });

  test('a frame from another origin records under its own origin, without the top page’s policy', async () => {
    const { area, handlers } = worker();
    const framed = {
      id: 'ext',
      frameId: 7,
      url: 'https://ads.other.example/form',
      tab: { id: 4, url: 'https://shop.example/signup' },
    } as never;
    await handlers.content['phone-submitted']({ digits: '13812345678', trigger: 'submit' }, framed);
    const [stored] = await ledgerStore(area).list();
    expect(stored).toMatchObject({ site: 'https://ads.other.example', policy: null, policyMissing: 'other-frame' });
  });

  test('a same-origin frame speaks for the site, with its policy', async () => {
    const { area, handlers } = worker();
    const framed = {
      id: 'ext',
      frameId: 2,
      url: 'https://shop.example/frame',
      tab: { id: 4, url: 'https://shop.example/signup' },
    } as never;
    await handlers.content['phone-submitted']({ digits: '13812345678', trigger: 'submit' }, framed);
    const [stored] = await ledgerStore(area).list();
    expect(stored).toMatchObject({ site: 'https://shop.example' });
    expect(stored?.policy).not.toBeNull();
  });
});
