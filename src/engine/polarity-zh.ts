import type { Polarity } from './types';
import { Prefilter } from './prefilter';
import { SELL_VERBS_ZH } from './lexicon/zh-verbs';

/**
 * Negation scope for Chinese disclosure clauses — where rule engines fail. Decides, for one action word in one
 * sentence, whether the sentence says the data goes out (shares), goes out only with consent (consent), or
 * never goes out (denies). Inputs are folded (simplified, half-width, lowercased) text.
 */

const NEGATOR = new RegExp(
  String.raw`不会|不得|不能|无法(?=获取|取得|获得|查看|看到|知悉|得知|访问|接触)|不可|不应|不再|不曾|不存在|不包含|不含|未包含|未集成|未接入|未嵌入|未使用|绝不|决不|从不|并不|并未|从未|未曾|没有|禁止|无权|严禁|不允许|不准|不许|杜绝|不(?=[将把向与对给予以在]|共享|提供|披露|转让|${SELL_VERBS_ZH}|倒卖|转卖|公开|分享|传输|透露|回传|上传|存储|主动|对外|作)|未(?=[将把向与对给予]|共享|提供|披露|转让|出售|售卖|贩卖|贩售|倒卖|转卖|出卖|买卖|公开|分享|传输|嵌入)`,
  'g',
);
// every NEGATOR match holds one of these
const NEGATOR_WORDS = new Prefilter(['不', '未', '无', '没有', '禁止', '严禁', '杜绝']);
// 「除…外」「除非…否则」「但以下情况除外」「不在此限」 leave sharing open.
const EXCEPTION =
  /除了[^。；;，,]{1,40}[，,](?=[^。；;]*?(?:不会|不得|不|绝不))|除非[^。；;]*?(?:否则|[，,])|除非[^。；;，,]+(?=[。；;]|$)|除(?!此(?:之|以)?外)[^。；;]{1,60}?(?:之外|以外|外)|但(?:以下|下列|下述|如下)[^。；;]*?(?:除外|例外)|除外|例外|另有(?:规定|约定)|不在此限/g;
// An exception that is nothing but the user's consent keeps the refusal conditional: consent.
const NOT_ONLY_CONSENT =
  /法|规定|(?<!等)(?:情形|情况)|以下|下列|下述|约定|述明|本政策|指引|协议|去标识|匿名|选择|关联|第三方|合作|合同|契约|所必需|所必须|所必要|之必要/;
// 「不会向任何无关第三方提供」 leaves related ones open (POLARITY.md) — as recipients; 「不允许无关第三方出售」 names actors
// (the operator by its quoted name, 「“悦动短视频”以外的任何第三方」, not a group's; the user, 「除您本人以外的任何人」)
// The operator by its own words, and the user (「您本人」): a scope that is only they opens nothing (POLARITY.md).
// (an operator that is an institution names itself so: 本院, 本校, 本会, 本银行)
const SELF =
  '本应用|本app|本软件|本产品|本平台|本网站|本公司|本行|本院|本校|本会|本所|本店|本银行|本医院|本机构|本单位|我们|我行|我司|(?:您|你|阁下)(?:本人)?';
