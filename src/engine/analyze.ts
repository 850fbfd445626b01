import type { Lang, Polarity, Recipient } from './types';
import { EN_RULES, ZH_RULES, type Rule } from './rules';
import { EN_ITEM_START } from './rules/en-share';
import { polarityZh } from './polarity-zh';
import { asideEn, polarityEn } from './polarity-en';
import { Prefilter } from './prefilter';
import { ZH_GATE_BITS, zhCandidate, zhPrefilters, zhWords } from './scan';
import { SELL_VERBS, SHARE_VERBS, TO_VERBS } from './lexicon/en-verbs';

export { CHECK_FIRST_BIT, SCANNED, zhCandidate, zhNames, zhPrefilters, zhWords } from './scan';

/** What one sentence says about disclosure: at most one entry per polarity, named by the most specific rule. */
export interface SentenceDisclosure {
  polarity: Polarity;
  rule: Rule;
  /** sentence-relative [start, end) of each trigger */
  triggers: Array<[number, number]>;
  recipients: Recipient[];
}

// every stem a rule fires on (and a table's cell bar: a row names its party and data without a verb); the verbs that
// disclose only when a party does them ("ad companies place cookies",
// "networks may read your history") are worth reading only with a party named
const EN_PREFILTER =
  /shar|disclos|provid|transfer|transmit|sell|sold|sale|rent|trade|trading|releas|exchang|collect|receiv|\bgets?\b|access|obtain|verif|process|send|sent|giv|gave|pass|report|make|making|made|used by|(?:hosted|stored|transcribed|handled)(?: directly)? by|\bhost(?:s|ed)\b|\bstor(?:es|ed)\b|\b(?:which|that) (?:also )?(?:records?|logs?|tracks?)\b|\byes\b|behalf|recipient|third[- ]part|^\W*to |gather|upload|public|visible|testimonial|divulg|monetiz|leas|forward|suppl|furnish|reveal|\bhand(?:s|ed|ing)?\b|\bleaves?\b|\bno one\b|\bnobody\b|\bse(?:e|en|es)\b|\bview(?:s|ed)?\b|publish|display|shown|\bshow (?:it|them|this|that|your)\b|posted|appear|featur|licens|\blet (?!(?:us|you|me)\b)[\w ]{1,30} know\b|\btell(?:s|ing)? (?!(?:you|us)\b)|\btold (?!(?:you|us)\b)|\badd (?:your|their)\b|listed (?:on|in)\b|available to (?:all|other|every|any|the public)|\||\bvendor:|\btake over\b|\bagainst\b|\bgo(?:es)?(?: straight| directly| automatically| also)? to\b|\b(?:issu(?:er|ing)|insurer|dvla|nhs|hmrc|carrier|operator|electoral|bureaus?)\b/;
const EN_PARTY_VERBS = /\b(?:us(?:e|es|ed|ing)|set(?:s|ting)?|plac(?:e|es|ed|ing)|read(?:s|ing)?)\b/;
const EN_ACTORS =
  /partner|advertis|\bad |network|provider|vendor|processor|contractor|sdk|compan|analytics|marketing|tracking/;
// (a short bulleted or lettered item, which may name only who receives, is one too: en-share's PARTY_ITEM_EN, TO_ITEM)
export const enCandidate = (s: string): boolean =>
  EN_PREFILTER.test(s) || (EN_PARTY_VERBS.test(s) && EN_ACTORS.test(s)) || (s.length < 300 && EN_ITEM_START.test(s));

