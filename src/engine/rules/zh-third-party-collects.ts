import { atRefusedVerb, hitsAfterSubject, hitsOf, type Rule, type RuleHit } from './types';
import { mapped } from '../arrays';
import { WHY } from './why';
import { Prefilter } from '../prefilter';

// A third party that "may collect/obtain your …" inside the operator's service gets the data first-hand
// (and a product named just before, 「…使用Google Analytics，該服務將透過Cookie蒐集」: 该服务 is that party).
// 「从第三方获取」: a party word after 从/自/由/向 is where data comes from (hitsOf's notAfter, not a lookbehind)
const NOT_AFTER = new Set(Array.from('从自由向', (c) => c.charCodeAt(0)));
// The verb and what follows it, which every match ends with: a sentence without it is not searched for the party
// and modal before it (the two lazy windows backtrack through every party word of the sentence).
const VERB =
  /(?:收集|搜集|获取|取得|采集|接收|获得|查看|看到|调用(?![^，,。；;]{0,12}权限)|知悉|获知|知晓|知道|访问|存取|接触|收到|放置|使用|识别|核验|同步|(?:您|你)提供)(?:到)?(?:[、,和及与或]{1,2}(?:使用|存储|储存|保存|处理|分析|收集|获取|采集|传输)){0,3}(?!(?:您|你)的?(?:单独|明确|明示)?(?:同意|授权|许可|确认))(?=(?:诸如|例如|包括)?(?:您|你|阁下|用户|的|部分|个人|相关|上述|以下|真实|姓名|手机|设备|位置|cookie|资料|资讯|信息|数据|广告\s?(?:id|标识)|oaid|idfa|imei|android\s?id|mac地址))/;
// (the verbs alone, to find where a refused one starts inside a hit)
const COLLECT_VERB = /收集|搜集|获取|取得|采集|接收|获得|查看|看到|调用|获知|访问|存取|收到|放置|使用|同步/g;
const VERB_WORDS = new Prefilter([
  '收集',
  '搜集',
  '获取',
  '取得',
  '采集',
  '接收',
  '获得',
  '查看',
  '看到',
  '调用',
  '知悉',
  '获知',
  '知晓',
  '知道',
  '访问',
  '存取',
  '接触',
  '收到',
  '放置',
  '使用',
  '识别',
  '核验',
  '同步',
  '您提供',
  '你提供',
]);
// payment companies named by brand: 「财付通会收集您的银行预留手机号」 (the sentence scan's party words too)
export const PAYMENT_BRANDS = [
  '支付宝',
  '财付通',
  '微信支付',
  '盛付通',
  '银联',
  '云闪付',
  '快钱',
  '连连支付',
  '易宝支付',
  '拉卡拉',
];
const COLLECTS = new RegExp(
  `(?:第三方|第三人|第三者|合作伙伴|合作方|合作(?:银行|券商|机构|医院|商户|商家|公司|厂商)|协力厂商|(?<!本)酒店|(?<!本)宾馆|联播网|(?:该等|此类|这些|上述)(?:工具|插件|代码|服务)|该(?:服务|工具|插件|组件|程式)(?=会|将|可能|可)|广告伙伴|外送伙伴|快递员|配送员|送递员|渠道方|渠道商|联运方|${PAYMENT_BRANDS.join('|')}|(?:物流|配送|快递|承运)(?:公司|企业|机构|商|方)|骑手|司机|驾驶|经纪人|招聘方|(?<![本该])业者|(?:保洁|家政|维修|安装|上门)(?:员|人员|师傅)|卖家|服务商|服务提供商|供应商|广告主|广告平台|商家|运营商|支付机构|认证机构|小程序|提供者|管理员|经销商|转销商|承办商|承包商|(?<!本)机构|(?<!本)门店|bot|广告网路|广告网络|第三方服务提供商|关联(?:公司|方|app|产品|平台)|(?:资讯|信息|系统|技术|维运|维护|委外|外包)(?:服务)?厂商|(?:委外|外包|外判)[^。；;，,]{0,4}?(?:客服中心|服务供应商|服务商)|客服中心)[^。；;从]{0,30}?(?:可能|可以|(?<![仅只])可|会|将|需要|(?<![所必])需|能够|才能|(?<![仅只])能|无法)[^。；;]{0,24}?${VERB.source}`,
  'g',
);
// 「主播可以获取您的收货电话」「合作健身品牌可透過本平台取得您的電子郵件」: whoever the clause names first obtains the user's
// data — not the user, the operator, its staff or a few let in, nor a permission, feature or device of the app
const CAN_GET =
  /(?:可以|可|能够|能|得以)(?:(?:于|在|通过|透过|经由)[^，,。；;]{1,10}?)?(?:获取|取得|获得)(?:您|你|阁下)的/g;
