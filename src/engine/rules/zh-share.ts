import { groupHits, hitsOf, type Rule } from './types';
import { WHY } from './why';
import { Prefilter } from '../prefilter';

/** Every word made of one of `heads` followed by one of `tails`. */
const joined = (heads: readonly string[], tails: readonly string[]) => heads.flatMap((h) => tails.map((t) => h + t));
const TO = ['给', '予', '至', '到'];

// The operator itself receives nothing it hands over, unless the words go on to its group, partners or vendors
// (「提交给我们的支付服务提供商」 goes out).
// (「向我们和第三方金融机构提供」 reaches the third party too, 「提供给我们在海外的关联公司」 the affiliate)
const US = String.raw`(?:我们|我行|我方|本公司)(?![^，,。；;]{0,12}?(?:委托|委外|委聘|委任|聘用|聘请)[的之])(?!以外|之外|外的)(?![和及与、或][^，,。；;]{0,12}?(?:第三方|第三人|合作|机构|公司|商家))(?![的之]?(?:集团|关联|关系企业|联属|合作))(?![^，,。；;]{1,8}?[的之](?:集团|关联|关系企业|联属))(?![的之][^，,。；;]{0,10}?(?:服务商|服务提供商|供应商|提供商|厂商|伙伴|机构|公司|企业|审计师|会计师|律师|顾问|代理|承办商|承包商))`;

// who receives a hand-over named by its trade: the parties of a deal (riders, drivers, recruiters, landlords, banks,
// hospitals, insurers, customs) as much as companies and partners; Taiwan's 關係企業, Hong Kong's 第三者 and 資料使用者
/** Who receives, by name or trade, as plain words: the sentence scan must let each through (a test asks). */
export const RECEIVER_WORDS = [
  '第三方',
  '第三人',
  '第三者',
  '合作',
  '公司',
  '企业',
  '单位',
  '组织',
  '集团',
  '机构',
  '关联',
  '关系企业',
  '联属',
  '提供方',
  '提供者',
  '提供商',
  '服务商',
  '供应商',
  '商家',
  '商户',
  '厂商',
  '业者',
  '伙伴',
  '学校',
  '管理员',
  '监管',
  '政府',
  '机关',
  '部门',
  '监护人',
  '家长',
  '教师',
  '老师',
  '银行',
  '医院',
  '医生',
  '医师',
  '院所',
  '诊所',
  '药房',
  '保险',
  '海关',
  '骑手',
  '外送员',
  '司机',
  '快递员',
  '配送员',
  '招聘方',
  '雇主',
  '房东',
  '经纪人',
  '中介',
  '资料使用者',
  '承让人',
  '受让人',
  '受让方',
  '持有方',
  '持有者',
  '承办商',
  '承包商',
  // Hong Kong's outsourced contractor: 「轉移予…的外判電話中心」「外判服務商」
  '外判',
  '任何人',
  '他人',
  '人士',
  '出售方',
  '销售方',
  '卖方',
  '经销商',
  '代理',
  '运营商',
  '营运商',
  '邮政',
  '邮局',
  '师傅',
  '门店',
  '网点',
  '驿站',
  '代收点',
  // the tax authority a charity or an employer files with: 「上傳至財政部稅務入口網」「報送國稅局」
  '财政部',
  '内政部',
  '税务',
  '国税局',
];
/** Institutions named …中心 that receive (体检中心, 征信中心), not 个人中心 or 数据中心. */
export const CENTRES = ['体检', '检测', '检验', '呼叫', '征信', '客服', '医疗', '鉴定', '认证', '促销', '电销'];
const RECEIVER = String.raw`(?:${RECEIVER_WORDS.join('|')}|(?:${CENTRES.join('|')})中心|广告(?:主|商|平台|联盟|网络))`;
// 「提供给您」 serves the user; 「发送给您所选择的支付机构」「传送至您选定之医疗院所」 reaches the party the user chose, and
// 「提供给您以外的任何人」 anyone but the user; so does a party named after what the user does, whatever the verb
// (「提供予您所應徵之徵才企業」「提供予您欲轉入之電信業者」: the receiver's trade right after 的/之)
const YOU = String.raw`(?:您|你)(?!(?:本人)?(?:以外|之外|外的))(?!的(?:好友|朋友|家人|亲友|紧急联系人|联系人|监护人|家长|[^，,。；;]{0,8}?${RECEIVER})|所?(?:未|没有)?(?:选择|指定|选定|选|委托|聘请|申请|投递|预约|预订|购买|咨询|关注|授权|同意|访问|使用|设置|设定|填写|添加|绑定|预留|登录|登入|注册|在)[^，,。；;]{0,12}[的之]|[^，,。；;]{1,8}?[的之][^，,。；;]{0,4}?${RECEIVER})`;

