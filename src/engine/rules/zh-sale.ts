import { hitsOf, type Rule } from './types';
import { WHY } from './why';

// Selling or renting out personal information: the business model behind precision spam calls.
// 「提出售中售后申请」「出售闲置物品」「售房人」 sell goods, not data
const SALE =
  /(?<!提)出售(?![中后]|物品|商品|闲置|禁售)|售卖|贩卖|贩售|出卖|倒卖|转卖|卖给(?!您|你)|售予|售与|出租(?!状态|房|车|屋)|租售(?!房|屋|车|物件|商品)|买卖(?!合同|协议|双方|关系)|非法交易|交易(?:您|你)的/g;

const GOODS = /(?:房屋|房产|商品|车辆|二手车?|物品|股票|证券|基金)$/;

export const rule: Rule = {
  id: 'zh-sale',
  lang: 'zh',
  kind: 'disclosure',
  priority: 40,
  severity: 'high',
  laws: [
    { law: 'PIPL', article: 10 },
    { law: 'PIPL', article: 23 },
  ],
  why: WHY.sale,
  gate: /出售|售卖|贩卖|贩售|出卖|倒卖|转卖|卖给|售予|售与|出租|租售|买卖|交易/,
  // 「房屋买卖」「二手车买卖」: goods traded on the platform, not data
  detect: (s) =>
    hitsOf(SALE, s, ['unspecified']).filter((h) => !GOODS.test(s.slice(Math.max(0, h.index - 3), h.index))),
};
