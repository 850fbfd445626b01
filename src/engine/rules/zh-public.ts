import { hitsAfterSubject, hitsOf, type Rule, type RuleHit } from './types';
import { Prefilter } from '../prefilter';

// Shown to other people is made public (POLARITY.md), whoever the audience is: a frame of who sees, the verb of
// seeing or showing, and the user's data as what is seen.
// 「其他用户可以看到您的头像」「您的评论将对其他用户公开可见」
// (and the data made public by name: 「不会将阁下的个人资料公开」「不会在互联网上公开任何客户的个人资料」)
const PUBLIC =
  /(?:将|把)[^，,。；;]{0,20}?(?:个人信息|个人资料)(?:予以|进行)?公开|公开(?:任何|所有)[^，,。；;]{0,6}?的(?:个人信息|个人资料)|公开披露|对外公开|向社会(?:公众)?公开|向公众公开|公开(?:您|你|阁下)(?:所[^，,。；;]{0,6}?)?的|公开(?:展示|显示|分享)|公开可见|(?:其他|所有|任何)(?:用户|使用者|人)(?:都)?(?:可以|可|能够|能|将)?(?:看到|查看|看见)(?:您|你)的/g;
// the people a user's data can be shown to: other users by a qualifier (bare 用户 is the user reading; Taiwan's
// 使用者 is the mainland's 用户), and the
// parties of a deal — the landlord, the seller, the streamer, the match, a school's or a company's administrator
const OTHER_NOUNS = ['用户', '使用者', '玩家', '会员', '观众', '人', '网友', '成员', '关注者', '访客'];
const OTHERS = String.raw`(?:其他任何|其他|所有|全部|任何|平台|附近的?(?:其他)?|周边|社区|全体|别的|同城|站内)(?:${OTHER_NOUNS.join('|')})`;
/** The others named with 其他 or 所有 (「其他会员」「所有观众」), for the sentence scan: not 「其他人」, which every refusal names. */
export const OTHERS_WORDS = ['其他', '所有'].flatMap((who) =>
  OTHER_NOUNS.filter((noun) => noun !== '人').map((noun) => who + noun),
);
/** The other side of a service, who sees what it is shown (「接诊医生可查看」「派件员可查看」): the sentence scan passes them. */
export const SERVICE_AUDIENCE = [
  '派件员',
  '派送员',
  '送餐员',
  '跑腿员',
  '接单员',
  '医生',
  '医师',
  '药师',
  '护士',
  '面试官',
  // Taiwan's food courier
  '外送员',
  // a group-buying leader, a match, the person called
  '团长',
  '配对对象',
  '匹配对象',
  '被叫用户',
  '被叫方',
  // an insurance or sales agent, a consultant (「保险代理人可查看您的保单信息」)
  '代理人',
  '顾问',
  // who comes to the door or serves at the counter, who was invited, who plays in the same guild
  '保洁员',
  '家政员',
  '店员',
  '受邀人',
  '被邀请人',
  '公会成员',
  '群成员',
  '队友',
];
const PARTIES = String.raw`(?:对方|他人|别人|任何人|所有人|公众|网友|好友|粉丝|主播|卖家|买家|商家|商户|房东|业主|车主|出租人|承租人|家庭成员|家人|朋友|老师|教师|家长|同学|学生|同事|(?:应征|应聘|招聘|用人)(?:之|的)?(?:企业|单位|公司)|房客|租客|经纪人|中介|司机|驾驶|骑手|快递员|配送员|${SERVICE_AUDIENCE.join('|')}|hr|观众|听众|雇主|招聘方|猎头|(?:企业|学校|组织|机构|单位|班级|团队|社团|球队|群)管理员)`;
const AUDIENCE = `(?:${OTHERS}|${PARTIES})`;
// 「您的昵称和成绩将向其他玩家展示」「您上传的视频会向平台用户展示」 (not the 向 of 意向 or 方向)
// (and people named by any role after 向, however they are qualified: 「向参与竞拍的车商展示」「向全校师生展示」「向所有参赛用户展示」
// 「向收件人展示」 — not the user, 「向您展示」, nor the operator)
const ROLES_SHOWN = [
  '用户',
  '使用者',
  '会员',
  '观众',
  '听众',
  '网友',
  '成员',
  '访客',
  '访问者',
  '好友',
  '粉丝',
  '家长',
  '老师',
  '教师',
  '师生',
  '同学',
  '学生',
  '雇主',
  '招聘者',
  '招聘方',
  '收件人',
  '消费者',
  '买家',
  '卖家',
  '商家',
  '车商',
  '参与者',
  '参赛者',
  '公众',
  '团员',
  '邻居',
  '住户',
  '业主',
  '租客',
  '房客',
];
const ROLE_NOUNS = ROLES_SHOWN.join('|');
// (the sentence scan's words for it: the role right before the verb, 「…用户展示」「…师生显示」)
export const ROLE_SHOWN_WORDS = ROLES_SHOWN.flatMap((role) => [role + '展示', role + '显示', role + '展现']);
const TO_AUDIENCE = new RegExp(
  // (a list of audiences: 「向班级里的老师、其他家长以及班级中的学生公开」; users named by what they do: 「对浏览该商品的用户可见」)
  String.raw`(?:对|(?<![意方倾动导志走取])向)(?:[^，,。；;]{0,6}?${AUDIENCE}|(?![您你])[^，,。；;]{1,10}?的(?:用户|使用者|买家|卖家|会员|访客|网友))(?:(?:、|和|及|与|或|以及)[^，,。；;、]{0,6}?${AUDIENCE}){0,4}[^，,。；;]{0,4}?(?:公开)?(?:可见|展示|显示|公开|展现|开放)|(?<![意方倾动导志走取])向(?!您|你|我们|本公司|本平台|本人)[^，,。；;]{0,12}?(?:${ROLE_NOUNS})[^，,。；;]{0,4}?(?:公开)?(?:展示|显示|展现)`,
  'g',
);
// 「您的租房需求将展示给您咨询的房东」「匹配成功后，您的资料将展示给对方」 (Taiwan: 「顯示予受邀好友」): 展示给您 alone shows the
// user their own (and shown to whoever does the job or shares the group, 「顯示給接單之外送夥伴」「顯示給同團成員」)
const SHOWN_TO = new RegExp(
  String.raw`(?:展示|显示|展现|呈现|公开)(?:给|予)(?:(?!您|你)|(?:您|你)[^，,。；;]{0,10}?的)[^，,。；;]{0,12}?${AUDIENCE}|(?:展示|显示|展现|呈现)(?:给|予)(?!您|你|用户|使用者|本人|阁下|我们|本公司)[^，,。；;]{0,10}?(?:伙伴|成员|人员|师傅|店家|业者|厂商|商|方)(?=[，,。；;]|$|以)`,
  'g',
);
// 「主播可以看到您的昵称」「学校管理员可以查看学生的成绩」: the audience sees the data (a negated modal is not seeing)
// (「主播可在粉丝榜中看到」: where they see it between the modal and the verb; 「外送員於配送期間可查看」: when, before it)
const SEE_MODAL =
  '(?:(?:在|于)[^，,。；;]{1,8}?(?:期间|时))?(?:将|会|也|均|皆|都|即|便|就|才|方)?(?:可以|可|能够|能|得以)?(?:在[^，,。；;]{1,8}?(?:中|内|上|里))?';