// the party the user chose (「同步给您所选的酒店」) or the operator entrusted (「传输至我们委托的冲印工厂」) receives, named by any trade
// (and whom the user named or let in: 「同步给您指定的紧急联系人」「推送给您授权的物业管理中心」)
const CHOSE = ['选择', '选定', '选中', '选', '预订', '预约', '投递', '购买', '指定'];
// the user's right to have data moved (「您有权要求我们将您的个人信息转移至您指定的其他个人信息处理者」): a right, no hand-over
const PORTABILITY = /有权|(?:请求|要求)(?:我们|本公司|我方)?将|可携/;
const OWN_THING =
  /^[^，,。；;]{0,8}?(?:指定|授权|选择|绑定)的(?:其他)?(?:设备|终端|手机|电脑|邮箱|账号|帐号|账户|帐户|手表|云盘|网盘|存储)/;
const CHOSEN = String.raw`(?:(?:您|你|阁下)所?(?:${CHOSE.join('|')})|(?:我们|我方|本公司)?(?:委托|委外))[^，,。；;]{0,12}?[的之]`;
/** The words a CHOSEN party starts with, as plain words: the sentence scan must let them through. */
export const CHOSEN_WORDS = [
  ...joined(['所'], CHOSE),
  ...joined(CHOSE, ['的', '之']),
  ...joined(['委托', '委外'], ['的', '之']),
];

