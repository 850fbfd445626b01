/**
 * Words of the generated documents (report, complaint). They leave the extension as files and text, where
 * chrome.i18n cannot follow, so they are typed data here, in each UI language, like src/content/strings.ts.
 */
import type { Recipient, UiLang } from '../engine/types';

type Words = Record<UiLang, string>;
const w = (zhCN: string, zhTW: string, en: string): Words => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

export const DOC = {
  title: w('手机号留存记录 · 证据报告', '手機號留存紀錄 · 證據報告', 'Phone-number ledger · evidence report'),
  generated: w('生成时间', '生成時間', 'Generated'),
  local: w(
    '本报告由隐私雷达在您的电脑上生成；隐私雷达从不向任何地方发送数据。',
    '本報告由隱私雷達在您的電腦上生成；隱私雷達從不向任何地方傳送資料。',
    'Generated on your computer by PolicyRadar; PolicyRadar never sends anything anywhere.',
  ),
  site: w('网站', '網站', 'Site'),
  page: w('页面', '頁面', 'Page'),
  given: w('留号时间', '留號時間', 'Number given'),
  number: w('手机号（已脱敏）', '手機號（已遮蔽）', 'Number (masked)'),
  policy: w('隐私政策', '隱私政策', 'Privacy policy'),
  sha: w('政策全文 SHA-256', '政策全文 SHA-256', 'Policy text SHA-256'),
  textHash: w('政策文本指纹', '政策文本指紋', 'Policy text fingerprint'),
  score: w('风险分', '風險分', 'Risk score'),
  clauses: w('允许共享的条款', '允許共享的條款', 'Clauses allowing sharing'),
  none: w('无', '無', 'none'),
  refusals: w('政策中承诺不共享的条款', '政策中承諾不共享的條款', 'Clauses refusing to share'),
  noPolicy: w('未能读取隐私政策', '未能讀取隱私政策', 'The privacy policy could not be read'),
  shares: w('共享', '共享', 'shares'),
  consent: w('经同意后共享', '經同意後共享', 'shares with consent'),
  phone: w('涉及手机号/联系方式', '涉及手機號/聯絡方式', 'covers phone/contact'),
  marketing: w('用于营销/广告', '用於行銷/廣告', 'for marketing/ads'),
  entries: w('条记录', '筆紀錄', 'entries'),
};

export const RECIPIENT_WORDS: Record<Recipient, Words> = {
  affiliates: w('关联公司', '關聯公司', 'affiliates'),
  partners: w('合作伙伴', '合作夥伴', 'partners'),
  advertisers: w('广告商', '廣告商', 'advertisers'),
  sdk: w('第三方SDK', '第三方SDK', 'SDKs'),
  processors: w('受托处理者', '受託處理者', 'processors'),
  acquirer: w('收购方', '收購方', 'acquirers'),
  public: w('公开', '公開', 'the public'),
  authorities: w('政府机关', '政府機關', 'authorities'),
  unspecified: w('未指明的第三方', '未指明的第三方', 'unspecified third parties'),
};

/** A date-time as the document's reader writes it, with the zone, since a complaint quotes it. */
export function when(iso: string, lang: UiLang): string {
  return new Date(iso).toLocaleString(lang, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
}