const SEE = '(?:看到|看见|查看|查阅|阅览|浏览|访问|获知)';
const SEEN = String.raw`(?=[^，,。；;]{0,16}?(?:的|之)?(?:昵称|头像|照片|姓名|名称|年龄|城市|职业|资料|信息|数据|号码|电话|联系方式|通讯录|位置|地点|地址|相册|档案|联络方式|称谓|距离|简历|履历|证明|成绩|评分|信用分|记录|纪录|日志|文档|动态|账号|帐号|主页|病情|病历|病史|报告|订单))`;
const EACH_OTHER = '(?:查看|看到|交换|获取)彼此';
const SEES = new RegExp(`${AUDIENCE}${SEE_MODAL}${SEE}${SEEN}|${EACH_OTHER}`, 'g');
// 「未经您的许可，其他用户无法查看您的相册」「未經您的允許，其他會員無法看到您的聯絡電話」: an audience kept from the
// data only until the user allows it sees it once they do (a bare 「商家无法获取」 says how the service works)
const UNLESS_ALLOWED = /(?:未经|非经|没有)[^，,。；;]{0,12}?(?:同意|许可|允许|授权)/;
const WITHHELD = new RegExp(
  `${AUDIENCE}(?:均|都|也|皆|亦)?(?:无法|不能|不会|不可|不得|无权)(?:${SEE}|获取|取得|获得)${SEEN}`,
  'g',
);
// 「店家可於後台查看您的預約時段」「群組成員將能看到您的暱稱」「该代理人可以查看您的投保进度」: whoever the clause names first
// can see the user's data — anyone but the user, the operator and its staff, or a few let in only (「只有经授权的医务人员
// 才能查看」 is access control)
// (and what the user did somewhere, once let in: 「主播才能看到您在其直播间的累计消费金额」「记账App才能透过API读取您于本平台的发票资料」)
// (and what the user sent through the service, or other members' data: 「可查看您通过平台同步的既往病历」「團主可看到參與成員的
// 暱稱」「主帳號持有人可查看各成員的觀看紀錄」; after 将/会 too, 「受赠人将看到您的昵称」)
const CAN_SEE =
  /(?:可以|可|能够|能|得以|才能|才可|方能|方可|将|会)(?:(?:于|在|透过|通过)[^，,。；;]{1,8}?)?(?:查看|看到|看见|查阅|浏览|检视|读取)(?:(?:您|你|阁下)(?:的|在|于|通过|透过|所|上传|提交|填写|预留)|(?:各|其他|参与|所有|全体)(?:成员|会员|用户|学员|学生|参与者|团员)的)/g;
