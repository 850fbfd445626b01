import { hitsOf, type Rule } from './types';

// PIPL Art. 21 entrusted processing: the processor acts for the operator, a lower risk than provision.
const ENTRUST =
  /(?:服务供应商|供应商|服务商|服务提供商)[^。；;，,]{0,6}?为我们(?:进行|提供|处理)|委托的[^，,。；;]{0,6}?(?:合作伙伴|第三方|服务商|服务提供商|供应商|合作方|厂商)|(?:委托|委外)(?!目的|范围|合同|关系|事项)[^。；;，,]{0,30}?(?:处理|加工|提供服务|作业|协助|代为|寄送|配送|分析|统计|调查|维护|存储|储存|托管)|受托(?:方|人|者)?|代表?(?:我们|本公司|我行|我方)[^。；;]{0,10}?(?:处理|提供|储存|存储)|(?:第三方|服务商|供应商|提供商|合作伙伴)[^。；;，,]{0,6}?代表(?!您|你)[^。；;]{1,12}?(?:或[^。；;，,]{0,24}?)?处理(?:您|你)的|委托给(?!您|你)|代为处理|外包(?!人员)/g;

// Data kept on a provider's servers is with that provider (POLARITY.md: storage with no one named is where data is;
// a named kind of host receives it): 「本公司得利用雲端服務供應商之伺服器儲存您的資料」「閣下的資料可能儲存於本公司位於新加坡
// 的服務供應商所管理的伺服器」「依托于第三方云存储服务商提供的存储空间」 — not 「存储在我们的服务器」.
const PROVIDER = '(?:云端|云|云存储|存储|音视频|资讯|信息|技术)?(?:服务)?(?:供应商|提供商|服务商)';
const HOSTED = new RegExp(
  String.raw`(?:利用|使用|依托于?|通过|委由)[^，,。；;]{0,12}?${PROVIDER}[^，,。；;]{0,16}?(?:储存|存储|备份|保存)|(?:储存|存储|保存|备份)(?:于|在|至)[^，,。；;]{0,24}?${PROVIDER}`,
  'g',
);
// (or on "its" servers, the host named earlier in the sentence: 「客服系统由第三方SaaS服务商提供，您的聊天记录将存储在其服务器上」, or
// kept by it: 「客服系统部署在第三方云服务商的服务器上，对话记录会由其存储」「使用…之云端主机，您的资料将由其代为储存」; and what is
// handed to an outsourced party to keep: 「录音交由外判通话中心储存」)
const HOSTED_BY_IT = new RegExp(
  String.raw`(?:第三方|关联公司|合作方|合作伙伴|云端主机|${PROVIDER})[^。；;]{0,30}?(?:(?:储存|存储|保存|备份|存放)(?:于|在)其(?:[^，,。；;]{0,6}?的)?(?:服务器|伺服器|云|数据中心|系统)|由(?:其|该(?:公司|服务商|供应商|厂商|平台))(?:代为|负责)?(?:储存|存储|保存|存放))|交由[^，,。；;]{0,12}?(?:外判|外包|委外|第三方)[^，,。；;]{0,8}?(?:储存|存储|保存|存放)`,
  'g',
);
// (and what passes through the servers or platform of a party named earlier: 「直播服务由第三方音视频服务商提供，您的音视频数据
// 将通过其服务器进行传输」「看診服務係由協力廠商之平台建置，您的影音資料將經由該平台傳輸」 — not 「通过我们的服务器传输」)
const CARRIED_BY_IT = new RegExp(
  String.raw`(?:第三方|协力厂商|合作方|合作伙伴|云服务|${PROVIDER})[^。；;]{0,40}?(?:经由|通过|透过)(?:其|该|此)(?:[^，,。；;]{0,6}?的)?(?:服务器|伺服器|平台|服务商|服务提供商|供应商|网络|云)[^，,。；;]{0,4}?(?:进行)?(?:传输|传送|传递)`,
  'g',
);

