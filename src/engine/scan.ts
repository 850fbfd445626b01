import { ZH_RULES } from './rules';
import { ITEM_START } from './rules/zh-list-entry';
import { PAYMENT_BRANDS } from './rules/zh-third-party-collects';
import { TRACKERS } from './rules/zh-sdk';
import { CENTRES, CHOSEN_WORDS, RECEIVER_WORDS } from './rules/zh-share';
import { MADE_PUBLIC_WORDS, OTHERS_WORDS, ROLE_SHOWN_WORDS, SERVICE_AUDIENCE, SHOWCASE_WORDS } from './rules/zh-public';
import { WordSet } from './words';
import { GateBits } from './gates';
import { CHECK_ANCHORS } from './checklist';
import { JUDGE_WORDS } from './judge';
import { MARKETING_WORDS, PHONE } from './verdict';
import { ScannedWords } from './locate';
import { sealPrefilters } from './prefilter';

/**
 * The one scan of a Chinese sentence (an Aho–Corasick pass, words.ts): which candidate words, rule gates,
 * checklist anchors and policy-level words it holds (a bit each in the first word), and which prefilters'
 * words (the second word).
 */

const STRONG = 1;
const PARTY = 2;
const WEAK = 4;
const ROW = 8;
// Rule gates take the bits above these four, and the checklist's anchor words the bits above the gates'.
const ZH_GATES = new GateBits(ZH_RULES, 16);
export const CHECK_FIRST_BIT = ZH_GATES.nextBit;
export const ZH_GATE_BITS = ZH_GATES.bitsOf(ZH_RULES);
// and the policy-level readers' word patterns (judge.ts, verdict.ts) the bits above the checklist's
export const SCANNED = new ScannedWords(
  [...JUDGE_WORDS, PHONE, MARKETING_WORDS],
  CHECK_FIRST_BIT << CHECK_ANCHORS.length,
);
const ZH_GROUPS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [
    STRONG,
    [
      // 「不会将您的手机号用于任何第三方的电话营销」: data put to a party's marketing (zh-share)
      '用于第三方的',
      '用于第三方之',
      '用于任何第三方',
      '用于第三人',
      '用于他人的',
      '用于其他公司',
      '共享',
      '分享',
      '共用',
      '共同利用',
      '交互运用',
      '披露',
      '揭露',
      '转让',
      '委托',
      '委外',
      '受托',
      '出售',
      '售卖',
      '贩卖',
      '贩售',
      '出卖',
      '倒卖',
      '转卖',
      '卖给',
      '售予',
      '售与',
      '出租',
      // Taiwan's 租售 (rent or sell)
      '租售',
      '买卖',
      '移交',
      '转交',
      '交由',
      '交予',
      '转予',
      '送交',
      '透露',
      '代表我们',
      '代表本公司',
      '为我们',
      '代为',
      '外包',
      '合并',
      '收购',
      '重组',
      '破产',
      '报送',
      // (and reported to an authority by Taiwan's word: 「提报予监管机构」)
      '提报',
      '申报',
      '报告',
      '反馈给',
      '调取',
      '对外提供',
      '提供给',
      '提供予',
      '提交至',
      '向其提供',
      '提交给',
      // (「提交到属地车管所的考试预约系统」, Taiwan's 提交予)
      '提交到',
      '提交予',
      // a statutory exception item: 「基于您本人的合法要求而提供；」
      '而提供',
      '提供至',
      // 「您的订票信息会传送给影城」「订单资料会传送予相关餐厅」: sent on to a party, whatever its trade (zh-share's verb
      // keeps the user, the operator and servers out)
      '传送给',
      '传送予',
      '传送至',
      '发送给',
      '发送予',
      '传输予',
      // 「向星海提供您的账号信息」: the user's data as the object makes a hand-over worth reading, whoever receives it
      '提供您的',
      // 「向其他用户展示您的昵称」: shown to others is made public (POLARITY.md)
      '展示您的',
      '展示你的',
      // a statutory exception item that ends in the verb (「根据主管部门的要求而公开。」)
      '而公开',
      // the IP location shown to every visitor (「在账号信息页面展示IP属地」)
      'ip属地',
      '归属地',
      // 「您的资料将展示给对方」「房东可以看到您的电话」
      '展示给',
      '显示给',
      '公开给',
      '展示予',
      '显示予',
      '公开予',
      // 「您的照片将刊登于官方网站」: printed where others read it (zh-public)
      '刊登于',
      '刊登在',
      // (the place named first: 「於年報中刊登」)
      '中刊登',
      '上刊登',
      '内刊登',
      '刊载于',
      '登载于',
      '张贴于',
      '张贴在',
      // 「您的作品将展示于公开作品廊」「显示在排行榜上」
      '展示于',
      '展示在',
      '显示于',
      '显示在',
      '公开于',
      '公开在',
      // 「将会在您的个人主页、排行中进行展示」: the page before the verb
      '中展示',
      '中进行展示',
      '中显示',
      '上展示',
      '上显示',
      '显示您的',
      '显示你的',
      '提供你的',
      // Hong Kong's formal 閣下 (you)
      '提供阁下的',
      '提供用户的',
      // 「…会根据以下用途转移阁下的个人资料：」「下列人士可能获提供阁下的个人资料：」 (zh-share's lead-ins)
      '转移您的',
      '转移你的',
      '转移阁下的',
      '获提供',
      '传输您的',
      '发送您的',
      '公开披露',
      // the operator reporting to an authority (zh-legal): 「依法定要求向联合财富情报组举报」
      '举报',
      // 「不会将阁下的个人资料公开」「公开任何客户的个人资料」 (zh-public)
      ...MADE_PUBLIC_WORDS,
      '对外公开',
      '公开展示',
      '公开显示',
      '公开分享',
      '公开您',
      '公开你',
      '公开阁下',
      '公开可见',
      '公示',
      // 「公布获奖者名单」「錄取名單將於本校網頁公告」
      '公布',
      '名单',
      // (「得獎者之姓名將…公告於活動頁面」: announced on a page)
      '公告于',
      '公告在',
      // the others zh-public's audiences name (「向其他会员显示」「向直播间所有观众展示」), Taiwan's 使用者 (users) among them
      ...OTHERS_WORDS,
      // (「私密相册中的照片不会对其他任何用户展示」)
      '任何用户',
      '可见',
      '看到您的',
      '看到你的',
      // 「店家可於後台查看您的預約」: whoever can see the user's data (zh-public)
      '查看您的',
      '查看你的',
      // (what the user did somewhere: 「才能看到您在其直播间的消费金额」)
      '查看您在',
      '看到您在',
      '读取您的',
      '读取您在',
      '读取您于',
      '查阅您的',
      '看见您的',
      '检视您的',
      '向社会公开',
      '公众公开',
      // 「将您的婚礼照片作为客片在官方公众号中展示」「用于门店宣传」: someone's picture or name put where the public reads
      // (zh-public's SHOWCASED)
      ...SHOWCASE_WORDS,
      // 「向参与竞拍的车商展示」「向全校师生展示」: people by their role, right before the verb (zh-public's TO_AUDIENCE)
      ...ROLE_SHOWN_WORDS,
    ],
  ],
  [
    PARTY,
    [
      '第三方',
      '第三人',
      // a product named just before: 「…使用Google Analytics，該服務將透過Cookie蒐集」
      '该服务会',
      '该服务将',
      '该工具会',
      '该工具将',
      '该插件会',
      '该插件将',
      '厂商',
      // Taiwan: 物流業者, 支付業者 — a trade's operators
      '业者',
      '企业',
      '网站',
      '网路',
      '他方',
      '他人',
      '任何人',
      '人士',
      '合作',
      '关联',
      // Hong Kong: 聯屬公司 (affiliated companies)
      '联属',
      '集团',
      '商家',
      '商户',
      '门店',
      '服务商',
      '供应商',
      '提供商',
      '提供者',
      '提供方',
      '机构',
      'sdk',
      '插件',
      // Taiwan's 外掛程式 (a plug-in)
      '外挂程式',
      '软件开发工具包',
      '软件工具开发包',
      // a tracker by what it is: 「廣告追蹤碼…會蒐集」「分析工具…會收集」 (zh-sdk)
      ...TRACKERS,
      '广告',
      '政府',
      '司法',
      '行政',
      '监管',
      // a regulator by name, whose request the operator meets (zh-legal)
      '证监会',
      '主管',
      '法院',
      '公安',
      // the police by name, as Taiwan and Hong Kong say it: 「向警方提供」「警務處」
      '警方',
      '警察',
      '警务',
      '机关',
      '海关',
      '法律',
      '法规',
      '境外',
      '公司',
      '平台',
      '运营商',
      '经销',
      '中介',
      '经纪',
      '顾问',
      '销售',
      '驾校',
      '教练',
      '学校',
      '老师',
      '律师',
      '保险',
      '卖家',
      // (and who the user's data is withheld from: 「寄卖人的联系方式不会向买家展示」)
      '买家',
      // the parties of a deal a hand-over names by trade: 「推送至发卡银行」「传送至您预约之诊所」; Hong Kong's 第三者
      '银行',
      '医院',
      '诊所',
      '院所',
      '雇主',
      // a player or plug-in embedded in the operator's pages, whose maker collects (zh-third-party-collects)
      '嵌入',
      '内嵌',
      // 「配对后可以查看彼此的手机号」: the other side of a match
      '彼此',
      // 「告知被举报人」「发送给您设置的家人」
      '被举报人',
      '被投诉人',
      '家人',
      '同事',
      '其他会员',
      '其他人',
      '所有人',
      '粉丝',
      '第三者',
      '资料使用者',
      '营运商',
      // Hong Kong's network operator: 「與流動網絡營辦商的紀錄進行核對」 (zh-verify)
      '营办商',
      '驾驶',
      '车主',
      '师傅',
      '用人单位',
      '家庭成员',
      '邮政',
      '出租人',
      '承租人',
      '代理',
      '伙伴',
      '业主',
      '房东',
      '主播',
      '小程序',
      '管理员',
      'bot',
      '对方',
      '监护人',
      '快递员',
      '配送员',
      // the other side of a service who sees the user's data (zh-public's audiences)
      ...SERVICE_AUDIENCE,
      '骑手',
      '司机',
      '经纪人',
      '招聘方',
      '接收方',
      '接收者',
      '部门',
      // a hotel, as zh-third-party-collects names it (「酒店方才可获取」): a rule's party must pass the scan
      '酒店',
      // a party named by its side of a deal or an event: 「主办方」「资金方」「品牌方」
      '主办方',
      '承办方',
      '活动方',
      '品牌方',
      '运营方',
      '发行方',
      '委托方',
      '需求方',
      '资金方',
      '放款方',
      '出资方',
      '收款方',
      // a party of any name that 向…提供 reaches (zh-share's TO_PARTY): 「向奖学金捐赠人提供」「向版权方提供」
      '方提供',
      '人提供',
      ...PAYMENT_BRANDS,
      // a game's distribution channels: 「渠道方将收集您的信息」
      '渠道方',
      '渠道商',
      '联运方',
      // Hong Kong's 承讓人 (a transferee), 承辦商 (a contractor)
      '承让人',
      '受让人',
      '受让方',
      // every receiver zh-share names (a rule's receiver must pass the scan), and its institutions named …中心
      ...RECEIVER_WORDS,
      ...CENTRES.map((w) => `${w}中心`),
      // and the party the user chose or the operator entrusted, by any trade: 「同步给您所选的民宿」
      ...CHOSEN_WORDS,
    ],
  ],
  [
    WEAK,
    [
      '提供',
      // 「您的…不会向招聘方展示，除非您选择公开」: 公开 with a party is worth reading, as 提供 with one is
      '公开',
      '收集',
      '搜集',
      '采集',
      '获取',
      '获得',
      '取得',
      '看到',
      '看见',
      '查阅',
      '阅览',
      '获知',
      '知晓',
      '调用',
      '上传',
      '推荐给',
      // a lead handed out: 「将留资信息分配给就近的经销商」
      '分配给',
      '分派给',
      '转派给',
      // Taiwan's 予 for 给
      '推荐予',
      '分配予',
      '分派予',
      '转派予',
      '介绍予',
      '发予',
      '投递',
      '开放',
      '发给',
      '给到',
      '交给',
      '转给',
      '转介',
      '转送',
      '通报',
      '告诉',
      '介绍给',
      '授权给',
      '存取',
      '接触',
      '收到',
      '放置',
      '设置',
      '写入',
      '传输',
      // an ad conversion sent back to the platform that placed the ad: 「回传给投放渠道」「向广告平台回传」
      '回传',
      '转移',
      '移转',
      '利用',
      '传给',
      '传予',
      '传送',
      '传递',
      '提交',
      '发送',
      '同步',
      '推送',
      '告知',
      '联系',
      '联络',
      '拨打',
      '交易',
      '使用',
      '处理',
      '识别',
      '核验',
      '核实',
      '核对',
      '比对',
      '校验',
      '验证',
      '查看',
      '访问',
      '接收',
      '交流',
      '交换',
      '揭示',
      '交付',
      // data kept with a provider (zh-entrust): 「儲存於…服務供應商所管理的伺服器」 (the verb with its 于/在/至: the bare
      // verb is in every storage chapter, and cost the bench 8 %)
      '储存于',
      '存储于',
      '储存在',
      '存储在',
      '保存于',
      '保存在',
      '储存至',
      '存储至',
      '存放于',
      '存放在',
      // (kept by a host named before: 「对话记录会由其存储」)
      ...['存储', '储存', '保存', '存放', '代为'].map((w) => '由其' + w),
    ],
  ],
  [
    ROW,
    [
      '名称：',
      '名称:',
      '目的：',
      '目的:',
      '类型：',
      '类型:',
      '字段：',
      '字段:',
      '用途：',
      '用途:',
      '主体：',
      '主体:',
      '有限公司',
      '科技',
      // (an SDK directory's row flattened to cells: 「羊城通  羊城通SDK  充值  手机号码」)
      'sdk',
    ],
  ],
  ...ZH_GATES.groups,
  ...CHECK_ANCHORS.map((words, k): [number, readonly string[]] => [CHECK_FIRST_BIT << k, words]),
  ...SCANNED.groups,
];