// A sentence that talks about disclosure without anyone disclosing: table of contents, change notices, security.
const ZH_SKIP =
  /的例外[：:]?$|不受本政策(?:的)?约束|不对[^。；;]{0,24}承担[^。；;]{0,6}责任|(?:类型|范围|方式)(?:可能)?(?:会)?发生(?:变化|变更)|请(?:您|你)?(?:不要|勿|谨慎)|(?:谨慎|慎重)(?:地)?考虑|(?:请|您|你)[^，,。；;]{0,4}妥善(?:保护|保管)|主要对象(?:类型)?发生(?:重大)?变化|对象(?:类型)?(?:发生)?(?:重大)?变化|争议提交|不承担[^。；;]{0,6}责任|(?:仅|不)适用于|在不(?:透露|披露)[^。；;]{0,14}前提下|(?:共享|披露|转让)["'”’」』]?[:：]?(?:是)?指|^[^，,。；;：:]{1,16}[：:]\s*指|(?:之前|前)[^。；;]{0,6}?(?:开展|进行)[^。；;]{0,10}?影响评估/;
// a word of each ZH_SKIP alternative, in the order written
const SKIP_WORDS = new Prefilter([
  '例外',
  '约束',
  '承担',
  '发生',
  '请',
  '考虑',
  '妥善',
  '变化',
  '争议提交',
  '适用于',
  '前提下',
  '指',
  '影响评估',
]);
// 「建议您…不将密码透露给他人」: advice to the user governs what follows it, not the clauses before it
const ADVICE = /建议(?:您|你)/;
const ADVICE_WORDS = new Prefilter(['建议']);
const ZH_SECURITY =
  /安全事件(?:发生)?后|发生[^。；;]{0,8}安全事件|泄露|泄漏|外泄|黑客|危害网络安全|篡改|毁损|丢失|非授权|未经授权(?:的|地|而)?(?:遭到|被)?(?:访问|使用|人员|浏览|存取|披露|揭露)|(?<!不会|不得|不|绝不)擅自|盗用(?!他人)|滥用|非法获取/;
const SECURITY_WORDS = new Prefilter([
  '安全事件',
  '泄露',
  '泄漏',
  // (Taiwan's and Hong Kong's 外洩, a leak)
  '外泄',
  '黑客',
  '网络安全',
  '篡改',
  '毁损',
  '丢失',
  '非授权',
  '未经授权',
  '擅自',
  '盗用',
  '滥用',
  '非法获取',
]);
const ZH_SECURITY_VERBS = /披露|揭露|公开|提供|传输|使用|转让|共享|告知|报告|上报|通报|报送/;
const EN_PARTY =
  /third[- ]part|partner|affiliate|vendor|provider|advertis|others\b|anyone|law enforcement|government|authorit|public|compan|analytics|sdk/;
const EN_SKIP =
  /^\W*["“]?[\w' -]{1,40}["”]? means\b|\b(?:things|features|actions) (?:like|such as)\b|^\W*please\b|^\W*(?:to )?(?:learn|find out|read) more\b|\bplease don'?t\b|^\W*(?:when|if|once) you (?:share|choose to share|send us)\b|\b(?:cannot|can't|do not|don't) control\b|(?:\bnot|n't|\bcannot|\bno|\bsolely|\bare|\bis) (?:be )?(?:held )?responsible for\b|\bhow\b[^.]{0,40}\b(?:share|shared|disclose|disclosed|transferred)\b|^\W*(?:\d+[.)]?\s*)?(?:who|whom|with whom) (?:do )?we (?:share|disclose)\b[^.;:]{0,40}$|unauthori[sz]ed (?:access|disclosure|attempts?)|\bunlawfully\b|\bintercept|\bloss,|\bmisuse\b|\b(?:such|certain) businesses\b|\ba business (?:is|may|must) (?:not )?(?:required|comply|have)\b|\bnot required to (?:maintain|provide|disclose)\b/;

// third parties' own terms (POLARITY.md: their own separate policies are `none`), unless the sentence has the operator
// hand the data over first: "we may share your contact details with partners, whose use is governed by their own
// privacy policies" discloses; "information collected by third parties is governed by their privacy practices" does not
const THEIR_TERMS =
  /\b(?:their|its) own (?:terms|privacy)|\b(?:governed|covered) by (?:the |their |its |such )(?:[\w-]+ ){0,3}?(?:privacy|terms)\b/;
const WE_DISCLOSE = new RegExp(
  `\\bwe\\b(?:\\s+(?:may|will|also|can|might|could|would|do|does|sometimes|only))*\\s+(?:${SHARE_VERBS}|${TO_VERBS}|${SELL_VERBS})\\b`,
);
const enSkip = (text: string) => EN_SKIP.test(text) || (THEIR_TERMS.test(text) && !WE_DISCLOSE.test(text));