// 「共享」「对外提供」「披露」 and 「向/与…提供」 with a party in between: 提供 alone is everywhere (「为您提供服务」).
// 「将消费记录告知其监护人」: a minor's records told to a parent (anti-addiction rules in games)
// 「传输给…有限公司」「同步到…第三方系统」: a hand-over when a company or party is where it goes
// 「公共或共享设备的用户」「与他人共用电脑」: a device the user shares with others, not data the operator shares (its
// identifiers and information are data: 「共享设备信息」「共享设备标识符」)
const SHARED_DEVICE = String.raw`(?!的?(?:设备|电脑|计算机|终端|手机|装置)(?!信息|数据|资料|标识|识别|指纹|特征|型号|参数|名称|品牌|厂商|版本|类型|属性|配置|状态|环境|日志|记录|位置|id|号|码|序列))`;
const SHARE = new RegExp(
  String.raw`告知(?:其|您的|你的)?(?:法定)?监护人|告知(?=(?:给)?(?:任何|其他)?(?:第三方|第三人|第三者|他人|其他人))|(?:告知|告诉)(?<!向您告知|向你告知|向您告诉)(?!接收|受让|(?:您|你)(?![^，,。；;]{0,4}的)|用户)(?=[^，,。；;]{0,8}?(?:商家|商户|被举报人|被投诉人|家人|亲属|同事|工作单位|单位|学校|家长|雇主|机构))|转介(?:予|至)|(?:申报|通报|呈报|提报|上报)(?:给|予|至)(?!您|你|${US})|(?:通报|转送|送交|提报)(?=[^，,。；;]{0,8}?(?:机关|部门|机构|单位|主管|调查局|税务局|警察局|公安局|${RECEIVER}))|(?:交付(?![给予至到])|交由(?!${US})(?![^，,。；;]{0,30}?(?:比对|核验|核实|验证|认证)))(?=[^，,。；;]{0,10}?${RECEIVER})|(?:共享|共用)${SHARED_DEVICE}|共同利用|交互运用|揭露|分享给|分享至|分享予|分享(?=您|你|任何)|对外提供(?![^，,。；;]{0,12}?结果)|(?<!公开)披露|转交|移交|透露|报送|(?:交|转)予(?!${YOU}|${US})|(?:提供(?:给|予|至)|传输?(?:给|予))(?!${YOU}|${US})|(?:传送|传递|提交|发送|交付)(?:给|予|至|到)(?!${YOU}|${US}|(?:您|你)的(?:计算机|电脑|设备|终端|手机|浏览器))(?!(?:(?!第三方|合作|提供商|服务商|供应商)[^，,。；;]){0,12}(?:服务器|云端))|(?:传输|同步|转移|移转|上传|推送|揭示|交换|回传)(?:给|予|至|到)(?=[^，,。；;]{0,16}?(?:(?<!本)${RECEIVER}|本集团[的之内]|本集团旗下)|${CHOSEN})`,
  'g',
);
// (「交由公安部门的平台比对」 is an identity check: zh-verify says so)
// (「学术研究机构…对外提供学术研究或描述的结果时，对结果中所包含的个人信息进行去标识化处理的；」, the statutory item, has
// the institution publish its results: no hand-over by the operator)
// a word of each SHARE alternative: the sentences holding none (most of those with a bare 提供) are not searched
const SHARE_WORDS = new Prefilter([
  '告知',
  '告诉',
  '转介予',
  '转介至',
  ...joined(['申报', '呈报', '上报'], ['给', '予', '至']),
  '通报',
  // (Taiwan's 提报, reported to an authority: 「提报予监管机构」)
  '提报',
  '转送',
  '送交',
  '交予',
  '转予',
  '交付',
  '交由',
  '共享',
  '共用',
  '共同利用',
  // Taiwan's financial groups: 「子公司間得為共同行銷之目的而交互運用客戶之姓名」
  '交互运用',
  '揭露',
  ...joined(['分享'], ['给', '至', '予', '您', '你', '任何']),
  '对外提供',
  '披露',
  '转交',
  '移交',
  '透露',
  '报送',
  ...joined(['提供'], ['给', '予', '至']),
  '传给',
  '传予',
  ...joined(
    ['传输', '传送', '传递', '提交', '发送', '同步', '转移', '移转', '上传', '推送', '揭示', '交换', '回传'],
    TO,
  ),
]);
// 「把您的手机号发给快递公司」「推荐给合作的贷款机构」「将留资信息分配给就近的经销商」 (a lead handed out): everyday verbs with 给
// (and the spoken 给到 alone: 「把您的手机号给到合作的装修队」)
// (or Taiwan's 予), read only where 给 is (a regex of its own: as
// alternatives of SHARE their one-character starts cost a try at every 发/交/转 of every sentence)
const GIVE = new RegExp(
  String.raw`(?:(?:发|交|转|推送|推荐|投递|开放|授权|转发|反馈|转介|介绍|引荐|分发|派发)[给予]|给到)(?!(?=您|你)(?!${CHOSEN})(?!(?:您|你)的)|${US})|(?:分配|分派|转派)[给予](?!您|你|用户|${US})`,
  'g',
);
// 「向星海提供您的账号信息」「向当地政府提供您的信息」: what makes 提供 a disclosure is its object, the user's data, going to
// anyone but the user — a brand or an institution needs no 公司/方/商 suffix (issue 14).
// (the people whose data it is, by their role: 「向社會福利署提交服務使用者的基本資料」「向任何出版社提供讀者資料」)
const OWNERS_LIST = [
  '会员',
  '客户',
  '顾客',
  '病人',
  '患者',
  '学生',
  '住客',
  '旅客',
  '读者',
  '乘客',
  '持卡人',
  '申请人',
  '陈情人',
  '员工',
  '家长',
  '租客',
  '业主',
  '捐款人',
  '求职者',
  '服务使用者',
  '使用者',
  '消费者',
];
const OWNERS = OWNERS_LIST.join('|');
const TO_ANYONE = new RegExp(
  String.raw`(?:向|给)(?!您|你|用户|${US})[^，。；;：:,、]{1,24}?(?:提供|披露|传输|发送|提交|报送|申报|透露|展示|显示)(?=了?(?:您|你|阁下|用户|儿童|孩子|${OWNERS})(?:的|之)?[^，,。；;]{0,16}?(?:信息|数据|资料|资讯|号码|手机号|账号|帐号|位置|记录|地址|姓名|证件|昵称|头像|照片|简历|病历|邮箱|电话))`,
  'g',
);
// the verb right before the user's data (or 了): what every TO_ANYONE match holds
const TO_ANYONE_WORDS = new Prefilter(
  joined(
    ['提供', '披露', '传输', '发送', '提交', '报送', '申报', '透露', '展示', '显示'],
    ['了', '您', '你', '阁', '用', '儿', '孩', ...OWNERS_LIST],
  ),
);
// 「提供您的个人信息给第三方」「传输上述信息给第三方服务商」「提供您的姓名及聯絡方式予合作夥伴」: the object between the verb and
// where it goes, by the word it ends with
const OBJECT_ENDS = [
  '信息',
  '数据',
  '资料',
  '资讯',
  '号码',
  '手机号',
  '记录',
  '联系方式',
  '联络方式',
  '电话',
  '地址',
  '邮箱',
];
const OBJECT_TO = new RegExp(
  String.raw`(?:提供|传输|传送|发送|披露|提交|转交|转移|移转|共享|分享|采集|收集)(?:您|你|用户)?的?[^，,。；;：:]{0,16}?(?:${OBJECT_ENDS.join('|')})(?:给|予|至|到)(?!您|你|${US})(?=[^，,。；;]{0,16}?${RECEIVER})`,
  'g',
);
// A statutory exception item that itself says the operator hands data over (POLARITY.md: 「基于您本人的合法要求而提供；」
// is shares, 「与国家安全有关的；」 is not): the verb ends the item with no object, the data being the list's subject.
// (「应您的监护人合法要求而提供您的信息；」「符合与您签署的协议…约定所提供。」: the data named after the verb, or 所 before it)
// (and the item closed by 的: 「基于您本人的合法要求而提供的；」)
const ITEM_END = /[而所](?:提供|披露|共享|公开)(?:(?:您|你|阁下)的(?:个人)?(?:信息|资料))?(?=的?[；;。，,]?$)/g;
// (Taiwan's item that ends in 「…者」, the case in which data is provided to an authority or at its demand: 「依法律規定須向
// 司法或行政機關提供者」「並經司法機關依法要求提供者」 — not a provider, 「醫療服務提供者」)
const ITEM_DEMANDED = /(?:机关|法院|部门|政府|要求)[^，,。；;]{0,4}?(提供|披露|揭露)(?=者[；;。]?$)/;
const ITEM_END_ZHE = /者[；;。]?$/;
// Sending data abroad is where it is kept unless a recipient is named (POLARITY.md): 「向境外传输」 alone is not a
// hand-over, while PIPL art. 39's notice 「告知境外接收方的名称…并取得您的单独同意」 is one, judged like any other.
const ABROAD = /(?:向境外|跨境|出境|国际)(?:提供|传输|转移|传送)?/g;
const NAMED = /接收方|接收者|第三方|第三人|公司|机构|合作/;
const NAMED_WORDS = new Prefilter(['接收方', '接收者', '第三方', '第三人', '公司', '机构', '合作']);
// Taiwan's PDPA passive: 「您的個人資料將由本公司及合作廠商利用」 — the data used by a party outside the operator
const USED_BY = new RegExp(
  String.raw`(?:由|被)(?!您|你)[^，,。；;]{0,20}?(?:第三方|第三人|合作|关系企业|关联|联属|厂商|业者|伙伴|供应商|服务商|企业|机构|公司|招聘)[^，,。；;]{0,12}?(?:共同)?(?:利用|使用|处理|用于|查看|获取|收集)|由其(?:负责)?(?:储存|存储|保存)?(?:及|和|与|并)?(?:处理|利用|使用|储存|存储|保存)`,
  'g',
);
const USED_BY_WORDS = new Prefilter(['由', '被']);
const DATA = /资料|信息|资讯|数据|简历|号码|照片|记录|文件/;
const DATA_WORDS = new Prefilter(['资料', '信息', '资讯', '数据', '简历', '号码', '照片', '记录', '文件']);
// 「您的求职信息将对招聘方可见」: visible to a party is given to it
const VISIBLE = new RegExp(
  String.raw`对(?!您|你|自己|本人|${US})[^，,。；;]{1,12}?(?:方|商|构|司|伙伴|企业)(?:公开)?可见`,
  'g',
);
// 「通过短信服务商向您发送验证码」「透過簡訊服務商發送驗證碼至您的手機」: the vendor that sends the message has the number
const VIA_VENDOR =
  /(?:通过|透过|经由)[^，,。；;]{0,12}?(?:服务商|服务提供商|供应商|第三方|运营商|合作方)[^，,。；;]{0,6}?(?:向(?:您|你)(?:发送|推送)|(?:发送|推送)[^，,。；;]{0,12}?(?:至|到|给)(?:您|你))/g;
