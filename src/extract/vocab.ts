/**
 * Policy-title vocabulary as data with tiered scores (STYLE.md point 4): the link scorer, the store
 * adapters and isPolicyPage all read these tables, so adding a title form is a one-line change.
 * Chinese is matched as substrings (no word boundaries); English as whole words, case-insensitive.
 */

export interface TitlePattern {
  re: RegExp;
  score: number;
}

/** Titles of a privacy policy proper. Ordered best first; the scorer takes the maximum. */
export const POLICY_TITLES: readonly TitlePattern[] = [
  { re: /隐私权?政策|隱私權?政策|个人信息保护政策|個人資料保護政策|個人資料保護聲明/, score: 90 },
  { re: /\bprivacy\s+(?:policy|notice|statement)\b/i, score: 90 },
  {
    re: /隐私(?:保护)?(?:协议|指引|声明|条款)|隱私(?:保護)?(?:協議|聲明|條款)|个人信息处理规则|個人資料保護/,
    score: 85,
  },
  { re: /个人信息保护|個人資料|個資|个人信息(?:政策|声明)/, score: 70 },
  { re: /\b(?:data\s+protection|data\s+privacy)\b/i, score: 60 },
  { re: /隐私|隱私|\bprivacy\b/i, score: 50 },
];

/**
 * Words that turn a privacy-ish title into something that is not the main policy: a children's
 * policy or a settings page. They subtract, so the main policy wins when both are linked.
 */
export const POLICY_PENALTIES: readonly TitlePattern[] = [
  { re: /儿童|兒童|未成年|\bchildren'?s?\b|\bkids\b/i, score: 25 },
  { re: /设置|設定|选择|選擇|\bsettings?\b|\bchoices\b|\bpreferences\b|\bdo not sell\b|\bopt[- ]?out\b/i, score: 35 },
  { re: /摘要|简版|简明|概要|\bsummary\b/i, score: 10 },
];

/** User agreements and terms: a policy is often only reachable through them, so they are a weak fallback. */
export const AGREEMENT_TITLES: readonly TitlePattern[] = [
  {
    re: /用户协议|用戶協議|服务协议|服務協議|服务条款|服務條款|使用条款|使用條款|注册协议|註冊協議|会员协议|會員協議/,
    score: 12,
  },
  { re: /\bterms\s+(?:of\s+(?:service|use)|and\s+conditions)\b|\buser\s+agreement\b/i, score: 12 },
  { re: /法律声明|法律聲明|\blegal\b|\bterms\b/i, score: 6 },
];

/** URL path hints; they add to a text match and stand alone for an icon-only or "点击查看" link. */
export const URL_HINTS: readonly TitlePattern[] = [
  { re: /privacy[-_]?(?:policy|notice|statement)|privacypolicy|yinsi(?:zhengce)?|\/yszc\b/i, score: 40 },
  { re: /\/legal\/privacy|\/privacy\b|privacy\.[a-z0-9-]+\.[a-z]/i, score: 35 },
  { re: /\/(?:children|kids)[-_]?privacy/i, score: 20 },
];

/** Consent wording that marks a block of text as the "I agree to …" label beside a signup form. */
export const CONSENT_WORDS = /同意|阅读|閱讀|知悉|接受|授权|授權|\bagree\b|\baccept\b|\bconsent\b|\backnowledge\b/i;

/**
 * Words a privacy policy body uses over and over; isPolicyPage counts how many distinct ones appear
 * so a blog post that merely mentions "隐私政策" once does not pass for a policy.
 */
export const POLICY_BODY_TERMS: readonly RegExp[] = [
  /个人信息|個人資料|個人資訊|personal (?:information|data)/i,
  /收集|蒐集|\bcollect/i,
  /共享|分享|\bshare/i,
  /第三方|third[- ]part/i,
  /存储|儲存|保存|\bretain|\bstor(?:e|age)/i,
  /删除|刪除|\bdelet/i,
  /cookie/i,
  /权利|權利|\brights?\b/i,
  /联系我们|聯絡我們|聯繫我們|contact us/i,
  /未成年|儿童|兒童|\bchild/i,
  /委托|委託|处理|處理|\bprocess/i,
  /安全|\bsecurity\b/i,
];

export function bestScore(text: string, table: readonly TitlePattern[]): number {
  let best = 0;
  for (const p of table) if (p.score > best && p.re.test(text)) best = p.score;
  return best;
}

export function penalty(text: string): number {
  let sum = 0;
  for (const p of POLICY_PENALTIES) if (p.re.test(text)) sum += p.score;
  return sum;
}