const NOT_AN_AUDIENCE =
  /您|你|阁下|他们|我们|我方|本公司|本平台|平台|员工|工作人员|客服|仅|只有|唯有|除|本人|自己|授权/;
// (the user's own school, doctor or employer is someone else: 「您所在学院的辅导员可以查看」)
const YOUR_OWN = /^(?:您|你|阁下)(?:的|所在的?|所属的?|就读的?|报名的?)[^，,。；;]{0,10}?的(?=[^，,。；;]{2,})/;
const canSee = (s: string) => hitsAfterSubject(CAN_SEE, s, NOT_AN_AUDIENCE, ['public'], YOUR_OWN);
// 「放入优秀作品橱窗中供其他用户浏览」: put where an audience may look
// (and the user's own audience: 「供您的好友查看」)
const FOR_AUDIENCE = new RegExp(`供(?:您的|你的|阁下的)?${AUDIENCE}(?:免费)?(?:${SEE}|观看|欣赏|参考)`, 'g');
// what the user put on a page, seen by an audience that ends the clause: 「…的作品和关注列表，其他用户均可查看」
// 「…個人檔案頁面，所有使用者皆可查看」 (the user's data named before, 您…的 or the user's page)
const SEES_LAST = new RegExp(
  `${AUDIENCE}${SEE_MODAL}${SEE}(?:(?:、|和|及)(?:下载|转发|评论|分享|收藏))*(?=[。；;]?$)`,
  'g',
);
// SEES asked backwards first: a verb of seeing with an audience right before it (a lookbehind tried only after
// such a verb), where SEES tries every audience word of the sentence; every SEES match is one of these
const SEEN_BY = new RegExp(`${SEE}(?<=${AUDIENCE}${SEE_MODAL}${SEE})${SEEN}|${EACH_OTHER}`);
// 「排行榜将展示您的游戏昵称」: a page everyone can open shows the user
// 「您的游戏昵称将会在您的个人主页、排行中进行展示」: the page named before the verb
const ON_PAGE =
  /(?:榜|榜单|个人主页|公开主页|主页|评论区|广场)[^，,。；;]{0,6}?(?:展示|显示|公开)(?:您|你)的|(?:展示|显示|公开)(?:在|于)[^，,。；;]{0,10}?(?:榜|主页|广场|论坛|作品廊|人才库|公共区域|公开区域|名单|橱窗)|(?<=(?:在|于)[^，,。；;]{0,8}?(?:榜|排行|主页|广场|论坛|公共区域|公开区域)[^，,。；;选]{0,12}?(?:中|内|上)?(?:进行)?)(?:展示|显示|公开)/g;