// Taiwan's PDPA: 「於特定目的外利用或提供您的個人資料」 — use or provision beyond the purpose it was collected for
const BEYOND_PURPOSE = /特定目的(?:之|以)?外[^，,。；;]{0,6}?(?:提供|揭露|传输|移转|利用)/g;
// Taiwan's PDPA art. 8 notice: 「利用對象：本公司、關係企業及合作廠商」 names who uses the data, a recipient among them
// (「個人資料利用之期間、地區、對象及方式」 only names the notice's items)
const USERS_ARE = new RegExp(
  String.raw`利用(?:之)?对象(?:[：:]|为|系|包括|包含)(?=[^。；;]{0,40}?(?:第三方|第三人|合作|关系企业|关联|联属|厂商|业者|伙伴|供应商|服务商|机构|机关))`,
  'g',
);
// Taiwan's 「提供相關單位或政府機關參考」「將您的資料提供合作廠商」: the receiver right after 提供, no 给/予 between
// (「提供合作廠商之優惠」 is an offer to the user)
const PROVIDE_PARTY =
  /提供(?=(?:相关|合作|其他|主管|政府|司法|警察|检调|往来|关系|委托|受托|协力)?(?:单位|机关|厂商|业者|第三人|合作伙伴)(?!(?:之|的)?(?:服务|产品|商品|优惠|活动|网站|连结|链接)))/g;
