/**
 * Chinese verbs of selling or renting data out, as a regex alternation: one list for every pattern that negates or
 * refuses a sale (polarity-zh.ts, refused.ts), so a word added for one reaches all of them — 售卖 known to the sale
 * rule but not to the negator read 「不售卖…」 as a sale. zh-sale.ts keeps its own guarded forms (「出售中」「出租房」).
 */
export const SELL_VERBS_ZH = '出售|出租|租售|售卖|贩卖|贩售|出卖|买卖';
