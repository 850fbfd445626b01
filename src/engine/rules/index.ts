import type { Rule } from './types';
import { rule as enSell } from './en-sell';
import { rule as enShare } from './en-share';
import { rule as enThirdPartyCollects } from './en-third-party-collects';
import { rule as zhEntrust } from './zh-entrust';
import { rule as zhLegal } from './zh-legal';
import { rule as zhListEntry } from './zh-list-entry';
import { rule as zhPublic } from './zh-public';
import { rule as zhSale } from './zh-sale';
import { rule as zhSdk } from './zh-sdk';
import { rule as zhShare } from './zh-share';
import { rule as zhThirdPartyCollects } from './zh-third-party-collects';
import { rule as zhTransfer } from './zh-transfer';
import { rule as zhVerify } from './zh-verify';

/** Explicit, sorted registry: a meta-test checks every rule file is here, ids match file names, and each has tests. */
export const RULES: readonly Rule[] = [
  enSell,
  enShare,
  enThirdPartyCollects,
  zhEntrust,
  zhLegal,
  zhListEntry,
  zhPublic,
  zhSale,
  zhSdk,
  zhShare,
  zhThirdPartyCollects,
  zhTransfer,
  zhVerify,
];

export const ZH_RULES = RULES.filter((r) => r.lang === 'zh');
export const EN_RULES = RULES.filter((r) => r.lang === 'en');
export type { Rule, RuleHit } from './types';