// A duty or safeguard the sentence is about, with the processor only named in it (POLARITY.md: requirements imposed on
// recipients are none): 「我们会与外包服务商签署保密协议，并定期审计其数据处理活动」「受託處理您個人資料之協力廠商，本公司均會
// 要求其簽署保密協議」 — not 「我们会委托第三方处理您的信息，并要求其签署保密协议」, which hands the data over first.
// (and the operator's checks and sanctions: 「定期审查受託廠商的資料保護措施」「若受托方超出委托范围…，我们将终止合作」)
const DUTY =
  /签署[^，,。；;]{0,8}?(?:协议|合同|条款)|(?:进行|实施|加强)?(?:监督|审计|审核|审查|稽核|查核)(?!机关|部门)|保密义务|(?:要求|督促)其|终止(?:与其的?|双方的?)?合作|追究(?:其|对方)?[^，,。；;]{0,4}?责任/;
const HANDS_OVER =
  /共享|提供(?:给|予|至)|披露|委托(?!的|之|处理：|处理:|范围|目的|事项)[^，,。；;的之]{0,12}?(?:处理|加工|存储|储存|维护|寄送|配送)|委托给|交由/;
// the processor named, not the act: 「外包服务商」「受託廠商」「受托处理您个人资料之协力厂商」
const NAMED_ONLY =
  /^(?:外包(?:服务商|服务提供商|供应商|商|方|公司)|受托(?:方|人|者|厂商|公司|单位|机构)?|受托[^，,。；;]{1,14}?[的之](?:协力)?(?:厂商|公司|服务商|供应商|第三方|合作方|合作伙伴|机构|单位))/;

// What the sentence is, before any hit: a definition (「本条所称「协力厂商」，系指受本公司委托处理特定业务之厂商」「「资料使用者」指…」),
// or the operator entrusted by someone else (「本公司受保险公司委托处理保单服务时，系以受托者身份利用您的个人资料」): neither hands
// anything over (POLARITY.md: definitions are none)
const DEFINES = /所称|系指|是指|[」”"]指/;
const ENTRUSTED_US =
  /(?:我们|本公司|我方|我司|本平台|本行)(?:系|是|乃)?受(?![到理])[^，,。；;]{1,12}?委托(?:处理|办理|提供)|以受托(?:者|人|方)身份/;

export const rule: Rule = {
  id: 'zh-entrust',
  lang: 'zh',
  kind: 'disclosure',
  priority: 20,
  severity: 'low',
  laws: [{ law: 'PIPL', article: 21 }],
  why: {
    'zh-CN': '运营者委托其他公司代为处理你的信息；受托方只应按约定的目的处理。',
    'zh-TW': '業者委託其他公司代為處理你的資料；受託者只應依約定目的處理。',
    en: 'The company has other firms process your data on its behalf; they should only use it as instructed.',
  },
  gate: /委托|委外|受托|代表|代为|代(?:我们|本公司|我行|我方)|外包|为我们|储存|存储|保存|备份|存放|传输|传送|传递/,
  // 「受托方不得超出约定的目的处理」 is a duty laid on the recipient, not a hand-over (POLARITY.md)
  detect: (s) =>
    [
      ...hitsOf(ENTRUST, s, ['processors']),
      ...(/商/.test(s) ? hitsOf(HOSTED, s, ['processors']) : []),
      ...(s.includes('其') || s.includes('该') || s.includes('交由') ? hitsOf(HOSTED_BY_IT, s, ['processors']) : []),
      ...(s.includes('传') ? hitsOf(CARRIED_BY_IT, s, ['processors']) : []),
    ].filter(
      (h) =>
        !DEFINES.test(s) &&
        !ENTRUSTED_US.test(s) &&
        // a label that only names the topic: 「委托处理：我们会对受托者的…处理活动进行监督」
        !(h.index === 0 && /^[：:]/.test(s.slice(h.index + h.length))) &&
        !/^受托(?:方|人|者|厂商|公司|单位)?(?:应当|应依|应|不得|须|需|必须)/.test(s.slice(h.index, h.index + 8)) &&
        // 「对受托者为适当之监督」「要求受托方…」: the operator's duty towards it
        !/(?:对|要求|督促|监督)$/.test(s.slice(Math.max(0, h.index - 2), h.index)) &&
        // 「我们作为受托方仅按照客户的指示处理」: the operator is the processor, it entrusts nothing
        !/(?:我们|本公司|我方|我司|本平台)(?:仅|只)?(?:作为|是|系|担任)$|^(?:作为|担任)$/.test(
          s.slice(Math.max(0, h.index - 8), h.index),
        ) &&
        !(NAMED_ONLY.test(s.slice(h.index, h.index + 24)) && DUTY.test(s) && !HANDS_OVER.test(s)),
    ),
};