// Data put to a third party's marketing is given to it: 「承诺不会将您的手机号用于任何第三方的电话营销」「絕不將您的購藥紀錄用於任何
// 第三方之行銷推廣」 (the refusal reads as one; 「如需…用于第三方的营销推广，我们将事先取得您的明示同意」 as consent)
const FOR_THEIR_ADS =
  /用于(?:任何)?(?:第三方|第三人|他人|其他(?:公司|机构|企业|商家))(?:的|之)[^，,。；;]{0,4}?(?:营销|行销|推广|广告|促销)/g;
// A list item or row labelled with the kind of party and saying what it is given (「2. 行銷服務商：為寄送電子報…，提供您的電子郵件
// 地址」「協力廠商：電子發票加值中心｜提供資料：買受人名稱…」): the label is the recipient (not a definition, 「協力廠商：指…」,
// nor what the user is asked to give, 「您需要提供姓名」)
const LABELLED_PARTY =
  /^\s*(?:[(（]?\d{1,2}[)）.、．]\s*)?[^：:，,。；;]{0,12}?(?:服务商|服务提供商|供应商|合作伙伴|合作方|厂商|业者|机构|公司|银行)[：:](?!\s*指)[^。；;]{0,40}?(?<!(?:您|你)[^，,。；;]{0,6})(提供|分享|共享|传送|传输)(?=(?:(?:您|你|阁下|用户)的)?[^，,。；;]{0,12}?(?:信息|资料|数据|地址|号码|电话|邮箱|手机号))/;

// The user's data put to a purpose of sharing (「如果我们需要将您的个人信息用于本政策未载明的共享目的，我们将另行征得您的同意」):
// the operator's hand-over, named by its purpose (not 「超出共享目的使用」, a recipient's duty, nor a table's 「共享目的：」)
const FOR_SHARING =
  /(?:将|把)[^，,。；;]{0,16}?(?:信息|资料|数据)[^，,。；;]{0,4}?(用于[^，,。；;]{0,12}?(?:共享|分享|对外提供|披露|转让)(?:的|之)?目的)/g;