// (or by its name unquoted right after the verb's 给/至/与/向, 「共享至茶语时光以外的第三方」「与康宁医药科技有限公司以外的任何
// 组织」: a name that is no group, partner or trade, nor a list, and does not end in a role — 「家長以外」「餐廳以外」
// 「保險經紀人以外」 leave those open)
const NAMED_SELF = String.raw`(?<=[给至予与向])(?:(?!集团|关联|联属|关系企业|合作|伙伴|第三方|子公司|母公司|旗下|成员|商家|商户|供应商|服务商|机构|[及和与、的之以])[\u4e00-\u9fa5a-z0-9]){2,14}(?<!人|者|长|员|师|方|商|店|厅|院|所|司机|(?<!有限)公司|机构|单位|企业|银行|医院|学校|平台|部门|机关|中心|代理|经纪)`;
const SELF_SCOPE = new RegExp(
  `(?:${SELF}|本站|本小程序|本服务|[“"「『](?:(?!集团|关联|联属|关系企业)[^”"」』]){1,12}[”"」』]|${NAMED_SELF})(?:以外|之外|外)(?:的|之)?(?:任何|其他)?(?:第三方|第三人|第三者|公司|机构|组织|个人|人|方|主体|单位|企业)`,
);
const SELF_EXCEPTED = new RegExp(`^除(?:了)?(?:${SELF})(?:以外|之外|外)`);
// (境外/海外/国外 is abroad, not outside a scope: 「不会提供给境外的任何组织」 refuses)
const SCOPE_OUT =
  /(?:以外|之外)[的之]|以外(?:其他|任何)|(?<![境海国域])外[的之](?:其他|任何)?(?:公司|第三方|第三人|机构|组织)|(?:向|给|至|予)(?:任何)?[^，,。；;]{0,14}?无关(?:的|之)?(?:任何|其他)?(?:[^，,。；;]{0,6}?(?:第三方|第三人|第三者|公司|机构|组织|主体|单位|企业|人士|人员|个人|方|业者|厂商|商)|人)|(?:与|和)(?:任何)?无关(?:的|之)?(?:第三方|第三人|第三者|公司|机构|组织|主体|单位|企业|人士|人员|个人|方)/;
// people whose data a policy is about, named by their role: their consent is the user's (「未经求职者同意」, and an owner's
// or a household's: 「在得到饲主同意之前」「未取得业户同意以前」)
// (and anyone named by what they do, …者 or …人: 「非經捐血者同意」「取得申請人同意後」「在持卡人明確同意下」 — not 第三人,
// 他人, 任何人 or 其他人, whose consent is no one's leave)
const ROLES =
  '求职者|会员|乘客|学生|员工|患者|病人|消费者|客户|信息主体|持有人|饲主|宠主|业户|业主|屋主|车主|户主|住户|租户|(?:(?!第三|其他|任何|他人|别人|个人)[\\u4e00-\\u9fa5]{1,3}?(?:者|人))';

// everyone whose consent a policy may name for the user's: a parent or guardian, the person concerned, a party by role
// (ROLES adds the rest; its last alternative reads any …者/…人, 监护人 and 持卡人 among them, after the named ones)
const PEOPLE = `家长|父母|监护人|当事人|持卡人|权利人|本人|旅客|寄件人|收件人|成员|玩家|双方|${ROLES}`;