// Most sentences name no disclosure at all. A candidate has a disclosure verb of its own, or a weaker verb
// (提供, 收集, 发送…) together with someone to receive, or the shape of an SDK-table row. Every rule's triggers
// must pass here: test/unit/engine/rule-cases.ts runs each must-fire sentence through audit().
// Built at the first scan, once every module's prefilters exist (a prefilter made after that throws).
let zhWordSet: WordSet | null = null;
const wordSet = (): WordSet => (zhWordSet ??= new WordSet(ZH_GROUPS, sealPrefilters()));

/** The word bits of a Chinese sentence inside the folded text: a sentence without candidate words needs no slice. */
export const zhWords = (folded: string, start: number, end: number): number => wordSet().scan(folded, start, end);

/** The prefilter bits (prefilter.ts) the last zhWords() scan found. */
export const zhPrefilters = (): number => wordSet().high;

/** Whether the scan found any disclosure verb, party or table-row word at all. */
export const zhNames = (found: number): boolean => (found & (STRONG | PARTY | WEAK | ROW)) !== 0;

export function zhCandidate(found: number, s: string): boolean {
  return (
    (found & (STRONG | ROW)) !== 0 ||
    (found & (WEAK | PARTY)) === (WEAK | PARTY) ||
    // an enumerated item that names a party alone (zh-list-entry's transferee lists)
    ((found & PARTY) !== 0 && ITEM_START.test(s))
  );
}