// A lead-in that says the operator hands data over, its list after the colon (POLARITY.md: 「具体第三方类型与处理的个人
// 信息类型如下：」 is shares): the user's data provided or moved (「本公司会根据以下用途转移阁下的个人资料：」「下列人士可能获
// 提供阁下的个人资料：」), or the kinds of recipient and data announced (「具體接收方類別及所提供之個人資料類別如下表：」)
const LEAD_IN =
  /(?:提供|转移|移转|披露|揭露|共享|分享)(?:(?:您|你|阁下|用户)的)?(?:个人)?(?:信息|资料|数据)[：:]\s*$|(?:第三方|接收方|接收者)[^：:。；;]{0,12}?(?:类型|类别|名称)[^：:。；;]{0,24}?(?:如下|以下|下表)[表列]?[：:]\s*$/g;
// what every OBJECT_TO match holds: without it the lazy object window is never tried
const OBJECT_END = new RegExp(`(?:${OBJECT_ENDS.join('|')})(?:给|予|至|到)`);
const OBJECT_END_WORDS = new Prefilter(joined(OBJECT_ENDS, TO));
// 「向其提供」「与该等第三方共享」: the party named earlier in the sentence.
const TO_THEM =
  /(?:向|与)(?:其|他们|该等?第三方|上述(?:机构|第三方|合作方|合作伙伴))[^，,。；;]{0,12}?(?:提供|共享|分享|披露)/g;
const TO_THEM_WORDS = new Prefilter(['向其', '与其', '他们', '该第三方', '该等第三方', '上述']);
// 「向用户推送通知」 and 「…机构向您提供支付服务」 serve the user; 「与服务提供商合作」 names a kind of company
const TO_PARTY = new RegExp(
  String.raw`(?:向|与|给|予|同(?!时|意))(?!(?:您|你)(?!所?(?:选择|指定|选定|授权|同意|在)[^，,。；;]{0,12}的|的(?:紧急)?(?:联系人|家人|亲友|监护人))|用户|${US})[^，。；;：,]{0,30}?(?:方|商|构|司|台|人|人士|者|员|师|顾问|团|门|主|伙伴|企业|组织|sdk|bot|银行|医院|学校|雇主|用户|境外|机关|海关|政府|网站|网路|网络|公众|局|署|法院|检察院)[^，。；;：,]{0,14}?(?<!向您|向你|为您|为你|给您|给你)(?:提供(?![商者方]|的(?![；;。]?$))(?![^，,。；;]{0,8}(?:服务|产品))|传输|回传|转移|传送|发送|报送|申报|报告|同步|分享|共用|交流|交换|推送|交由|开放|转介|共同(?:使用|处理|收集|搜集|采集|利用)|告知(?!您|你))`,
  'g',
);

// the operator named by the preposition nearest the verb: whatever the window began with, it goes to the operator
// (not 「向本公司关联方提供」: a party of its own after the operator's name)
const OPERATOR_LAST =
  /(?:向|给|与)(?:本公司|本平台|本网站|本站|本应用|本软件|我司|我们|我方)(?![^，。；;：,]{0,6}?(?:关联|合作|伙伴|第三方|供应商|服务商|子公司|母公司|集团|委托|的))[^，。；;：,向给与]{0,6}$/;

// 「订票信息会传送给影城」: sent on to a party of any trade (the scan reads 传送给, 发送予… as candidates); sent to a
// name in Latin letters only where a receiver is named too — 「数据将发送给 Microsoft」 is the operator by its own name,
// 「传送至 Apple App Store」 needs 平台 or 商店 to tell
const SENT_TO_NAME = /^(?:传送|传递|发送|传输)[给予至到]\s?[a-z]/;
const RECEIVES = new RegExp(RECEIVER);