const CONSENT = new RegExp(
  [
    String.raw`(?:征得|获得|获取|取得|得到|经过?|经由|征求|征询|基于|依据|根据|按照)(?:了)?(?:儿童|孩子|其)?(?:[^，,。；;]{0,4}?(?:${PEOPLE})(?:(?:及|或|和|与|以及)(?:其)?(?:${PEOPLE}))?)?(?:您|你|阁下|用户|本人|监护人|家长|个人|个人信息主体)?(?:本人)?(?:的|之)?(?:单独|明确|明示|事先|事前|书面|另行|额外|充分|有效|订明|授权){0,2}(?:的)?(?:同意|授权|许可|允许)`,
    String.raw`(?:征得|征求|征询)(?:您|你|阁下)的意见`,
    // 「经您在授权弹窗中确认」「如您同意参加本次活动，」
    String.raw`经过?(?:您|你|阁下)[^，,。；;]{0,10}确认`,
    // 「没有您的同意，我们不会…」
    String.raw`(?:没有|未有|缺少)(?:您|你|阁下)的?(?:单独|明确|书面)?(?:同意|授权|许可)`,
    String.raw`(?:如|若|如果|只要)(?:您|你|阁下)(?:同意|授权|许可)(?!本|此|该|这|我们的)[^，,。；;]{0,12}[，,]`,
    // 「（后者需要您的同意）」
    String.raw`(?:需要|需|须|需经|须经|应当?取得)(?:您|你|阁下)的?(?:单独|明确|明示|事先|另行|书面){0,2}(?:同意|授权|许可)`,
    // (and the user's confirmation asked for, or asked where: 「我们会先征得您的确认」「需要您在授权页面中确认同意」)
    String.raw`(?:征得|获得|取得|得到)(?:您|你|阁下)的?(?:事先|明确)?确认|(?:需要|需|须)(?:您|你|阁下)[^，,。；;]{1,12}?(?:确认同意|确认授权)`,
    // 「須經其法定代理人同意」: a guardian's consent for a minor
    String.raw`(?:需|须|应)经(?:其|您的|你的)?(?:法定代理人|监护人|家长|父母)(?:的)?(?:书面)?(?:同意|授权|许可)`,
    // 「您授权同意后」「在您点击同意后」「您勾选同意后」
    String.raw`(?:您|你|阁下)(?:点击|勾选|确认|选择)?(?:单独|明确|明示|事先)?(?:同意|授权|许可){1,2}(?:并(?:同意|授权|许可))?(?:后|之后|的情况|的前提|我们|将|本公司|本行|贵公司|贵行)`,
    // 「在您明确同意的情况下」「在监护人同意的披露方式下」「於您同意之範圍內」
    String.raw`(?:在|于)(?:您|你|阁下|(?:您的|其)?(?:监护人|家长|父母)|${ROLES})[^，,。；;]{0,6}(?:同意|授权|许可)[的之]?[^，,。；;]{0,12}(?:下|范围内)`,
    // 「在您同意《第三方信息共享清单》后」「在您同意《个性化广告服务协议》后」「在您同意《体验改进计划》后」: the list of
    // hand-overs or the programme the user agreed to (not the policy or the terms themselves, 《隐私政策》《用户服务协议》)
    String.raw`(?:您|你|阁下)(?:点击|勾选)?(?:同意|授权|签署)了?《(?:[^》]{0,16}(?:共享|授权|同意|广告|营销|推广|计划|联合|人脸|推荐|第三方|合作)[^》]{0,8}|(?![^》]*(?:隐私|政策|协议|条款|声明|须知|规则|指引))[^》]{1,20})》(?:后|之后|的情况下|的前提下)`,
    // 「在取得您或您的监护人同意后」「您于兑换页面确认授权后」「只有在您签署知情同意书后，才会…」; what waits until before
    // it (「在您明确同意之前，我们不会…」, not 「您同意前述条款」)
    String.raw`(?:您|你|阁下)[^，,。；;]{0,16}?(?:同意|授权|签署[^，,。；;]{0,6}?(?:同意书|授权书|授权声明|同意声明|授权协议|知情同意))(?:后|之后|的前提下|的情况下|之前(?!的)|前(?![述款文面的]))`,
    // (the button or the act agreed to between them: 「在您点选「同意并继续」之前」「在您按下「联络经纪人」并同意分享之前」)
    String.raw`(?:您|你|阁下)[^，,。；;]{0,16}?(?:同意|授权)[^，,。；;]{1,8}?之前(?!的)`,
    // (「在您按下“授权”后，合作银行才能取得…」「打开“个性化广告”开关后，才向…提供」: whoever then receives it)
    // (Taiwan's 方會 for 才会: 「取得…同意後，方會將成績資料提供予…」)
    String.raw`(?:勾选|确认|签署|同意|授权|按下|(?:打开|开启|选择)(?![^，,。；;]{0,12}权限))[^。；;]{0,30}?(?:后|时)[，,]?[^，,。；;]{0,8}?(?:才|方才|方可|始|方(?=会|能|得|将))`,
    // a consent form the user signs: 「本人同意貴公司將本人之姓名…提供予…」 (the signer is the user, 贵公司 the operator)
    String.raw`本人(?:在此|特此|兹|已)?(?:同意|授权)(?:并(?:同意|授权))?(?:贵|本)(?:公司|行|平台|集团|单位)`,
    // 「如您选择开启“个性化广告”，我们才会…提供给广告合作伙伴」: an opt-in the hand-over waits for (才), whatever it is called
    String.raw`(?:如|若|如果|只有|唯有|只要|仅当)(?:您|你|阁下)[^，,。；;]{0,8}?(?:勾选|确认|签署|同意|授权|按下|打开|开启)(?![^，,。；;]{0,12}权限)[^，,。；;]{0,24}[，,][^，,。；;]{0,16}?(?:才|方才|方可|始)`,
    // 「如您勾选同意接收…」「在您点击“同意并申请”后」: a box ticked or a button pressed for this hand-over (not the
    // 授权 of 「您所选择的授权经销商」, an authorised dealer)
    String.raw`(?:勾选|点击|选择|开启)[^，,。；;]{0,12}?(?:同意|授权|允许)(?!经销|服务商|服务网点|门店|专卖|代理|网点|维修|体验店|零售)`,
    // 「当您勾选「愿意接收相关物件资讯」」「如阁下于本同意书内剔选适当方格」: a box ticked by its label; 「如阁下选择接收合作伙伴的推广资讯」
    String.raw`(?:勾选|剔选)(?:[「“"『][^」”"』]{1,30}[」”"』]|[^，,。；;]{0,10}?方格)|(?:如|若|如果|只有|只要|当)(?:您|你|阁下)选择(?:接收|接受|订阅|参加|加入)`,
    // (the person whose data it is, by role too: 「未经求职者同意」「未经会员本人同意」)
    // (Hong Kong's 未獲…同意: 「在未獲家長或監護人同意前」; Taiwan's 事前 and the form: 「非經您事前以書面或電子方式同意」)
    String.raw`(?:未|非|不)(?:经|获)(?:您|你|阁下|用户|${ROLES}|[^，,。；;]{0,4}?(?:${PEOPLE}))?(?:本人)?(?:或其?(?:法定代理人|监护人|家长|父母))?(?:的)?(?:签署)?(?:单独|明确|明示|事先|事前|书面|有效)?(?:以[^，,。；;]{1,10}?(?:方式|形式))?(?:同意|授权|许可|允许)`,
    // 「如您同意，我们将…」「如果您不同意，我们不会…」 (accepting the policy itself is not consent to a hand-over)
    String.raw`(?:如|若|如果|只要)(?:您|你|阁下)(?:不)?(?:同意|授权|许可)(?:后|[，,])`,
    // (and where the user says so: 「如阁下于问卷内表明同意，」「若您在申请表上书面同意，」)
    String.raw`(?:如|若|如果|只要)(?:您|你|阁下)[^，,。；;不]{1,10}?(?:表明|表示|书面|勾选|签署)(?:同意|授权)(?:后|[，,])`,
    // (and the button the user presses: 「經您點選「同意」後，本平台會將…分享給」)
    String.raw`(?:点击|点选|按下|轻触)[「“"『](?:同意|授权|允许)`,
    // 「在您主动选择的情况下」「或您主动要求我们与第三方共享…的」: the user's own request is their leave, as consent is
    String.raw`(?:您|你|阁下)(?:本人)?主动(?:选择|要求|请求|申请)[^，,。；;]{0,30}?(?:的情况下|的前提下|的)`,
    // 「前述信息的提交以候选人已签署的授权书为前提」「以您的同意为前提」「以您签署的《个人征信授权书》为前提」: the hand-over's
    // condition is the user's leave
    String.raw`以[^，,。；;]{0,16}?(?:同意|授权)(?:书|函|声明)?》?为(?:前提|条件)`,
    // 「決定是否將您的聯絡資料提供予關係企業」「選擇是否容許本公司將…轉移予合作夥伴」: the user decides whether it goes
    String.raw`(?:选择|决定)是否(?:容许|允许|同意|授权)?(?:我们|本公司|本行|贵公司)?(?:将|把)`,
    // 「如您希望获取报价，可授权我们将…提供给…」: the user may authorise it, or not
    String.raw`(?:单独|明示)(?:同意|授权|许可)|另行(?:获取|征得|征求)|(?:您|你|阁下)的(?:授权|同意)(?:范围|后)|(?:^|[，,]|并|以及|可|可以)授权(?:我们|我行|我方|本公司|本行|贵公司|贵行)`,
  ].join('|'),
);
// every CONSENT route holds one of these words: a sentence without any is not searched (the regex is long)
const ASSENT = /同意|授权|许可|允许|意见|确认|另行|勾选|剔选|按下|打开|开启|签署|主动|选择/;
const ASSENT_WORDS = new Prefilter([
  '同意',
  '授权',
  '许可',
  '允许',
  '意见',
  '确认',
  '另行',
  '勾选',
  '剔选',
  '按下',
  '打开',
  '开启',
  '签署',
  '主动',
  '选择',
]);
// 「无需征得您的同意」 says the opposite of consent; 「将重新征得您的同意」 covers a later change, not this sharing —
// unless the sharing is the condition: 「如果我们共享您的个人敏感信息，我们将再次征求您的同意」 gates that sharing
const NOT_CONSENT =
  /(?:无需|无须|不需要|不必|不用)[^，,。；;]{0,10}?(?:征得|取得|征求|获得|经过?)[^，,。；;]{0,14}?(?:同意|授权|许可)/g;