const QUOTED_EN = /["“][^"”]{1,80}["”]/g;

/** The user acting on their own data: 「您可以…分享」「您主动公开」 is not the operator disclosing it. */
// a hit that names its own actor (「此类SDK会收集」「第三方可能会获取」) is that party acting, whatever the user did earlier
// (sticky: tried at the hit itself, with no slice of the sentence)
const ACTOR_FIRST =
  /(?:第三方|sdk|插件|合作|服务商|服务提供商|供应商|广告|商家|卖家|运营商|支付机构|关联|渠道|小程序|开发者|骑手|司机|快递员|经纪人|招聘方)/y;
// 「您可以通过我们的服务与好友分享」: 「我们的服务」 names the tool, the user still acts
const OUR_TOOL = /我们的?(?:服务|产品|平台|功能|应用)/g;
// (「您（作为表单填写方）应当…」: an aside between the user and the verb)
const ASIDE = /[（(][^（）()]{0,20}[）)]/g;

function userActs(s: string, at: number, lang: Lang): boolean {
  if (lang === 'en') {
    const before = s.slice(Math.max(0, at - 50), at);
    // "users may share …" acts; "user information is transferred" is the data, not the actor, and "our customer
    // support vendors may access …" names a vendor
    if (
      /\b(?:customers?|users?|children)\b(?! (?:information|data|details|content|records|accounts?|support|service|care|success)\b)(?:\s+\w+){0,4}\s*$/.test(
        before,
      )
    )
      return true;
    if (asideEn(s, at)) return true;
    // "you can choose to let us share …": the operator acts, with the user's leave
    if (/\b(?:let|allow|permit|authori[sz]e|consent to|agree to) us (?:to )?$/.test(before)) return false;
    // "you can also give third parties access": the user acting, unless we act for them after that
    // (not 「information collected about you may be shared」: there you is the object of a preposition)
    const you = before.search(
      /(?<!\b(?:about|from|to|with|for|of|by|regarding|concerning) )\byou (?:can|may|might|could|choose|decide|elect|want|wish|also)\b[^,;.]*$/,
    );
    if (you >= 0 && !/\b(?:we|us)\b/.test(before.slice(you))) return true;
    // "we store, process, and transmit Your Stuff": a list of processing verbs that names no recipient
    // (and the verb heading such a list: "security measures to transfer, store, and process Customer Data")
    if (
      // (not a refusal of the pair: "we will not use or disclose your notes without your authorization")
      ((/\b(?:store|process|use|collect|host|retain|edit|upload|download|copy)(?:s|d|ing)?,? (?:and |or )?$/.test(
        before,
      ) &&
        !/(?:\b(?:not|never)|n't) use or $/.test(before)) ||
        /^(?!(?:the|a|an|your|our|their|each|every|this|that)\b)\w+,? (?:(?:and|or) )?(?:store|process|use|host|retain|copy)(?:s|d|ing)?\b/.test(
          s.slice(at, at + 40),
        )) &&
      !EN_PARTY.test(s)
    )
      return true;
    // "If you use these features, Firefox will share data": after the user's condition a new subject acts
    const comma = before.lastIndexOf(',');
    if (
      comma >= 0 &&
      /^\s*(?!you\b)[a-z][\w'-]*(?: [a-z][\w'-]*)?\s+(?:will|may|might|can|could|would|shall|also|then)(?: also)?\s+$/.test(
        before.slice(comma + 1),
      )
    )
      return false;
    // "when you book, your tutor can see …": a new subject after the user's condition acts, not the user (what the
    // user sent, "the information", is no new actor)
    const newSubject =
      comma >= 0 &&
      /^,\s*(?:your|the|our|their|its|other|any|all)\b(?! (?:information|data|details|e-?mails?|messages?)\b)/.test(
        s.slice(at - before.length + comma, at + 6),
      );
    return (
      (/\byou(?: can| may| choose to| decide to| elect to| might| want to| wish to| like to)?(?: also)?(?: publicly)? $|\byou (?:can|may) (?:choose|decide)/.test(
        before,
      ) ||
        (!newSubject && /\bwhen you\b|\bif you (?!consent|agree|accept)/.test(before))) &&
      !/\bwe\b/.test(before.slice(-15))
    );
  }
  const from = Math.max(0, at - 30);
  // Every pattern below is asked only when the words it needs are there: this runs for each hit of a policy, and
  // most hits have none of them (a regex call, even failing at once, costs several substring tests).
  let before = s.slice(from, at);
  if (before.includes('我们')) before = before.replace(OUR_TOOL, '服务');
  if (before.includes('(') || before.includes('（')) before = before.replace(ASIDE, '');
  if (before.includes('阁下')) before = before.replace(/阁下/g, '您');
  ACTOR_FIRST.lastIndex = at;
  if (ACTOR_FIRST.test(s)) before = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1);
  const us = Math.max(
    before.lastIndexOf('我们'),
    before.lastIndexOf('本公司'),
    before.lastIndexOf('我方'),
    before.lastIndexOf('我行'),
    before.lastIndexOf('平台'),
  );
  const user = Math.max(before.lastIndexOf('您'), before.lastIndexOf('你'));
  // 「用户将信息分享至QQ或微信」: the user named in the third person acts as 您 does (not 「向用户…」, the user receiving;
  // Taiwan's 使用者 is 用户)
  if (
    (before.includes('用户') || before.includes('使用者')) &&
    /(?<![向与给对])(?:用户|使用者)(?:可以|可|将|自行|主动|选择|通过)[^，,。；;我]{0,12}$/.test(before)
  )
    return true;
  const sinceUs = before.slice(us + 1);
  // 「请您仅在必要的情形下向他人提供」「请你不要向他人透露验证码」: advice to the user, whose act it is
  // (not 「请您注意，第三方服务商可能会收集…」: asked to take note, the user is told what others do)
  if (
    user >= 0 &&
    before.includes('请') &&
    /请(?:您|你)(?!(?:特别)?(?:注意|知悉|悉知|了解|留意|理解|关注|放心|确认|查阅|阅读))[^，,。；;]{0,20}$/.test(before)
  )
    return true;
  // (not 「未经您同意不会主动共享」: 您 is the one whose consent is asked, and the operator, unnamed, is who acts)
  if (
    user >= 0 &&
    /[您你](?:(?!同意|授权|许可|允许)[^，,。；;我]){0,8}(?:自愿|主动|自行)[^，,。；;]{0,2}$/.test(before)
  )
    return true;
  // (「自己的」 within the 12 characters the pattern reads)
  const own = s.indexOf('自己的', at);
  if (own >= 0 && own <= at + 9 && /^[^，,。；;]{0,6}?自己的/.test(s.slice(at, at + 12))) return true;
  // what happens if the user refuses: 「若您不同意采集并共享这类信息，…」「如您拒绝提供，…」
  // — unless what is refused is someone else's hand-over: 「如您拒绝我们与合作方共享…，将无法…」 says it happens
  const refused =
    user >= 0 && (before.includes('拒绝') || before.includes('不同意'))
      ? /(?:如|若|如果)(?:您|你)(?:不同意|拒绝)([^，,。；;]{0,12})$/.exec(before)
      : null;
  if (refused && !/我们|我行|我方|第三方|合作|关联|sdk|服务商/.test(refused[1]!)) return true;
  // 「通过我们提供的功能组件向第三方分享」: the share button, pressed by the user
  if (
    (before.includes('组件') || before.includes('分享按钮') || before.includes('分享功能')) &&
    /(?:功能组件|分享组件|分享按钮|分享功能)[^，,。；;]{0,4}$/.test(before)
  )
    return true;
  // other people using the service: 「会议主持人可以选择录制会议，并共享给参会人」
  if (
    (sinceUs.includes('可') || sinceUs.includes('能够')) &&
    /(?:主持人|群主|发起人|创建者|发布者|其他用户)[^，,。；;我]{0,4}(?:可以|可|能够|也可)/.test(sinceUs)
  )
    return true;
  if (user < 0 || user < us) return false;
  // 「您需要向转转和第三方机构提供您的联系人信息」: what the user hands to a third party through the service goes out
  const handed = (before + s.slice(at, at + 24)).slice(Math.max(0, before.length - 12));
  if (
    handed.includes('向') &&
    /[您你][^，,。；;]{0,6}向[^，,。；;]{0,20}(?:第三方|合作|机构|商家|商户|服务商|提供方)/.test(handed)
  )
    return false;
  // 「您付款时，支付信息将提交给…」: an act that ends in 时/后 only sets the time of someone else's hand-over
  // (「…后，才会将您的信息提供给…」: 您的 after the comma is the data's owner, not a new act of the user)
  const comma = sinceUs.includes(',') || sinceUs.includes('，');
  if (comma && /(?:时|后|之前)[，,](?:[^您你]|[您你]的)*$/.test(sinceUs)) return false;
  // 「您的晒图仅在您选择公开后才会展示给其他用户」「唯有您在设定中同意，您的记录才会提供给…」: what waits (才) for the user's
  // act is done by the service, with the user's leave
  if (
    sinceUs.includes('才') &&
    /(?:同意|授权|允许|许可|选择|开启|打开|确认|勾选)[^您你]{0,12}?(?:后|时|[，,])(?:[^您你]|[您你]的)*?才(?:会|能|可|将|被)?[^您你]*$/.test(
      sinceUs,
    )
  )
    return false;
  // 「在获得您的同意或您主动选择的情况下共享」: the user's choice is the condition of a hand-over nobody else is named for
  if (sinceUs.includes('下') && /(?:情况|情形|前提)下[，,]?[^您你，,。；;]{0,6}$/.test(sinceUs)) return false;
  // 「您在使用服务时提供的信息可能被传输至关联公司」: what the user gave is the subject of someone else's hand-over (not
  // what the user posts, 「您发布的信息可能被他人收集」, which stays the user's act)
  const of = sinceUs.includes('的');
  if (
    of &&
    /[您你][^，,。；;]{0,14}?(?:提供|授权|填写|提交|输入|留下|登记|填报)的[^，,。；;]{1,16}?[，,]?(?:将|会|可能|可以|可)[^，,。；;]*$/.test(
      sinceUs,
    )
  )
    return false;
  // 「您上传的运动纪录将显示于排行榜供其他会员查看」: what the user posted, shown by the service to others
  if (
    of &&
    /[您你][^，,。；;]{0,14}?(?:上传|发布|发表)(?:到|至|在|于)?[^，,。；;的]{0,8}?的[^，,。；;]{1,16}?[，,]?(?:将|会)(?:被)?(?:(?:对|向)[^，,。；;]{1,10}?)?(?:显示|展示|公开|呈现|可见)[^，,。；;]*$/.test(
      sinceUs + /^[^，,。；;]*/.exec(s.slice(at, at + 14))![0],
    )
  )
    return false;
  // 「您在使用咨询服务过程中与咨询师之间的对话内容不会提供给…」: the user's act only describes the data, the subject
  if (
    of &&
    /[您你](?:在|于|使用|通过|参与|办理)[^，,。；;]{0,30}?的[^，,。；;]{1,16}?[，,]?(?:将|会|可能|不会|不得|绝不|也会|均会)[^，,。；;]*$/.test(
      sinceUs,
    )
  )
    return false;
  // 「将您在本应用中的浏览记录提供给…」: the user's phrase is inside the object of 将/把
  if (
    of &&
    (sinceUs.includes('将') || sinceUs.includes('把')) &&
    /(?:^|[，,])[^您你，,。；;]*(?:将|把)[您你][^，,。；;]{0,24}?的[^，,。；;]{0,16}$/.test(sinceUs) &&
    !/[您你](?:可以|可|能够|也可|随时|选择|通过)/.test(sinceUs)
  )
    return false;
  // 「您可以自主决定是否授权我们向合作加油站提供」: the operator acts, with the user's leave
  // (sinceUs starts after the last operator word, so this finds none: kept as written, asked only when one is there)
  if (
    (sinceUs.includes('我') || sinceUs.includes('本公司')) &&
    /(?:授权|允许|同意|委托)(?:我们|我方|本公司)[^，,。；;]{0,12}$/.test(sinceUs)
  )
    return false;
  // 「如您被诊断为法定传染病，接诊医生和医院将依法向…报告」: a new actor after the user's condition acts (and what is the user's,
  // 「若您选择开通…，您的宠物体检报告将…发送给…」, is the data, not the user acting again)
  const clause = sinceUs.slice(Math.max(sinceUs.lastIndexOf('，'), sinceUs.lastIndexOf(',')) + 1);
  // (or may see it: 「您在讨论区发布的帖子，同一班级的其他学员可以看到您的昵称」, the modal at the hit itself)
  if (
    clause !== sinceUs &&
    (/^(?:[^您你，,]|[您你]的){2,16}?(?:将|会|应当|应|需|须)/.test(clause) ||
      (/^(?!作为|为|以|对|在|当|如|若)[^您你，,]{2,16}$/.test(clause) && /^[可能]/.test(s.slice(at, at + 1))))
  )
    return false;
  // the user's first act after the operator was last named: 「您可以通过服务与您的好友分享」
  return USER_ACTS.test(sinceUs);
}
const USER_ACTS =
  /[您你](?:可以|可|能够|也可|随时|主动|自行|自愿|选择(?!的)|公开|对外|分享|共享|发布|通过|在|使用|与其他|向|需要|需|须|应当|应|不应|不要|浏览|注册|登录)/;

/** Words used as modifiers (「共享的信息」「提供个人信息的公司」) assert nothing. */
function adjectival(s: string, at: number, length: number): boolean {
  // As in userActs, each pattern is asked only when the words it needs are there (most hits have none).
  const before = s.slice(Math.max(0, at - 8), at);
  const after = s.slice(at + length, at + length + 14);
  const word = s.slice(at, at + length);
  // after 「的」: the noun the word modifies, or a list of its objects
  const of = after.startsWith('的');
  // (「接收我们提供的…」; but a hand-over to someone, 「将接收邮箱提供给电子发票平台」, names what is received by them)
  if (before.includes('接收') && /接收[^，,。；;]{0,6}$/.test(before) && !/[给予至]$/.test(word)) return true;
  // 「从合法公开披露的信息中收集」 collects; 「如果我们违反…公开披露」 is a right, not a practice
  const near = s.slice(Math.max(0, at - 34), at);
  if (
    (near.includes('从') || near.includes('违反')) &&
    /从(?!不|未|没|来)[^，,。；;]{0,6}$|违反[^。；;，,]{0,30}$/.test(near)
  )
    return true;
  // the user's own posts: 「您所共享的」「共享信息将被传播」「撤回您共享信息的同意」
  // (「我们与第三方共享信息的场景」 names a recipient before the verb: a hand-over, not the noun)
  // (「您所公开或共享的信息」: two of the user's verbs coordinated)
  const verbs = s.slice(Math.max(0, at - 14), at);
  if (
    (verbs.includes('您') || verbs.includes('你')) &&
    /[您你](?:所|已)?(?:[\u4e00-\u9fa5]{2}(?:或|和|及|、)){0,3}$/.test(verbs)
  )
    return true;
  if (
    /^(?:信息|资料|照片|内容)(?:将|的|时)/.test(after) &&
    // (「要求我们提供信息时」 is a hand-over; 「对外提供信息的行为」 a noun again)
    // (「我们共享信息的目的仅为…」: the operator's sharing, its verb with the operator as subject)
    (/(?:共享|分享)$/.test(word) || /^信息的(?:行为|情况|情形|目的|范围)/.test(after)) &&
    !/(?:与|向|给)[^，,。；;]{1,16}$|(?:我们|我方|本公司)(?:会|将|可能|仅)?$/.test(s.slice(Math.max(0, at - 18), at))
  )
    return true;
  // the sharing as the frame of a safeguard: 「对于共享的数据，我们会…审计」「对在共享过程中获得的个人信息采取…措施」
  if (
    (before.endsWith('对于') || before.endsWith('对') || before.endsWith('在')) &&
    /(?:共享|分享|提供|披露)$/.test(word) &&
    /^(?:的(?:数据|信息|个人信息|资料)|过程|环节|期间)/.test(after)
  )
    return true;
  // a list of processing verbs with no recipient: 「收集、存储、使用、转移、披露您的个人信息」
  const list = s.slice(Math.max(0, at - 24), at);
  if (
    (list.includes('收集') ||
      list.includes('使用') ||
      list.includes('存储') ||
      list.includes('储存') ||
      list.includes('保存')) &&
    /(?:收集|使用|存储|储存|保存)[、,和及与或/]{1,3}(?:[\u4e00-\u9fa5]{2}[、,和及与或/]{1,3}){0,4}$/.test(list) &&
    !/第三方|合作|关联|他人|其他方|公司|机构|接收方|sdk|广告|商家|不会|不得|绝不|决不|从不|并不|从未|不[将把向与]/.test(
      s,
    )
  )
    return true;
  // 「我们会如何收集、使用、共享…」 describes the policy, it does not disclose anything
  // (「无论在何种情况下，我们都不会公开」 is a refusal, not a question)
  const question = s.slice(Math.max(0, at - 16), at);
  if (
    (question.includes('如何') || question.includes('情况下') || question.endsWith('年报')) &&
    /(?:如何|(?:什么|哪些|何种)情况下)[^。；;]{0,14}$|年报$/.test(question) &&
    !/(?:无论|不论|任何)[^。；;]{0,4}(?:何种|什么)/.test(list)
  )
    return true;
  // data coming in: 「渠道方会与我们共享」「从关联方获取您授权共享的信息」
  if (
    (before.includes('我') || before.includes('本公司')) &&
    /(?:与|向|给)(?:我们|我行|我方|本公司)(?:进行)?$/.test(before)
  )
    return true;
  const source = s.slice(Math.max(0, at - 40), at);
  // (what was collected from the user is the user's data, whatever then happens to it: 「把从您处收集的个人信息卖给数据经纪商」)
  if (
    source.includes('从') &&
    /从(?![您你]处|[您你]那里|用户处)[^，,。；;]{0,24}(?:获取|获得|取得|收集)[^，,。；;]{0,8}$/.test(source)
  )
    return true;
  // 「向合作伙伴收集其…经您授权可以共享使用的信息」: what a party gives the operator, asked of it
  if (
    source.includes('向') &&
    /向(?!您|你|用户)[^，,。；;]{1,16}?(?:收集|获取|取得|索取)[^，,。；;]{0,14}$/.test(source) &&
    !/(?:提供|共享|披露)给|(?:提供|共享|披露)予/.test(s.slice(at, at + 24))
  )
    return true;
  // what others shared with us: 「第三方合法共享的您的信息」「合作伙伴取得您授权或依据法律共享的信息」
  if (
    of &&
    /(?:共享|分享|提供|披露)$/.test(word) &&
    /^的(?:您的|你的)?(?:个人)?(?:信息|数据|资料|资讯)/.test(after) &&
    /(?:第三方|合作伙伴|合作方|关联(?:公司|方)|其他方|渠道方)[^，,。；;我]{0,16}$/.test(list) &&
    // (「第三方类型与共享的个人信息如下表所示」: 与 joins two nouns, the parties and what is shared with them)
    !/(?:类型|名称|名单|清单|目的)(?:与|和|及|以及)$/.test(before) &&
    !/(?:与|向|给)(?:第三方|合作伙伴|合作方|关联(?:公司|方)|其他方)[^，,。；;]{0,6}$/.test(question)
  )
    return true;
  // a title that is only a noun phrase: 「三、我们可能分享、转让和披露的个人信息；」 (at most 24 characters after the word)
  const rest = s.length - at - length <= 24 ? s.slice(at + length) : '';
  if (
    rest.includes('的') &&
    /^(?:[、和及或]{1,2}(?:共享|分享|提供|披露|转让|公开披露|公开|出售|传输|转移)){0,3}的(?:个人)?(?:信息|数据|资料|资讯)[；;。]?$/.test(
      rest,
    )
  )
    return true;
  // 「并对被披露的信息采取安全防护措施」: what a hand-over made, named as the object of a duty
  if (of && before.endsWith('被') && /^的(?:个人)?(?:信息|数据|资料|资讯)/.test(after)) return true;
  // 「要求披露请求方出具法律文件」: the one who asks for a disclosure, a noun
  if (after.startsWith('请求') && /^请求(?:方|人|者)/.test(after)) return true;
  // the noun 「共享信息」 (what users posted) and the operator's published channels 「本政策披露的联系方式」
  if ((after.startsWith('信息') || after.startsWith('个人信息')) && (before.endsWith('删除') || before.endsWith('的')))
    return true;
  // the act as a noun under a duty: 「确保个人信息共享符合相应法律规定」
  if (/^(?:行为|活动)?(?:符合|合规|合法合规)/.test(after)) return true;
  // remedies for a breach: 「立即停止共享」「如果我们共享…的行为违反法律法规」; what stops once consent is withdrawn
  // (「撤回后我们将停止向相应第三方提供」「撤回后我们将不再共享该信息」)
  if (
    before.endsWith('停止') ||
    (before.includes('停止') && /停止向[^，,。；;]{1,12}$/.test(before)) ||
    (before.endsWith('不再') && /撤回|撤销/.test(s)) ||
    (after.includes('的行为违反') && /^[^，,。；;]{0,16}的行为违反/.test(after))
  )
    return true;
  // the consent a right withdraws, named by the hand-over it allowed: 「撤回您对个人信息共享的授权」「撤回对第三方共享的同意」
  if (/(?:撤回|撤销|收回)[^，,。；;]{0,10}$/.test(before) && /^[^，,。；;]{0,6}?(?:的)?(?:授权|同意)/.test(after))
    return true;
  // a time used as a modifier: 「超出您原本向第三方提供个人信息时的授权范围」 names a scope, nothing is handed over
  // (not 「实时的」「同时的」: adverbs)
  const clauseAfter = s.slice(at + length, at + length + 24);
  if (clauseAfter.includes('时的') && /^[^，,。；;]{0,20}?(?<![实同及临定适即按准])时的/.test(clauseAfter)) return true;
  // a choice left open: 「您可以选择是否披露」「是否公开展示」
  const lead = s.slice(Math.max(0, at - 16), at);
  if (lead.includes('是否') && /是否(?:同意|愿意|选择)?(?:被|向[^，,。；;]{0,8})?$/.test(lead)) return true;
  if (of && /^的(?:联系方式|方式|渠道|地址|邮箱|电话)/.test(after)) return true;
  // nouns built on the verb: 「共享目的」「共享清单」「的共享：」
  if (of && /^的[^，,。；;]{0,6}(?:清单|列表|目录|名单)/.test(after)) return true;
  if (/^(?:的)?(?:目的(?!地)|范围|清单|列表|目录|行为|功能|方式|照片|图片|视频|文件|相册)/.test(after)) return true;
  if (before.endsWith('的') && /^\s*[：:]?\s*$/.test(after)) return true;
  // a title: 《第三方信息共享清单》
  const open = s.lastIndexOf('《', at);
  if (open >= 0 && s.indexOf('》', open) > at) return true;
  const ofAhead = after.includes('的');
  if (
    ofAhead &&
    /^[^，,。；;]{0,8}?的(?:公司|组织|第三方|合作方|接收方|合作伙伴)/.test(after) &&
    /要求|签署|保密/.test(s)
  )
    return true;
  // 「防止转移予服务供应商的资料被保存超过所需时间」: the data a hand-over made, named inside a duty on it
  if (
    ofAhead &&
    /^[^，,。；;]{0,12}?的(?:个人)?(?:信息|数据|资料|资讯)/.test(after) &&
    /(?:防止|避免|确保|督促)[^，,。；;]{0,4}$/.test(before)
  )
    return true;
  return of && /^的(?:个人)?(?:信息|数据|资料|资讯|内容)/.test(after) && /要求|无权|不得/.test(s);
}

// 「我们共享您的信息时，会要求接收方…保密」「如需将儿童信息共享至第三方，我们将评估…」: the hand-over only sets the scene
// (a leading 「…时」「如需…」 clause) for duties the operator takes on; POLARITY.md labels such requirements `none`.
const SCENE_END = /(?:时|之时|的时候|前|之前)$/;
const SCENE_START = /^(?:[\d一二三四五六七八九十]{1,3}[、.．)）]\s*)?(?:如|若|如果|如需|若需|当|在)/;
// (「如我们与上述第三方分享您的信息，我们将会采用加密、匿名化处理等手段保障您的信息安全」: safeguards too)
// (not a demand the operator meets: 「证监会依法开展调查时，我们将按要求提供」 hands the data over)
const DUTY =
  /(?<![按照据应其])要求|督促|评估|审查|审核|签署|约定|监督|确保|核查|保障|(?:采取|采用)[^。；;]{0,16}?(?:措施|手段)/;
