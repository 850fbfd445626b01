/**
 * A complaint draft for the 12321 reporting centre or the MIIT (工信部) channel, filled from one ledger
 * entry (issue #6). The user reads, edits and files it themselves: PolicyRadar sends nothing. Those
 * channels are mainland ones and read Simplified Chinese, so zh-TW users get the Simplified draft too.
 */
import type { UiLang } from '../engine/types';
import type { LedgerEntry, LedgerFinding } from './schema';
import type { CallCategory } from './trace';
import { when } from './words';

export interface Incident {
  category: CallCategory;
  /** YYYY-MM-DD */
  firstCall: string;
  /** what happened, in the user's words */
  text: string;
}

export const CATEGORY_WORDS: Record<CallCategory, { zh: string; en: string }> = {
  loan: { zh: '贷款理财', en: 'loans and wealth management' },
  debt: { zh: '欠款催收', en: 'debt collection' },
  property: { zh: '房产中介', en: 'real estate agencies' },
  education: { zh: '教育培训', en: 'education and training' },
  stocks: { zh: '股票', en: 'stocks' },
  other: { zh: '其他', en: 'other' },
};

const CLAUSES_MAX = 5;

export function complaintDraft(e: LedgerEntry, clauses: LedgerFinding[], incident: Incident, lang: UiLang): string {
  const quotes = clauses.slice(0, CLAUSES_MAX).map((f) => f.quote);
  return lang === 'en' ? english(e, quotes, incident) : chinese(e, quotes, incident);
}

function chinese(e: LedgerEntry, quotes: string[], i: Incident): string {
  const p = e.policy;
  const category = i.category === 'other' ? i.text || CATEGORY_WORDS.other.zh : CATEGORY_WORDS[i.category].zh;
  const list = (qs: string[]) => qs.map((q) => `   「${q}」`).join('\n');
  const where = p ? `当时该网站的隐私政策（${p.url}，政策全文 SHA-256：${p.sha256}）` : '';
  // A policy that promised not to share, followed by spam, is the case to state first.
  const policy = !p
    ? '当时未能读取该网站的隐私政策。'
    : quotes.length > 0
      ? `${where}载有以下允许向第三方提供个人信息的条款：\n${list(quotes)}`
      : `${where}未载明向第三方提供手机号码，并承诺：\n${list(p.refusals.slice(0, CLAUSES_MAX)) || '   （无相关条款）'}`;
  return [
    '致：12321网络不良与垃圾信息举报受理中心 / 工业和信息化部相关投诉渠道',
    '',
    '事由：疑似未经同意向第三方提供本人手机号码，导致持续接到营销骚扰电话',
    '',
    `一、被投诉方：${e.site}（注册/留号页面：${e.pageUrl}）`,
    '二、事实经过：',
    `1. 本人于 ${when(e.date, 'zh-CN')} 在上述页面填写并提交了本人手机号码（${e.masked}）。`,
    `2. ${policy}`,
    `3. 自 ${i.firstCall || '（日期）'} 起，该号码开始接到“${category}”类推销电话/短信。${i.text && i.category !== 'other' ? i.text : ''}`,
    '三、诉求：',
    '1. 请核查被投诉方是否未取得本人单独同意即向他人提供本人手机号码（《个人信息保护法》第二十三条）；',
    '2. 责令其告知本人号码被提供给了哪些接收方（《个人信息保护法》第四十四条、第四十五条），并停止向第三方提供、删除相关信息（第四十七条）。',
    '四、证据：隐私雷达在本人电脑上生成的留号记录与证据报告（含政策原文快照及哈希值），可按要求提供。',
    '',
    '（本草稿由隐私雷达在本地生成；隐私雷达不会代为提交，也不会向任何地方发送数据。）',
  ].join('\n');
}

function english(e: LedgerEntry, quotes: string[], i: Incident): string {
  const p = e.policy;
  const category = i.category === 'other' ? i.text || 'other' : CATEGORY_WORDS[i.category].en;
  const list = (qs: string[]) => qs.map((q) => `   "${q}"`).join('\n');
  const where = p ? `Its privacy policy at the time (${p.url}, text SHA-256 ${p.sha256})` : '';
  const policy = !p
    ? 'Its privacy policy could not be read at the time.'
    : quotes.length > 0
      ? `${where} contained these clauses allowing it to share personal information:\n${list(quotes)}`
      : `${where} did not provide for sharing the number, and promised:\n${list(p.refusals.slice(0, CLAUSES_MAX)) || '   (no relevant clause)'}`;
  return [
    'To: 12321 Network Harmful Information Reporting Center / the MIIT complaint channel',
    '',
    'Subject: phone number apparently passed to third parties without consent, followed by marketing calls',
    '',
    `1. Party complained about: ${e.site} (page where the number was given: ${e.pageUrl})`,
    '2. What happened:',
    `   a. On ${when(e.date, 'en')} I entered and submitted my phone number (${e.masked}) on that page.`,
    `   b. ${policy}`,
    `   c. Since ${i.firstCall || '(date)'} that number has received marketing calls/messages about ${category}.${i.text && i.category !== 'other' ? ` ${i.text}` : ''}`,
    '3. Request: please check whether the party provided my number to others without my separate consent (PIPL',
    '   Art. 23), and require it to tell me who received it (Art. 44, 45), stop providing it and delete it (Art. 47).',
    '4. Evidence: the ledger entry and evidence report PolicyRadar keeps on my computer (policy snapshot and hashes).',
    '',
    '(Drafted locally by PolicyRadar, which files nothing and sends nothing anywhere.)',
  ].join('\n');
}