const AGAIN = /(?:再次|重新)(?:向(?:您|你))?(?:征求|征得|取得|获得)[^，,。；;]{0,12}?(?:同意|授权|许可)/g;
// (and one the operator asks of the recipient gates nothing the operator does: 「…时，我们将要求该公司重新征求您的同意」)
const ASKED_AGAIN =
  /要求[^，,。；;]{0,12}?(?:再次|重新)(?:向(?:您|你))?(?:征求|征得|取得|获得)[^，,。；;]{0,12}?(?:同意|授权|许可)/g;
// (the hand-over may be the condition's second disjunct: 「如我们需将您的信息用于其他用途，或向其他第三方提供，我们会再次征求您的同意」,
// or a clause that ends in 时 or 前: 「需要向第三方共享您的敏感信息时，我们会再次征得您的同意」)
const SHARING_IF =
  /^[^，,。；;]{0,4}?(?:如果|如|若|倘若)(?:(?:我们|我行|我方|本公司)(?:需要|需|要|拟)?|(?:需要|需|要|拟))(?:[^，,。；;]{0,20}?|[^。；;]{0,40}?(?:或者?|或是)(?:向|与|将)[^，,。；;]{0,16}?)(?:共享|提供|披露|转让|分享)|^[^，,。；;]{0,6}?(?:需要|需|要|拟|在|当)[^，,。；;]{0,16}?(?:共享|提供|披露|转让|分享)[^，,。；;]{0,20}?(?:时|之前|前)[，,]/;
