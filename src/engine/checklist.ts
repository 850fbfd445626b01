import type {
  Lang,
  ChecklistId,
  ChecklistItem,
  ChecklistStatus,
  Finding,
  LawRef,
  Localized,
  SharingEntry,
  Span,
} from './types';

/** The PIPL checklist: each item met, missing or unclear, with the spans that show it. */

interface Check {
  id: ChecklistId;
  laws: LawRef[];
  title: Localized;
  met: RegExp;
  /** words that show the topic is raised, without clearly meeting it */
  hint: RegExp;
}

const CHECKS: readonly Check[] = [
  {
    id: 'named-recipients',
    laws: [{ law: 'PIPL', article: 23 }],
    title: { 'zh-CN': '写明接收方名称', 'zh-TW': '寫明接收者名稱', en: 'Recipients named' },
    met: /(?:接收方|合作方|第三方|sdk)(?:的)?名称|(?:有限公司|股份公司|co\.,? ltd|inc\.)[^。]{0,40}(?:共享|提供|sdk)|\b(?:names? of (?:the )?(?:third parties|recipients))/,
    hint: /接收方|recipient/,
  },
  {
    id: 'sharing-list',
    laws: [{ law: 'PIPL', article: 23 }],
    title: {
      'zh-CN': '提供第三方共享清单 / SDK 目录',
      'zh-TW': '提供第三方共享清單 / SDK 目錄',
      en: 'Sharing list / SDK directory',
    },
    met: /(?:共享|合作|sdk|第三方)[^。；;\n]{0,12}(?:清单|目录|列表|情况说明|说明表)|list of (?:third[- ]part|sdk|partners|vendors)/,
    hint: /sdk|清单/,
  },
  {
    id: 'separate-consent',
    laws: [
      { law: 'PIPL', article: 23 },
      { law: 'PIPL', article: 29 },
    ],
    title: { 'zh-CN': '对外提供前取得单独同意', 'zh-TW': '提供前取得單獨同意', en: 'Separate consent before sharing' },
    met: /单独同意|单独授权|separate consent|explicit consent/,
    hint: /同意|consent/,
  },
  {
    id: 'withdraw-consent',
    laws: [{ law: 'PIPL', article: 15 }],
    title: { 'zh-CN': '说明如何撤回同意', 'zh-TW': '說明如何撤回同意', en: 'How to withdraw consent' },
    met: /撤回[^。；;]{0,10}(?:同意|授权)|改变[^。；;]{0,6}授权同意的范围|withdraw (?:your )?consent|revoke (?:your )?consent/,
    hint: /撤回|withdraw|revoke/,
  },
  {
    id: 'personalisation-opt-out',
    laws: [{ law: 'PIPL', article: 24 }],
    title: { 'zh-CN': '可关闭个性化推荐', 'zh-TW': '可關閉個人化推薦', en: 'Opt out of personalised recommendations' },
    met: /(?:关闭|退出|拒绝|取消)[^。；;]{0,15}(?:个性化|定向)|个性化[^。；;]{0,20}(?:关闭|退出|拒绝|开关)|不针对(?:您|你)的?个人特征|opt[- ]out of (?:personali[sz]ed|interest-based|targeted)|turn off personali[sz]/,
    hint: /个性化|personali[sz]/,
  },
  {
    id: 'marketing-opt-out',
    laws: [
      { law: 'PIPL', article: 24 },
      { law: 'PIPL', article: 44 },
    ],
    title: {
      'zh-CN': '可退订营销短信 / 电话',
      'zh-TW': '可退訂行銷訊息 / 電話',
      en: 'Opt out of marketing messages / calls',
    },
    met: /退订|回复\s*["“']?td|(?:拒绝|取消|关闭|退出)[^。；;]{0,15}(?:营销|商业性|推广|促销)|unsubscribe|opt[- ]out of (?:marketing|promotional)/,
    hint: /营销|商业性|marketing|promotional/,
  },
];

const globals = new Map<RegExp, RegExp>();

function spansOf(pattern: RegExp, folded: string, limit = 3): Span[] {
  let global = globals.get(pattern);
  if (!global) globals.set(pattern, (global = new RegExp(pattern.source, 'g')));
  global.lastIndex = 0;
  const out: Span[] = [];
  for (let m = global.exec(folded); m && out.length < limit; m = global.exec(folded)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) global.lastIndex++;
  }
  return out;
}

// Taiwan PDPA Art. 8: what a notice must tell at collection, incl. the recipients and the user's rights.
const TW_NOTICE: LawRef = { law: 'TW-PDPA', article: 8 };

export function checklist(
  folded: string,
  findings: readonly Finding[],
  entries: readonly SharingEntry[],
  lang: Lang = 'zh-Hans',
): ChecklistItem[] {
  const shares = findings.some((f) => f.polarity === 'shares' && f.kind !== 'context');
  return CHECKS.map((check) => {
    let evidence = spansOf(check.met, folded);
    let status: ChecklistStatus = evidence.length > 0 ? 'met' : 'missing';
    if (check.id === 'named-recipients' && entries.length >= 2) {
      status = 'met';
      evidence = entries.slice(0, 3).map((e) => e.span);
    }
    if (check.id === 'sharing-list' && entries.length >= 3) status = 'met';
    if (status === 'missing') {
      const hint = spansOf(check.hint, folded, 1);
      if (hint.length > 0) {
        status = 'unclear';
        evidence = hint;
      }
    }
    // With nothing shared, the sharing-related items have nothing to cover.
    if (
      !shares &&
      status !== 'met' &&
      (check.id === 'named-recipients' || check.id === 'sharing-list' || check.id === 'separate-consent')
    ) {
      status = 'unclear';
    }
    const laws = lang === 'zh-Hant' ? [...check.laws, TW_NOTICE] : check.laws;
    return { id: check.id, status, evidence, laws, title: check.title };
  });
}