const DUTY_CONSENT = /同意|授权|许可|告知|通知/;

/** The offset from `at` of the first comma at or after it, or -1: `s.slice(at).search(/[，,]/)` without the slice. */
function commaAfter(s: string, at: number): number {
  const wide = s.indexOf('，', at);
  const narrow = s.indexOf(',', at);
  const first = wide < 0 ? narrow : narrow < 0 ? wide : Math.min(wide, narrow);
  return first < 0 ? -1 : first - at;
}

function sceneOnly(s: string, at: number): boolean {
  const comma = commaAfter(s, at);
  if (comma < 0) return false;
  const clauseFrom =
    Math.max(s.lastIndexOf('，', at), s.lastIndexOf(',', at), s.lastIndexOf('：', at), s.lastIndexOf(':', at)) + 1;
  const scene = s.slice(clauseFrom, at + comma);
  if (!SCENE_END.test(scene) && !SCENE_START.test(scene)) return false;
  const rest = s.slice(at + comma + 1).split(/[。；;]/)[0]!;
  return (
    DUTY.test(rest) &&
    !DUTY_CONSENT.test(rest) &&
    // (what a duty clause names — 「确保个人信息共享符合相应法律规定」 — is the duty's object, not a new hand-over)
    !/共享|提供|披露|转让|传输|分享/.test(rest.replace(/(?:(?<![按照据应其])要求|督促|确保)[^。；;]*/, ''))
  );
}

