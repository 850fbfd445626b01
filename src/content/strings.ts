/**
 * Words the in-page UI shows (highlight card, navigator, guard chip), in the engine's Localized shape.
 * They live here rather than in _locales so the injected scripts carry only what they show and the page
 * gets the same language as the engine's `why` text, picked once from the browser's UI language.
 */
import type { DataCategory, LawRef, Level, Localized, Polarity, Recipient, UiLang } from '../engine/types';

export function uiLang(tag: string): UiLang {
  const t = tag.toLowerCase();
  if (!t.startsWith('zh')) return 'en';
  return /^zh-(tw|hk|mo|hant)/.test(t) ? 'zh-TW' : 'zh-CN';
}

const L = (zhCN: string, zhTW: string, en: string): Localized => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

export const S = {
  brand: L('隐私雷达', '隱私雷達', 'PolicyRadar'),
  navTitle: L('隐私雷达 · 条款标注', '隱私雷達 · 條款標註', 'PolicyRadar · highlights'),
  prev: L('上一条', '上一條', 'Previous'),
  next: L('下一条', '下一條', 'Next'),
  off: L('关闭标注', '關閉標註', 'Turn off'),
  none: L('没有发现共享条款。', '沒有發現共享條款。', 'No sharing clauses found.'),
  allows: L('条款允许', '條款允許', 'The clause allows'),
  toWhom: L('接收方', '接收方', 'To whom'),
  data: L('涉及信息', '涉及資料', 'Data'),
  why: L('通俗解释', '白話解釋', 'In plain words'),
  law: L('相关法条', '相關法條', 'Law'),
  checklistMet: L('满足的保护要求', '符合的保護要求', 'Protection met'),
  position: L('第 $1 / $2 条', '第 $1 / $2 條', '$1 of $2'),
  checking: L('正在检查隐私政策…', '正在檢查隱私權政策…', 'Checking the privacy policy…'),
  noPolicy: L('未找到隐私政策', '未找到隱私權政策', 'No privacy policy found'),
  notAnalysed: L('未能分析隐私政策', '未能分析隱私權政策', 'Policy not analysed'),
  details: L('查看详情', '查看詳情', 'Details'),
  dismiss: L('在此网站不再提示', '在此網站不再提示', 'Don’t show on this site'),
  chipLabel: L(
    '隐私雷达：此网站隐私政策的风险',
    '隱私雷達：此網站隱私權政策的風險',
    'PolicyRadar: this site’s policy risk',
  ),
} satisfies Record<string, Localized>;

export const POLARITY: Record<Polarity, Localized> = {
  shares: L('共享/提供', '共享/提供', 'Shares'),
  consent: L('需经同意', '需經同意', 'Only with consent'),
  denies: L('明确不共享', '明確不共享', 'Refuses'),
};

export const ALLOWS: Record<Polarity, Localized> = {
  shares: L('向他人提供您的个人信息', '向他人提供您的個人資料', 'passing your personal data to others'),
  consent: L('经您同意后向他人提供', '經您同意後向他人提供', 'passing your data on only with your consent'),
  denies: L('不向他人提供（承诺）', '不向他人提供（承諾）', 'nothing: it is a promise not to share'),
};

export const LEVEL: Record<Level, Localized> = {
  low: L('低风险', '低風險', 'Low risk'),
  medium: L('中风险', '中風險', 'Medium risk'),
  high: L('高风险', '高風險', 'High risk'),
  severe: L('严重风险', '嚴重風險', 'Severe risk'),
};

export const RECIPIENT: Record<Recipient, Localized> = {
  affiliates: L('关联公司', '關係企業', 'affiliates'),
  partners: L('合作伙伴', '合作夥伴', 'partners'),
  advertisers: L('广告商', '廣告商', 'advertisers'),
  sdk: L('第三方SDK', '第三方SDK', 'third-party SDKs'),
  processors: L('受托处理者', '受託處理者', 'processors'),
  acquirer: L('收购方', '收購方', 'an acquirer'),
  public: L('公众', '公眾', 'the public'),
  authorities: L('政府机关', '政府機關', 'authorities'),
  unspecified: L('未写明的第三方', '未寫明的第三方', 'unnamed third parties'),
};

export const DATA: Record<DataCategory, Localized> = {
  phone: L('手机号码', '手機號碼', 'phone number'),
  contact: L('联系方式', '聯絡方式', 'contact details'),
  'contacts-list': L('通讯录', '通訊錄', 'contacts list'),
  'device-id': L('设备标识', '裝置識別碼', 'device ids'),
  location: L('位置', '位置', 'location'),
  identity: L('身份信息', '身分資料', 'identity'),
  biometric: L('生物识别', '生物辨識', 'biometrics'),
  financial: L('财务信息', '財務資料', 'financial data'),
  usage: L('使用记录', '使用紀錄', 'usage'),
  account: L('账号信息', '帳號資料', 'account'),
  'personal-info': L('个人信息', '個人資料', 'personal data'),
};

const LAW: Record<LawRef['law'], Localized> = {
  PIPL: L('《个人信息保护法》第 $1 条', '《個人資訊保護法》（中國大陸）第 $1 條', 'PIPL (China) art. $1'),
  'TW-PDPA': L('台湾《个人资料保护法》第 $1 条', '《個人資料保護法》第 $1 條', 'Taiwan PDPA art. $1'),
  GDPR: L('GDPR 第 $1 条', 'GDPR 第 $1 條', 'GDPR art. $1'),
  CCPA: L('CCPA §$1', 'CCPA §$1', 'CCPA §$1'),
};

export const lawText = (ref: LawRef, lang: UiLang): string => LAW[ref.law][lang].replace('$1', String(ref.article));