// 「发布时，我们会展示您的昵称、头像和发布内容」: who the user is, shown on what they post, is shown to others
const SHOWS_WHO = /(?:展示|显示|展现)(?:您|你)的[^，,。；;]{0,6}?(?:昵称|头像|用户名)/g;
// 「我们将在您的账号信息页面展示账号的IP地址归属地」: the IP location every visitor sees (shown by law since 2022)
const IP_PLACE = /(?:展示|显示|公开)[^。；;]{0,40}?ip[^。；;]{0,6}?(?:属地|归属地)/g;
// 「中奖用户的昵称及手机号码将在活动页面公示」: a public notice of who the user is
const NOTICE = /公示/g;
// 「我们会公布抽奖活动的获奖者」: the winners named in public
// 「我们会在官网公布其姓名、就读校区和成绩」「閣下的姓名將會在本公司網站上公佈」「錄取名單將於本校網頁公告」: who the user is,
// announced (not the policy's own 「公布的联系方式」 or 「修订版本将于本网站公布」, nor a list of sub-processors)
const PUBLISHED =
  /公布[^，,。；;]{0,16}?(?:获奖|获胜|中奖|得奖)(?:者|人|用户|名单)|公布(?:其|您|你|阁下)的?[^，,。；;]{0,6}?(?:姓名|昵称|照片|头像|成绩|名次)|(?:姓名|昵称|照片|头像|成绩)[^，,。；;]{0,20}?(?:公布|公告)(?!的)|(?:获奖|获胜|中奖|得奖|录取|优胜)名单[^。；;]{0,24}?(?:公布|公告)/g;
// 「將您的照片刊登於官方社群網站」「放盤資料及聯絡電話刊登於公開物業平台」: a person's data printed on a site, page or
// publication others read (Taiwan and Hong Kong print 刊登 where the mainland 发布; 发布 is as often the user posting)
// (the place named first: 「於招生文宣中刊登學生榜單及照片」; leaflets, posters and year books are places too)
const PRINTED =
  /(?:照片|相片|影像|肖像|姓名|名字|资料|电话|联系方式|联络方式|档案|成绩|作品)[^。；;]{0,30}?(?:刊登|刊载|登载|张贴)(?:于|在|至|到)[^，,。；;]{0,16}?(?:网站|网页|官网|平台|社群|社交|专页|刊物|杂志|报刊|报纸|帐号|账号|公众号|微博|页面|主页|媒体|布告栏|公布栏|橱窗|文宣|宣传单|单张|传单|海报|特刊|校刊|年报)|(?:于|在)[^，,。；;]{0,16}?(?:网站|网页|官网|平台|社群|专页|刊物|杂志|报刊|报纸|帐号|账号|公众号|页面|主页|媒体|布告栏|公布栏|橱窗|文宣|宣传单|单张|传单|海报|特刊|校刊|年报)(?:中|上|内|里)?(?:公开)?(?:刊登|刊载|登载|张贴)(?=[^，,。；;]{0,10}?(?:照片|相片|影像|肖像|姓名|名字|资料|电话|联系方式|联络方式|成绩|榜单|作品))/g;
const WHO = /昵称|手机|姓名|账号|帐号|用户名|头像/;
// (and what the user put there: 「您上传的视频」「您标注的热点」「您在发布页填写的电话」)
const OWN_ACTS = ['上传', '发布', '发表', '填写', '标注', '设置', '提交', '分享', '留下', '公开'];
const YOURS = new RegExp(
  `(?:您|你|阁下|用户|学生|成员|员工|儿童|孩子|子女|未成年人|乘客|会员)(?:的|之)|(?:您|你|阁下)[^，,。；;]{0,12}?(?:${OWN_ACTS.join('|')})的`,
);
// 「我们会将您的婚礼照片作为客片在官方公众号中展示」「将学生的照片刊登于宣传单」「把饲主的样貌上载至社交媒体」「用于门店宣传」:
// the user's picture, name or work put where the public reads — a site, an account, a leaflet, a page of the service
// (not shown to the user: 「用于向您展示个性化内容」, nor an order's own display, 「头像用于订单展示」)
const MEDIA_WORDS = [
  '网站',
  '网页',
  '官网',
  '公众号',
  '社交媒体',
  '社交平台',
  '社群',
  '小红书',
  '微博',
  '抖音',
  '视频号',
  '宣传单',
  '宣传册',
  '宣传刊物',
  '海报',
  '详情页',
  '相册',
  '名录',
  '留言墙',
  '展示墙',
  '照片墙',
  '专栏',
  // Taiwan's promotional leaflets and fan pages
  '文宣',
  '专页',
];
const MEDIA = `(?:${MEDIA_WORDS.join('|')})张?`;
const SHOWCASED = new RegExp(
  `(?:展示|显示|公开|发布|上传|上载|刊登|放|贴|分享)(?:在|于|至|到)[^，,。；;]{0,16}?(?:${MEDIA})|(?:在|于)[^，,。；;]{0,16}?(?:${MEDIA})(?:中|上|内|里)?(?:进行)?(?:公开)?(?:展示|显示|公开|刊登|发布)|作为(?:案例|客片|样片|范例)[^，,。；;]{0,16}?(?:展示|公开|发布)|用于[^，,。；;]{0,10}?(?:宣传|(?:公开|案例|门店|作品|学员)[^，,。；;]{0,4}?展示)`,
  'g',
);
const SHOWCASE_WORD = /展示|显示|公开|发布|上传|上载|刊登|宣传|放到|放在|贴到|贴在|分享于|分享在|分享至/;
/** What every SHOWCASED match holds, for the sentence scan: a public medium, a showcase, or a promotion. */
export const SHOWCASE_WORDS = [
  ...MEDIA_WORDS,
  ...['案例', '客片', '样片', '范例'].map((w) => '作为' + w),
  '宣传',
  ...['公开', '案例', '门店', '作品', '学员'].map((w) => w + '展示'),
];
// what is shown is someone: their picture, name or work (a product's picture on its page is no one's data)
const PERSON_SHOWN =
  /姓名|名字|昵称|头像|肖像|样貌|容貌|(?<![执护驾])照|相片|影像|写真|样片|客片|作品|故事|评价|成绩|排名|名次/;