/** In running prose (not a title line), "Family Sharing" or "Sharing Disclosure" names a product or a document. */
function properName(original: string, at: number): boolean {
  if (!/^(?:Shar|Disclos|Transfer)/.test(original.slice(at, at + 8))) return false;
  if (original.split(/\s+/).length <= 12) return false;
  return (
    /\b[A-Z][\w'’-]* $/.test(original.slice(Math.max(0, at - 30), at)) || /^\w+ [A-Z]/.test(original.slice(at, at + 30))
  );
}

// A run-in heading: a title in capitals that the first sentence of its paragraph follows without a stop ("How We
// Share Information We do not give …", "4. Disclosure of Your Data We may …"). The title asserts nothing and is no
// reason to skip the sentence after it; "We" in capitals after it starts that sentence.
const RUN_IN =
  /^\W*(?:[\d.]+\s*)?(?:(?:[A-Z][\w'’-]*|of|and|or|to|with|the|a|an|for|your|our|we|by|in|about)\s+){2,10}?(?=(?:We|Our|Your|You|The|This|These|Such|No|None|If|When)\s+[a-z])/;
const runInTitle = (original: string): number => RUN_IN.exec(original)?.[0].length ?? 0;

// a title that only names the topic (analyzeSentence)
const ZH_TOPIC_ACT = '(?:共享|转让|公开披露|披露|分享|揭露|委托处理|转移|对外提供)';
const ZH_TOPIC_TITLE = new RegExp(
  `^\\s*(?:(?:个人)?(?:信息|资料|数据)(?:的|之)?)?${ZH_TOPIC_ACT}(?:[、和与及]|以及)?(?:${ZH_TOPIC_ACT}(?:[、和与及]|以及)?)*[。.:：]?\\s*$`,
);

// (numbered as a section or a part too, "Section 6: Sharing and Disclosure", and naming who in a few words: "Sharing
// with event organisers")
const EN_TOPIC_TITLE =
  /^\W*(?:(?:section|part|article|chapter)\s+[\dIVXivx]+(?:\.\d+)*\s*[:.–-]?\s+|\d+(?:\.\d+)*\.?\s+)?(?:(?:personal |your )?(?:data|information)\s+)?(?:disclosures?|sharing|transfers?)(?: (?:and|&) (?:disclosures?|sharing|transfers?))?(?: of (?:your )?(?:personal )?(?:data|information))?(?: (?:to|with) (?:third[- ]parties|others|(?:our )?(?:[\w-]+ )?(?:partners|affiliates|service providers|organi[sz]ers|vendors|advertisers|providers)))?\s*$/i;

// a table's header row: every cell a label (「合作方名称｜共享目的｜共享信息｜共享方式」) names the columns, no hand-over
const ZH_LABEL =
  '[^|｜]{0,6}?(?:名称|类型|类别|种类|目的|用途|信息|字段|方式|主体|范围|场景|链接|政策|期限|内容|说明|对象)';
const ZH_HEADER_ROW = new RegExp(`^\\s*(?:${ZH_LABEL}\\s*[|｜]\\s*){2,}${ZH_LABEL}\\s*[|｜]?\\s*$`);

/** `original` is the sentence before folding: English names ("Family Sharing", "Privacy Disclosures") need its capitals. */
export function analyzeSentence(
  s: string,
  lang: Lang,
  heading: boolean,
  original: string = s,
  words?: number,
  /** the prefilter bits of the same scan as `words` */
  prefilters?: number,
): SentenceDisclosure[] {
  if (heading) return [];
  const english = lang === 'en';
  // one scan finds the candidate words, every word-list gate of the rules and the prefilters' words (`words`,
  // `prefilters`: done by the caller)
  let found = 0;
  if (!english) {
    found = words ?? zhWords(s, 0, s.length);
    prefilters = words === undefined ? zhPrefilters() : prefilters;
  }
  if (english ? !enCandidate(s) : !zhCandidate(found, s)) return [];
  // a title that only names the topic, numbered or not (「个人信息的共享、转让和公开披露」「公开披露」): no one discloses
  if (!english && s.length <= 24 && ZH_TOPIC_TITLE.test(s)) return [];
  // (and in English, 「6.2 Disclosure to third parties」「Data Sharing with Third Parties」)
  if (english && s.length <= 64 && EN_TOPIC_TITLE.test(s)) return [];
  if (!english && (s.includes('|') || s.includes('｜')) && ZH_HEADER_ROW.test(s)) return [];
  // whether the sentence is one to skip, or talks of security, is asked once a rule fires: most candidates fire none
  let skip: boolean | null = null;
  let runIn = 0;
  let security = false;
  let adviceEnd = Infinity;
  let byPolarity: Map<Polarity, SentenceDisclosure> | null = null; // most candidates never need one
  const rules = english ? EN_RULES : ZH_RULES;
  for (let k = 0; k < rules.length; k++) {
    const rule = rules[k]!;
    const gateBit = english ? 0 : ZH_GATE_BITS[k]!;
    if (gateBit !== 0 ? (found & gateBit) === 0 : rule.gate && !rule.gate.test(s)) continue;
    const hits = rule.detect(s, prefilters);
    if (hits.length > 0 && skip === null) {
      // the title's own words count only when the sentence after it discloses nothing
      if (english) runIn = runInTitle(original);
      if (runIn && !EN_RULES.some((r) => (!r.gate || r.gate.test(s)) && r.detect(s).some((h) => h.index >= runIn)))
        runIn = 0;
      // (a section named in quotes, 「(for more information see "How we share your information" below)」, is a
      // pointer: its words are not the sentence's)
      const plain =
        english && (s.includes('"') || s.includes('“')) ? s.replace(QUOTED_EN, (m) => ' '.repeat(m.length)) : s;
      skip = english
        ? enSkip(plain) && (!runIn || enSkip(plain.slice(runIn)))
        : SKIP_WORDS.mayHold(s, prefilters) && ZH_SKIP.test(s);
      if (skip) return [];
      security = !english && SECURITY_WORDS.mayHold(s, prefilters) && ZH_SECURITY.test(s);
      const advice = english || !ADVICE_WORDS.mayHold(s, prefilters) ? null : ADVICE.exec(s);
      if (advice) adviceEnd = advice.index + advice[0].length;
    }
    for (const hit of hits) {
      const word = s.slice(hit.index, hit.index + hit.length);
      // a capitalised disclosure word inside an English sentence is a product or document name
      if (english && properName(original, hit.index)) continue;
      if (security && ZH_SECURITY_VERBS.test(word) && rule.kind !== 'list-entry') continue;
      if (hit.index >= adviceEnd || hit.index < runIn) continue;
      if (
        rule.kind !== 'list-entry' &&
        (userActs(s, hit.index, lang) ||
          (!english && (adjectival(s, hit.index, hit.length) || sceneOnly(s, hit.index))))
      )
        continue;
      const polarity =
        rule.kind === 'list-entry'
          ? 'shares'
          : english
            ? polarityEn(s, hit.index)
            : polarityZh(s, hit.index, prefilters);
      byPolarity ??= new Map();
      const current = byPolarity.get(polarity);
      if (!current) {
        // (recipients filled by push(), not copied by a spread: see tag() in index.ts)
        const recipients: Recipient[] = [];
        for (const r of hit.recipients ?? []) recipients.push(r);
        byPolarity.set(polarity, { polarity, rule, triggers: [[hit.index, hit.index + hit.length]], recipients });
        continue;
      }
      if (rule.priority > current.rule.priority) current.rule = rule;
      current.triggers.push([hit.index, hit.index + hit.length]);
      for (const r of hit.recipients ?? []) if (!current.recipients.includes(r)) current.recipients.push(r);
    }
  }
  return byPolarity ? [...byPolarity.values()] : [];
}