const NOT_A_PARTY =
  /您|你|阁下|他们|我们|我方|本公司|本平台|员工|工作人员|客服|仅|只有|唯有|除|本人|自己|授权|权限|功能|应用|程序|系统|设备|手机|终端|浏览器|客户端|软件|页面|网站|本|此|该/;
const canGet = (s: string) => hitsAfterSubject(CAN_GET, s, NOT_A_PARTY);
// Whoever will call or text you has your number (「合作伙伴会向您发送营销短信」, not an ad pushed in an app): dealers, agents, schools, advisers — the trades behind precision spam
// calls (cars, real estate, education, loans) — 「经销商将…与您取得联系」.
const CONTACTS =
  /(?:商家|商户|门店|经销商|厂商|业者|4s店|合作方|合作伙伴|第三方|服务商|服务提供商|机构|卖家|中介|经纪人|顾问|销售人员|驾校|教练|学校|老师|律师|保险公司|金融机构|贷款机构|券商|证券公司|银行|理财|装修|房产|培训机构|教育机构)[^。；;]{0,24}?(?:与(?:您|你)(?:取得)?(?:联系|联络)|(?:联系|联络)(?:您|你)|致电(?:您|你)|(?:电话|短信)(?:联系|告知|通知)(?:您|你)|(?:向|给)(?:您|你)(?:的(?:手机号码?|手机|电话号码?))?(?:发送|拨打)[^，,。；;]{0,10}?(?:短信|电话|彩信|营销信息|推广信息|优惠信息))/g;
// 「您的银行卡信息由微信支付直接收集」「您的信用卡資料將由該業者直接蒐集」: collected by the party 由 names (the agent of a
// passive, not a source: 「由第三方提供的信息」 holds no collecting verb)
// (and kept or processed there: 「您的付款資料將由第三方支付服務商處理」「將由該接口提供方處理並生成回覆」「由委外客服中心存取」
// — a processor is a recipient, POLARITY.md)
const COLLECTED_BY = new RegExp(
  `由(?:该|其|此|上述|相关)?(?:第三方|合作(?:伙伴|方|银行|商户|商家|公司|厂商)|业者|厂商|服务商|服务提供商|供应商|支付机构|运营商|(?:接口|服务|技术)?提供方|(?:外部|委外|外包|外判)[^，,。；;]{0,6}?(?:公司|中心|厂商|服务商)|${PAYMENT_BRANDS.join('|')})[^，,。；;]{0,8}?(?:直接)?(?:收集|搜集|采集|处理|存储|储存|保存|存取)(?!的|之)`,
  'g',
);
// Third-party cookies and tags set on the operator's pages collect browsing data for their owners.
const COOKIES =
  /第三方[^。；;]{0,30}?(?:放置|设置|写入)|第三方(?:[^。；;，,]{0,6}?的)?\s*cookie[^。；;]{0,20}?(?:收集|搜集|追踪|识别)/g;
// 「第三方廣告網絡透過Cookie收集閣下的瀏覽資料」 — not 「我们和第三方合作伙伴可能通过cookie收集」, which describes cookies
const COOKIES_VIA = /第三方[^。；;，,]{0,8}?(?:透过|通过|使用|利用)\s*cookie[^。；;]{0,12}?(?:收集|搜集|追踪|识别)/g;

// a tool the operator uses or embeds, named in Latin letters, collecting by itself after a comma: 「我们使用 Google
// Analytics 分析流量，Google 会通过 cookie 收集…」「本网站嵌入 YouTube 视频，…YouTube 可能收集…」 (the operator names
// itself before the tool, so the subject after the comma is the tool's maker, not the operator)
const TOOL_COLLECTS =
  /(?<![您你])(?:使用|嵌入|内嵌|接入|整合|集成)了?\s?[a-z][^。；;]*?,(?:[^。；;,]{0,12}?(?:时|后),?)?\s?[a-z][\w.-]*(?:\s[a-z][\w.-]*)?\s?(?:会|将|可能|亦|也|可)[^。；;,]{0,12}?(?:收集|搜集|获取|取得|采集)/g;

const COOKIE = /cookie|beacon|标识符|像素|pixel|同类技术/;
const COOKIE_WORDS = new Prefilter(['cookie', 'beacon', '标识符', '像素', 'pixel', '同类技术']);
// every TOOL_COLLECTS match holds one of these
const TOOL_WORDS = new Prefilter(['使用', '嵌入', '内嵌', '接入', '整合', '集成']);
// every contact phrase holds one of these
const CONTACT_WORDS = new Prefilter(['联系', '联络', '致电', '短信', '电话', '彩信']);