const GOODS_SHOWN = /商品|产品|菜品|房源|车源|楼盘/;
const TO_THE_USER = /(?:向|为|给)(?:您|你|阁下)/;
const REFUSED_SHOWING = /(?:不会|不得|绝不|从不|并不|均不)(?:对|向)/;

// The words each pattern needs, from the sentence scan (prefilter.ts): most sentences hold none of them.
/** The data made public by name (PUBLIC's first two forms), as plain words: the sentence scan passes them too. */
export const MADE_PUBLIC_WORDS = [
  '个人信息公开',
  '个人资料公开',
  '个人信息予以公开',
  '个人资料予以公开',
  '个人信息进行公开',
  '个人资料进行公开',
  '公开任何',
  '公开所有',
];
const PUBLIC_WORDS = new Prefilter([
  ...MADE_PUBLIC_WORDS,
  '公开披露',
  '对外公开',
  '向社会',
  '向公众公开',
  '公开您',
  '公开你',
  '公开阁下',
  '公开展示',
  '公开显示',
  '公开分享',
  '公开可见',
  '看到您',
  '看到你',
  '查看您',
  '查看你',
  '看见您',
  '看见你',
]);
const WHO_WORDS = new Prefilter(['昵称', '手机', '姓名', '账号', '帐号', '用户名', '头像']);
const YOURS_WORDS = new Prefilter(
  ['您', '你', '阁下', '用户', '学生', '成员', '员工', '儿童', '孩子', '子女', '未成年人', '乘客', '会员']
    .flatMap((w) => [`${w}的`, `${w}之`])
    .concat(OWN_ACTS.map((w) => `${w}的`)),
);
const SHOW_WORD = new Prefilter(['可见', '展示', '显示', '公开', '展现', '开放']);
const SEE_WORD = new Prefilter([
  '看到',
  '看见',
  '查看',
  '查阅',
  '阅览',
  '浏览',
  '访问',
  '获知',
  '彼此',
  '检视',
  '读取',
]);
const PAGE_WORD = new Prefilter([
  '榜',
  '名单',
  '橱窗',
  '排行',
  '主页',
  '评论区',
  '广场',
  '论坛',
  '作品廊',
  '人才库',
  '公共区域',
  '公开区域',
]);
// what the user's choice in CHOSEN ends with
const CHOSEN = /(?:根据|按照|依据|依照)(?:您|你)的(?:选择|设置|设定)/;
const CHOSEN_WORDS = new Prefilter(['的选择', '的设置', '的设定']);

