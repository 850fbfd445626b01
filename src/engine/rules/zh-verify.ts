import { hitsOf, type Rule } from './types';

// Identity checks by someone else send the data there (POLARITY.md: identity checks against the police's or carriers'
// records are shares): 「通过第三方身份验证机构对您的身份信息进行验证」「向运营商核实您的手机号」「与电信业者核对您的门号」
// 「将面部信息与公安权威数据平台数据源进行比对」「将閣下的手提電話號碼與流動網絡營辦商的紀錄進行核對」「提交電信業者進行門號持有人比對」; Taiwan's 「透過內政部之…查詢系統比對」「與內政部戶政司之資料進行比對」. The checker is a party of its own (an agency, a carrier, a third
// party), never the operator or the user. The checks by 与 cost CAPP-130's sharing topic on its tune half 0.847 →
// 0.840 (the topic's readers left game policies' checks against police records out) while its check half and every
// polarity set gained; 「由…机构核验」 was tried and dropped (the readers' check phone_out fell).
const CHECK = /(?:验证|核验|核实|比对|校验|核对|认证)/;
const VERIFY = new RegExp(
  String.raw`(?:通过|透过|向|经由?|交由|与|(?<!您|你|用户|所)提交(?:给|予|至)?(?!的)|转交|送交|(?:发送|传送|转移)(?:给|予|至))(?!您|你|我们|我行|我方|本公司|本平台|本应用)[^，,。；;：:]{0,24}?(?:机构|部门|公安|运营商|营运商|营办商|业者|电信|电讯|第三方|数据源|数据平台|持有者|服务商|提供方|公司|内政部|户政|银行(?!卡|账|帐)|征信)[^，,。；;]{0,20}?(?:进行|作)?(?:身份)?${CHECK.source}`,
  'g',
);
// what is checked must be who the user is: a login code or a payment is not a disclosure of identity
const IDENTITY = /身份|身分|实名|人脸|面部|证件|手机号|手提电话|电话号码|门号|姓名|生物识别/;

export const rule: Rule = {
  id: 'zh-verify',
  lang: 'zh',
  kind: 'disclosure',
  priority: 9,
  severity: 'medium',
  laws: [{ law: 'PIPL', article: 23 }],
  why: {
    'zh-CN': '为核验身份，你的身份信息会被发给第三方（如公安、运营商或认证机构）比对。',
    'zh-TW': '為核對身分，你的身分資料會被送交第三方（如警政、電信業者或認證機構）比對。',
    en: 'To check who you are, your identity data is sent to another party (police records, a carrier, a verifier).',
  },
  gate: /验证|核验|核实|比对|校验|核对|认证/,
  detect: (s) => (IDENTITY.test(s) ? hitsOf(VERIFY, s) : []),
};