export const rule: Rule = {
  id: 'zh-share',
  lang: 'zh',
  kind: 'disclosure',
  priority: 10,
  severity: 'medium',
  laws: [{ law: 'PIPL', article: 23 }],
  why: WHY.share,
  gate: /回传|给到|共享|共用|交互运用|交予|转予|送交|揭露|揭示|分享|提供|披露|转交|移交|透露|传输|转移|传给|传予|传送|传递|提交|发送|交付|报送|提报|上报|同步|推送|交由|告知|交流|交换|跨境|出境|境外|展示|显示|移转|利用|发给|交给|转给|推荐给|投递给|授权给|分配给|分派给|转派给|(?:发|推荐|投递|分配|分派|转派|介绍|引荐|反馈|分发|派发)予|上传|开放|共同|可见|查看|申报|报告|反馈给|转介|介绍给|引荐给|通报|呈报|由其|告诉|转送|而公开|用于任何第三方|用于第三方|用于第三人|用于他人|用于其他公司|类型如下|类别如下|如下表/,
  detect: (s, prefilters) => {
    const named = NAMED_WORDS.mayHold(s, prefilters) && NAMED.test(s);
    return [
      ...(SHARE_WORDS.mayHold(s, prefilters)
        ? hitsOf(SHARE, s).filter(
            (h) =>
              (!SENT_TO_NAME.test(s.slice(h.index, h.index + h.length + 2)) || RECEIVES.test(s)) &&
              !(/^(?:转移|移转|传输)/.test(s.slice(h.index, h.index + 2)) && PORTABILITY.test(s)) &&
              // (nor the user's own device or mailbox: 「同步至您指定的设备」)
              !OWN_THING.test(s.slice(h.index + h.length, h.index + h.length + 20)),
          )
        : []),
      ...(s.includes('给') || s.includes('予') ? hitsOf(GIVE, s) : []),
      ...hitsOf(TO_PARTY, s).filter(
        (h) =>
          (named || !/^向境外(?:传输|转移|传送|同步)/.test(s.slice(h.index))) &&
          // 「您参与问卷调查时向本公司发送的答复」: the party the words end on is the operator itself
          !OPERATOR_LAST.test(s.slice(h.index + 1, h.index + h.length)),
      ),
      ...(TO_THEM_WORDS.mayHold(s, prefilters) ? hitsOf(TO_THEM, s) : []),
      ...(TO_ANYONE_WORDS.mayHold(s, prefilters) ? hitsOf(TO_ANYONE, s) : []),
      ...(OBJECT_END_WORDS.mayHold(s, prefilters) && OBJECT_END.test(s) ? hitsOf(OBJECT_TO, s) : []),
      ...(s.includes('而') || s.includes('所') ? hitsOf(ITEM_END, s) : []),
      // (it ends the sentence: a 者 elsewhere, 或者 or 使用者, needs no scan)
      ...(ITEM_END_ZHE.test(s) ? groupHits(ITEM_DEMANDED, s) : []),
      ...(s.includes('可见') ? hitsOf(VISIBLE, s) : []),
      ...(s.includes('提供') ? hitsOf(PROVIDE_PARTY, s) : []),
      ...(s.includes('用于') ? hitsOf(FOR_THEIR_ADS, s) : []),
      ...(s.includes('目的') && s.includes('用于') ? groupHits(FOR_SHARING, s) : []),
      ...(s.includes(':') || s.includes('：') ? groupHits(LABELLED_PARTY, s) : []),
      ...(s.endsWith(':') || s.endsWith('：') ? hitsOf(LEAD_IN, s) : []),
      ...(s.includes('特定目的') ? hitsOf(BEYOND_PURPOSE, s) : []),
      ...(s.includes('对象') ? hitsOf(USERS_ARE, s) : []),
      ...(s.includes('通过') || s.includes('透过') || s.includes('经由') ? hitsOf(VIA_VENDOR, s, ['processors']) : []),
      ...(USED_BY_WORDS.mayHold(s, prefilters) && DATA_WORDS.mayHold(s, prefilters) && DATA.test(s)
        ? hitsOf(USED_BY, s)
        : []),
      ...(s.includes('接收方') || s.includes('接收者') ? hitsOf(ABROAD, s) : []),
    ];
  },
};