// A hit that starts at what is published is moved to its verb, where the polarity reads the refusal between them:
// 「屋主的姓名及联络方式不会刊登于物件页面」 (the verbs also ask first whether PUBLISHED or PRINTED can match)
const PUBLISH_VERB = /公布|公告/;
const PRINT_VERB = /刊登|刊载|登载|张贴/;
const atVerb = (s: string, hits: RuleHit[], verb: RegExp): RuleHit[] =>
  hits.map((h) => {
    const at = s.slice(h.index, h.index + h.length).search(verb);
    return at <= 0 ? h : { ...h, index: h.index + at, length: h.length - at };
  });

export const rule: Rule = {
  id: 'zh-public',
  lang: 'zh',
  kind: 'disclosure',
  priority: 25,
  severity: 'medium',
  laws: [{ law: 'PIPL', article: 25 }],
  why: {
    'zh-CN': '你的信息可能被公开，任何人都能看到。',
    'zh-TW': '你的資料可能被公開，任何人都看得到。',
    en: 'Your information may be made public for anyone to see.',
  },
  gate: /未经|非经|检视|刊登|上传|上载|发布|宣传|分享|放到|放在|贴到|贴在|刊载|登载|张贴|公开|看到|查看|查阅|阅览|看见|可见|展示|显示|公示|公布|公告|展现|呈现|浏览|访问|获知|开放|观看|欣赏|参考/,
  // 「将根据您的选择向其他用户展示」: shown as the user chooses is the user's act, not the operator's disclosure
  detect: (s, prefilters) => {
    if (CHOSEN_WORDS.mayHold(s, prefilters) && CHOSEN.test(s)) return [];
    // (or a refusal to show something to an audience: 「私密相册中的照片不会对其他任何用户展示」「寄卖人的联系方式不会向买家展示」 —
    // whose data it is goes without saying)
    const yours = (YOURS_WORDS.mayHold(s, prefilters) && YOURS.test(s)) || REFUSED_SHOWING.test(s);
    const who = WHO_WORDS.mayHold(s, prefilters) && WHO.test(s);
    return [
      // 「所收集的信息是您自行向社会公众公开的」: what the user already made public comes in, it does not go out
      ...(PUBLIC_WORDS.mayHold(s, prefilters) ? hitsOf(PUBLIC, s, ['public']) : []).filter(
        (h) => !/(?:自行|已经?|自己)$/.test(s.slice(Math.max(0, h.index - 3), h.index)),
      ),
      ...(who ? hitsOf(NOTICE, s, ['public']) : []),
      ...(PUBLISH_VERB.test(s) ? atVerb(s, hitsOf(PUBLISHED, s, ['public']), PUBLISH_VERB) : []),
      ...(s.includes('属地') ? hitsOf(IP_PLACE, s, ['public']) : []),
      ...(PRINT_VERB.test(s) ? atVerb(s, hitsOf(PRINTED, s, ['public']), PRINT_VERB) : []),
      ...(who && SHOW_WORD.mayHold(s, prefilters) ? hitsOf(SHOWS_WHO, s, ['public']) : []),
      // each pattern's verbs first, so a sentence without them is not scanned for audiences
      ...(yours && SHOW_WORD.mayHold(s, prefilters) ? hitsOf(TO_AUDIENCE, s, ['public']) : []),
      ...((s.includes('给') || s.includes('予')) && (yours || who) ? hitsOf(SHOWN_TO, s, ['public']) : []),
      ...(SEE_WORD.mayHold(s, prefilters) && SEEN_BY.test(s) ? hitsOf(SEES, s, ['public']) : []),
      ...((yours || /[您你]在|[您你]于/.test(s)) && SEE_WORD.mayHold(s, prefilters) ? canSee(s) : []),
      ...(yours && PAGE_WORD.mayHold(s, prefilters) ? hitsOf(ON_PAGE, s, ['public']) : []),
      ...(s.includes('供') ? hitsOf(FOR_AUDIENCE, s, ['public']) : []),
      ...(SHOWCASE_WORD.test(s) && PERSON_SHOWN.test(s) && !GOODS_SHOWN.test(s)
        ? hitsOf(SHOWCASED, s, ['public']).filter((h) => !TO_THE_USER.test(s.slice(h.index, h.index + h.length)))
        : []),
      ...(UNLESS_ALLOWED.test(s) ? hitsOf(WITHHELD, s, ['public']) : []),
      ...((yours || /个人(?:档案|主页|资料)/.test(s)) && SEE_WORD.mayHold(s, prefilters)
        ? hitsOf(SEES_LAST, s, ['public'])
        : []),
    ];
  },
};
