import { hitsOf, type Rule } from './types';
import type { Recipient } from '../types';

// Rows of an SDK directory or sharing list: 「SDK名称：… 使用目的：… 收集个人信息类型：…」.
const ROW =
  /(?:sdk|第三方|第三人|第三者|合作方|共享方|接收方|接收者)(?:名称|主体|公司名称)\s*[:：]|(?:使用|共享|提供|处理|收集)目的\s*[:：]|(?:收集|共享|处理)(?:的|之)?(?:个人)?(?:信息|数据|资料)?(?:类型|类别|字段|种类|范围)?\s*[:：]|提供(?:的|之)?(?:个人)?(?:信息|数据|资料)(?:类型|类别|字段|种类|范围)?\s*[:：]|(?:个人)?(?:信息|数据|资料)(?:类型|类别|字段|种类)\s*[:：]|数据类型\s*[:：]/g;

const ROW_PARTY = /sdk|插件|公司|科技|第三方|合作方|共享方|接收方|提供方|名称\s*[:：]/;
const ROW_DATA =
  /(?:信息|数据|资料|资讯)(?:类型|字段|种类|范围)?\s*[:：]\s*[^\s]|标识|设备|位置|定位|手机号|电话|号码|imei|oaid|mac|ip地址|账号|帐号|姓名|身份/;

// An enumerated item that only names who receives (Hong Kong's PICS transferee lists, 「（c）對本公司有管轄權的任何
// 政府、監管或執法機構；」「(ii) 本公司的控股公司、附屬公司及聯營公司；」「1、广告、分析服务类的授权合作伙伴。」): a recipient of the
// list it stands in (POLARITY.md: a list item's obvious meaning). Not a label and its value (「运营者：某某有限公司」)
// nor a registered name alone, which as often names the operator's own entities.
export const ITEM_START =
  /^\s*(?:[(（]?(?:[a-z]|[ivx]{1,4}|\d{1,2}|[一二三四五六七八九十]{1,3})[)）.、．]|[•·●▪◆*-])\s*/;
const ITEM_PARTY =
  '(?:公司|伙伴|机构|供应商|服务商|提供商|人士|承办商|承包商|代理人|代理行|合作方|关联方|关系企业|第三方|部门|机关|银行|券商)';
// (a party with its members after a comma, 「(iii) 任何對本公司負有保密責任的人士，包括本集團成員公司；」, where the item does
// nothing: no verb, no refusal — 「（三）未经您同意，我们不会提供给任何第三方；」 is a sentence of its own)
const PARTY_ITEM = new RegExp(
  `${ITEM_START.source}(?:(?=[^。；;:：,，]{2,40}?${ITEM_PARTY}[；;。.]?\\s*$)|(?![^。；;]*(?:不|未|非|提供|共享|披露|分享|转让|出售|收集|使用|同意|授权|处理|传输|我们|您|你))(?=[^。；;:：]{2,60}?[，,](?:包括|包含|例如|如)[^。；;:：]{2,40}?${ITEM_PARTY}[；;。.]?\\s*$))(?![^。；;]*有限公司[；;。.]?\\s*$)`,
);
/** Whether the sentence is an enumerated item naming only who receives (index.ts drops one a paragraph follows). */
export const partyItem = (s: string): boolean => PARTY_ITEM.test(s);
const ITEM_RECIPIENTS: ReadonlyArray<readonly [RegExp, Recipient]> = [
  [/关联|关系企业|控股|附属|联营|集团/, 'affiliates'],
  [/政府|监管|执法|机关|部门|法院|司法/, 'authorities'],
  [/广告/, 'advertisers'],
  [/供应商|服务商|提供商|承办商|承包商|代理/, 'processors'],
];

const ROW_WORDS = /[:：]|sdk|有限公司|科技/;

export const rule: Rule = {
  id: 'zh-list-entry',
  lang: 'zh',
  kind: 'list-entry',
  priority: 50,
  severity: 'low',
  laws: [{ law: 'PIPL', article: 23 }],
  why: {
    'zh-CN': '第三方共享清单/SDK目录中的一项：列出了接收方、目的和信息类型。',
    'zh-TW': '第三方共享清單/SDK目錄中的一項：列出接收者、目的與資料類型。',
    en: 'An entry of the third-party sharing list or SDK directory: recipient, purpose and data.',
  },
  gate: /[:：]|sdk|有限公司|科技|公司|伙伴|机构|供应商|服务商|提供商|人士|承办商|承包商|代理|合作方|关联方|第三方|部门|机关|银行|券商/,
  detect: (s) => {
    const item = ITEM_START.test(s) ? PARTY_ITEM.exec(s) : null;
    if (item) {
      const recipients = ITEM_RECIPIENTS.filter(([re]) => re.test(s)).map(([, r]) => r);
      return [
        {
          index: item[0].length,
          length: Math.min(s.length - item[0].length, 10),
          recipients: recipients.length ? recipients : ['partners'],
        },
      ];
    }
    // (the party words in the gate serve the item above: a row needs one of its own words)
    if (!ROW_WORDS.test(s)) return [];
    // every row label ends in a colon, folded to ':': without one the pattern cannot match
    const hits = s.includes(':') ? hitsOf(ROW, s) : [];
    // A table row flattened to 「名称,用途,公司,信息」: several short comma-separated cells (or cells two spaces
    // apart), one naming an SDK or firm.
    const cuts = s.match(/[,，\t|｜]|\s{2,}/g)?.length ?? 0;
    if (
      hits.length === 0 &&
      s.length < 300 &&
      // (two commas do when a registered company and the data it gets are named: 「名称,某某有限公司,设备信息…」)
      cuts >= (/有限公司/.test(s) && ROW_DATA.test(s) ? 2 : 3) &&
      /sdk|有限公司|科技/.test(s) &&
      !/我们|我行|您|你|以下简称|[”"]\s*[,，]?\s*指/.test(s) &&
      // an app-permission list (「获取存储权限，用于…保证SDK正常运作」) names no party; a row of five cells or more
      // that names the data is a directory row whose last cell is the permission it asks for
      !(/权限/.test(s) && !/有限公司|科技|公司/.test(s) && !(cuts >= 4 && ROW_DATA.test(s)))
    ) {
      return [{ index: 0, length: Math.min(s.length, 10), recipients: ['sdk'] }];
    }
    // A labelled row is a disclosure only when it names both who receives and what (POLARITY.md: an SDK row or name
    // that says nothing about data is none); a table laid out one field a line gets its rows from the section.
    if (hits.length === 0 || !ROW_PARTY.test(s) || !ROW_DATA.test(s)) return [];
    const sdk = /sdk|插件|软件开发工具包/.test(s);
    return [{ index: hits[0]!.index, length: hits[0]!.length, recipients: [sdk ? 'sdk' : 'partners'] }];
  },
};