// a consent route that is one only under a refusal: 「未经您同意（，我们不会…）」「没有您的同意」「在不事先征得您同意的前提下」
const WITHOUT_CONSENT = new RegExp(
  String.raw`(?:未|非|不)(?:事先)?(?:经过?|征得|取得|获得|征求)(?:您|你|阁下|用户|本人|${ROLES})?(?:本人)?(?:的)?(?:事先|事前|单独|明确|明示|书面)?(?:以[^，,。；;]{1,10}?(?:方式|形式))?(?:的)?(?:授权)?(?:同意|授权|许可)|(?:没有|未有|缺少)(?:您|你|阁下)的?(?:单独|明确|书面)?(?:同意|授权|许可)`,
  'g',
);
// A second route besides consent in the same sentence makes it unconditional (POLARITY.md: choose shares).
// (either order: 「依据法律法规或征得您同意的情况下」)
const OTHER_ROUTE =
  // (not a guardian's consent: 「非经病人或其法定代理人同意」)
  // (and a need that asks no one: 「或为履行与您订立的合同所必需」「或在为处理投诉所必需时」)
  /或(?:者)?[^，,。；;]{0,8}?(?:法律|法定(?!代理人)|司法|政府|监管|行政|法院|诉讼)|以及(?:法律|法定)|(?:法律|法规|法定|司法|监管)[^，,。；;]{0,6}?或(?:者)?(?:在)?(?:征得|获得|取得|经过?)|或(?:者)?(?:为|在)[^，,。；;]{0,16}?(?:合同|契约|所必需|所必须|所必要|之必要)/;
// (「我们不会向其他用户展示您的手机号，您的昵称会公开展示」: the user's data as a new subject starts a new clause)
// (sticky, tried right after the comma: every word is at most three characters, as the slice it was tried on)
const NEW_CLAUSE =
  /(?:您的|你的|阁下的|但|但是|不过|然而|只是|同时|并且|而且|而|此外|另外|或者|以及|且|则|我们|我行|我方|平台|本公司|如|若|在|为|此类|该等|上述|这些)/y;