const PARTY_WORD =
  /第三方|第三人|第三者|合作|广告伙伴|卖家|服务商|服务提供商|广告|商家|运营商|支付机构|认证机构|小程序|提供者|管理员|经销商|关联/;

/** 「当您使用第三方服务时，第三方服务提供商将获得…」: the party that acts is the one after the last comma, if any. */
function lastParty(s: string, h: RuleHit): RuleHit {
  const match = s.slice(h.index, h.index + h.length);
  const comma = Math.max(match.lastIndexOf('，'), match.lastIndexOf(','));
  if (comma < 0) return h;
  const at = match.slice(comma + 1).search(PARTY_WORD);
  if (at < 0) return h;
  const cut = comma + 1 + at;
  return { index: h.index + cut, length: h.length - cut };
}

export const rule: Rule = {
  id: 'zh-third-party-collects',
  lang: 'zh',
  kind: 'disclosure',
  // below zh-share: where the operator hands the data over in the same sentence (「我们可能将您的手机号码共享给营销合作
  // 伙伴，其可能通过电话联系您」) the hand-over is what the finding says, the partner's call its consequence
  priority: 8,
  severity: 'medium',
  laws: [{ law: 'PIPL', article: 23 }],
  why: WHY.thirdPartyCollects,
  gate: new RegExp(
    `第三方|第三人|第三者|合作|伙伴|渠道|联运|${PAYMENT_BRANDS.join('|')}|物流|配送|快递|承运|协力厂商|酒店|宾馆|联播网|送递员|骑手|司机|驾驶|招聘方|业者|保洁|家政|维修员|维修人员|维修师傅|安装员|安装人员|安装师傅|上门员|上门人员|上门师傅|服务商|提供商|供应商|广告|商家|商户|门店|运营商|机构|小程序|提供者|管理员|经销|转销|承办|承包|卖家|中介|经纪|顾问|销售|驾校|教练|学校|老师|律师|保险|bot|关联|该服务|该工具|该插件|该组件|该程式|厂商|客服中心|cookie|嵌入|内嵌|接入|整合|集成|获取您的|取得您的|获得您的`,
  ),
  detect: (s, prefilters) => [
    ...(s.includes('的') ? canGet(s) : []),
    // 「从第三方渠道获取」 is the operator collecting; 「第三方…我们获取」 has the operator as the subject
    ...(VERB_WORDS.mayHold(s, prefilters) && VERB.test(s)
      ? atRefusedVerb(
          s,
          mapped(hitsOf(COLLECTS, s, undefined, NOT_AFTER), (h) => lastParty(s, h)),
          COLLECT_VERB,
        )
      : []
    ).filter(
      (h) =>
        // (「向我行的合作伙伴收集」: the party after 向 is asked, as after 从)
        !/从|自|来自|向(?!您|你)[^，,。；;]{0,4}$/.test(s.slice(Math.max(0, h.index - 6), h.index)) &&
        !/(?<!代表|代|替)(?:我们|我行|我方|本公司)(?!的?(?:页面|网站|网页|应用|app|产品|服务|平台))/.test(
          s.slice(h.index, h.index + h.length),
        ) &&
        // 「解除第三方账号的绑定」 is the user's own login, not a third party collecting
        !/^第三方(?:账号|帐号|账户|帐户)/.test(s.slice(h.index, h.index + 6)) &&
        // what a party cannot do is a safeguard's effect (「以便授权合作伙伴无法识别您的身份」), unless the user's leave
        // lifts it (「未经您的授权，合作门店无法查看您的完整手机号码」); any party barred is moved to its verb, a refusal
        !(
          s.slice(h.index, h.index + h.length).includes('无法') &&
          !/未经|除非|没有(?:您|你)|未获|未取得|未得到/.test(s.slice(0, h.index))
        ) &&
        // 「我们和第三方合作伙伴可能通过cookie收集」 describes cookies, which their own section covers
        !(/cookie|web\s*beacon/.test(s) && /我们(?:和|或|及)/.test(s.slice(Math.max(0, h.index - 6), h.index))),
    ),
    // 「第三方代表我们放置的cookie」; without cookie words 「第三方账号…设置」 is a settings page
    ...(COOKIE_WORDS.mayHold(s, prefilters) && COOKIE.test(s) ? hitsOf(COOKIES, s) : []),
    ...(s.includes('cookie') && !/我们(?:和|或|及|与)/.test(s) ? hitsOf(COOKIES_VIA, s) : []),
    ...(CONTACT_WORDS.mayHold(s, prefilters) ? hitsOf(CONTACTS, s) : []),
    ...(s.includes('由') ? hitsOf(COLLECTED_BY, s) : []),
    ...(TOOL_WORDS.mayHold(s, prefilters) ? hitsOf(TOOL_COLLECTS, s) : []),
  ],
};