const newClauseAt = (s: string, at: number): boolean => {
  NEW_CLAUSE.lastIndex = at;
  return NEW_CLAUSE.test(s);
};

// (「只會在住戶同意的情況下，才將住戶的聯絡電話提供予…」: the condition as a case, the data before the verb; Taiwan's 方會)
const CONSENT_TAIL =
  /(?:同意|授权|确认)[^。；;，,]{0,12}?(?:后|之后|时|的情况下|的前提下)[，,]?(?:我们)?(?:才|方才|方可|始|方(?=会|能|得|将))(?:会|能|可|得)?(?:(?:向|将|把)[^。；;，,]{1,16}?)?(?:提供|共享|披露|传输|分享|转让)/;

// (or a closing 「但须事先取得…同意」 that the whole hand-over is subject to: 「…提供予本公司的合作银行，以推广其理财产品，但须事先
// 取得阁下的书面同意」)
const BUT_FIRST =
  /[，,](?:但|惟|唯)(?:必须|须)(?:先|事先|事前)?(?:取得|获得|征得|经)[^，,。；;]{0,12}?(?:同意|授权|许可)[^，,。；;]{0,2}(?=[。；;]?$)/;

function lastMatchBefore(pattern: RegExp, text: string, end: number): number {
  pattern.lastIndex = 0;
  let last = -1;
  for (let m = pattern.exec(text); m && m.index < end; m = pattern.exec(text)) last = m.index;
  return last;
}

/** Start of the clause holding `at`: a negator reaches across 「，」 unless a new subject or connective starts there. */
function clauseStart(s: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const ch = s[i];
    if (ch === '；' || ch === ';' || ch === '：' || ch === ':' || ch === '。') return i + 1;
    if ((ch === '，' || ch === ',') && newClauseAt(s, i + 1)) return i + 1;
  }
  return 0;
}

/** The clause holding `at`, plus the clause before it when that one is a bare condition (「事先获得您同意的情况下，」). */
function consentWindow(s: string, at: number): string {
  const start = clauseStart(s, at);
  // 「如确需披露，我们会…并征得您的同意」: a conditional's consequent carries the consent
  const comma = s.slice(at).search(/[，,；;。]/);
  const conditional =
    // (「将来如需…」「我们如确需…」: a short lead before the 如 is still the condition)
    // (「於特定目的外利用您的個人資料時，將另行取得您的書面同意」: a clause ending in 时 is a condition too)
    /^[^，,。；;]{0,3}?(?:如|若|确需|当|对于|关于|涉及)/.test(s.slice(start, start + 6)) ||
    // (and a case: 「任何需要共享您手机号码的情形，我们都会先征得您的单独同意」)
    (comma > 0 && /(?:之前|前|之后|后|时|的情形|的情况|的场景)$/.test(s.slice(at, at + comma))) ||
    // (and a condition's second disjunct: 「如需将您的信息用于其他目的，或者将其提供给第三方，我们会事先征求您的同意」)
    (/^(?:或者?|或是)/.test(s.slice(start, start + 2)) && /^[^，,。；;]{0,3}?(?:如|若|确需)/.test(s));
  let end = s.length;
  for (let i = at; i < s.length; i++) {
    const ch = s[i];
    if (
      ch === '；' ||
      ch === ';' ||
      ch === '。' ||
      (!conditional && (ch === '，' || ch === ',') && newClauseAt(s, i + 1))
    ) {
      end = i;
      break;
    }
  }
  if (start === 0) return s.slice(0, end);
  const previous = s.slice(clauseStart(s, start - 1), start);
  // (a feature's name or a checkbox's label in quotes, 「开启“行程分享”并经您确认后，」「勾选“同意将我的信息提供给金融机构”后」,
  // or a document's title, 「在您同意《第三方信息共享清单》后，」, is no hand-over of its own)
  // (nor is a modifier: 「当您使用我们提供的其他产品时，经您明确授权，」 is a bare condition)
  // (nor what the user agrees to or chooses: 「如您选择实名捐赠并同意公开，」)
  return /共享|提供(?!的)|披露|转让|分享|传输|公开|不会|不得/.test(
    previous
      .replace(/[“"「『《][^”"」』》]{1,24}[”"」』》]/g, '')
      .replace(/(?:同意|选择|授权|允许)(?:公开|共享|分享|提供)/g, ''),
  )
    ? s.slice(start, end)
    : previous + s.slice(start, end);
}

const USER_CHOICE =
  /^除非(?:您|你|阁下)(?:本人)?[^，,。；;]{0,10}?(?:主动|自行|另行)?(?:选择|开启|启用|打开|设置|允许)/;

function exceptionOf(s: string): 'none' | 'consent' | 'other' {
  EXCEPTION.lastIndex = 0;
  let found: 'none' | 'consent' | 'other' = 'none';
  for (let m = EXCEPTION.exec(s); m; m = EXCEPTION.exec(s)) {
    // 「但經您書面同意者不在此限」「但经您同意的除外」: a bare closing word's exception is its own clause
    const bare = m[0] === '除外' || m[0] === '例外' || m[0] === '不在此限';
    const text = bare
      ? s.slice(Math.max(s.lastIndexOf('，', m.index), s.lastIndexOf(',', m.index)) + 1, m.index + m[0].length)
      : m[0];
    // 「除本公司以外的任何组织」 is a scope that is only the operator: no exception (POLARITY.md)
    // (nor 「除您本人以外」: the user is no one else)
    if (SELF_EXCEPTED.test(text)) continue;
    // 「除非您在资料中选择公开，否则…」: the user's own choice is their leave, as consent is
    const ownChoice = USER_CHOICE.test(text) && !/法|规定|情形|情况|以下|下列/.test(text);
    if ((ownChoice || /同意|授权|许可|允许/.test(text)) && (ownChoice || !NOT_ONLY_CONSENT.test(text)))
      found = found === 'none' ? 'consent' : found;
    else return 'other';
  }
  return found;
}

interface SentenceFacts {
  raw: string;
  /** whether the sentence holds an ASSENT word at all: no clause of it can then hold consent */
  assent: boolean;
  /** the sentence with 「无需征得您的同意」-like phrases blanked out */
  s: string;
  /** s with parenthesised asides blanked: 「（不含姓名、身份证号）」 negates only itself */
  bare: string;
  // The rest is asked the first time a trigger needs it (undefined until then): a refusal needs the exception and
  // the sentence's consent, anything else the tail, and most sentences only ever ask one of them.
  consent: boolean | undefined;
  /** where a clause that gates the hand-over on assent (CONSENT_TAIL) ends, -1 if none: asked once per sentence */
  tail: number | undefined;
  exception: 'none' | 'consent' | 'other' | undefined;
}

/** A phrase blanked out to full-width spaces: offsets stay where they were. */
const blank = (m: string) => '　'.repeat(m.length);

// Every trigger of a sentence asks about the same sentence: work out its sentence-wide facts once.
let last: SentenceFacts | null = null;

// the words every match of NOT_CONSENT, EXCEPTION and CONSENT_TAIL holds: a sentence without them is not searched
// (with the sentence scan's bits: the words of the unblanked sentence, which holds every word the blanked one does)
const NOT_CONSENT_WORDS = new Prefilter(['无需', '无须', '不需要', '不必', '不用', '再次', '重新']);
const EXCEPTION_WORDS = new Prefilter(['除', '例外', '另有', '不在此限']);
const TAIL_WORDS = new Prefilter(['才', '方可', '始', '须']);

function factsOf(raw: string, prefilters?: number): SentenceFacts {
  if (last?.raw === raw) return last;
  const s = !NOT_CONSENT_WORDS.mayHold(raw, prefilters)
    ? raw
    : SHARING_IF.test(raw)
      ? raw.replace(NOT_CONSENT, blank).replace(ASKED_AGAIN, blank)
      : raw.replace(NOT_CONSENT, blank).replace(AGAIN, blank);
  const bare = s.includes('（') || s.includes('(') ? s.replace(/（[^（）]{0,30}）|\([^()]{0,30}\)/g, blank) : s;
  const assent = ASSENT_WORDS.mayHold(s, prefilters) && ASSENT.test(s);
  last = { raw, assent, s, bare, consent: undefined, tail: undefined, exception: undefined };
  return last;
}

function exceptionIn(facts: SentenceFacts, prefilters?: number): 'none' | 'consent' | 'other' {
  if (facts.exception !== undefined) return facts.exception;
  const { s } = facts;
  let exception = EXCEPTION_WORDS.mayHold(s, prefilters) ? exceptionOf(s) : 'none';
  // 「原则上/一般情况下，我们不会…」 is a refusal (POLARITY.md) unless the sentence goes on to the cases it hedges
  if (
    exception === 'none' &&
    /原则上|一般情况下|通常情况下|一般而言/.test(s) &&
    /[,，](?:但|如|若|如果|除|在|当|只有|仅|对于)/.test(s)
  )
    exception = 'other';
  return (facts.exception = exception);
}

const consentIn = (facts: SentenceFacts): boolean =>
  (facts.consent ??= facts.assent && CONSENT.test(facts.s) && !OTHER_ROUTE.test(facts.s));

function tailEnd(facts: SentenceFacts, prefilters?: number): number {
  if (facts.tail !== undefined) return facts.tail;
  const m = TAIL_WORDS.mayHold(facts.s, prefilters)
    ? (CONSENT_TAIL.exec(facts.s) ?? (facts.s.includes('须') ? BUT_FIRST.exec(facts.s) : null))
    : null;
  return (facts.tail = m ? m.index + m[0].length : -1);
}

/** `prefilters`: the sentence scan's bits for `raw` (prefilter.ts), when it was scanned. */
export function polarityZh(raw: string, at: number, prefilters?: number): Polarity {
  const facts = factsOf(raw, prefilters);
  const { s, bare, assent } = facts;
  const from = clauseStart(s, at);
  const before = s.slice(from, at);
  // the negator's lookahead (「不(?=向|共享…)」) must see the trigger itself: 「我们不向任何第三方提供」
  const clause = bare.slice(from, at + 4);
  const negAt = NEGATOR_WORDS.mayHold(clause, prefilters) ? lastMatchBefore(NEGATOR, clause, before.length) : -1;
  if (negAt >= 0) {
    // 「不会共享您的个人信息至集团外的第三方」: the scope may follow the object, up to the clause's end
    const comma = s.slice(at).search(/[，,；;。]/);
    const scope = s.slice(from + negAt, comma < 0 ? s.length : at + comma);
    // (「本应用以外的第三方」: a scope that is only the operator itself opens nothing — POLARITY.md)
    if (SCOPE_OUT.test(scope) && !SELF_SCOPE.test(scope)) return 'shares';
    const exception = exceptionIn(facts, prefilters);
    if (exception === 'other') return 'shares';
    if (exception === 'consent' || consentIn(facts) || /未经/.test(before)) return 'consent';
    return 'denies';
  }
  // 「…，并在您点击“同意”后方才提供」: a closing clause that gates the hand-over itself on assent governs the sentence
  // — the hand-overs before it and in its own clause, not one a new clause adds after it (「您的身份证信息仅在您单独同意后
  // 才会提供给保险公司，而您的手机号码会直接同步给承保公司」: the number goes without asking)
  const tail = tailEnd(facts, prefilters);
  // (unless the gate names another route beside the user's leave: 「只有在閣下同意或法律要求的情況下才會披露」)
  if (tail >= 0 && (at < tail || clauseStart(s, at) < tail))
    return OTHER_ROUTE.test(s.slice(0, tail)) ? 'shares' : 'consent';
  // (the window is a piece of the sentence: without an ASSENT word in the sentence, none in the window)
  if (!assent) return 'shares';
  // 「我们可能会在未经您同意的情况下披露」: with no refusal in the window, 「未经同意」 says the hand-over needs none
  const window = consentWindow(s, at);
  const unrouted = window.replace(WITHOUT_CONSENT, blank);
  NEGATOR.lastIndex = 0;
  const local = NEGATOR.test(unrouted) ? window : unrouted;
  return ASSENT.test(local) && CONSENT.test(local) && !OTHER_ROUTE.test(local) ? 'consent' : 'shares';
}
