import type { Sentence } from './segment';

/**
 * Reads the outline the way an expert annotator does: everything under a heading about sharing (「三、我们如何
 * 共享、转让、公开披露您的个人信息」) is about disclosure, and so are the items of a list that a disclosure
 * sentence introduces (「…但以下情况除外：」). Returns, per sentence, whether context makes it a disclosure item.
 */

const SHARING_HEADING =
  /共享|分享|转让|披露|对外提供|委托处理|第三方|sdk|提供给|合作方|share|sharing|disclos|third part|transfer/;
const NOT_SHARING_HEADING =
  /从第三方|自第三方|来自|间接获取|获取的|收集|cookie|如何使用|存储|储存|保留|保存|保护|更新|变更|联系|注销|删除|权利|未成年|儿童|跨境|出境|境外|权限|停止运营|访问和控制|管理信息|提示$/;

// Advice to the reader inside a sharing section (「请您谨慎…」「如您拒绝…」「…不影响其他功能」) says nothing about disclosure.
// So are third parties' own services and terms (「第三方的社交媒体或其他服务」「不适用于…」「受其隐私政策约束」),
// assurances (「我们非常重视…」「我们坚信…」「严格保密」) and directions through the app's settings (「点击【设置】」
// 「在设置页面关闭」). Annotators marked 4 of 38 sharing-section lines with the last three kinds of words.
const ASIDE =
  /请(?:您|你)|建议(?:您|你)|谨慎|如(?:您|你)(?:拒绝|不)|社交媒体|不适用于|受[^。；;]{0,16}(?:隐私政策|隐私权政策|服务条款|保护政策)[^。；;]{0,4}约束|非常重视|坚信|严格保密|设置|其他功能|点击【|进入【/;

// A numbered line that only names a kind of recipient (「2、供应商、服务提供商和其他合作伙伴。」) is a sub-heading over the
// paragraph saying what they receive: annotators leave it unmarked, and alone it tells the reader nothing.
const PARTY_TITLE = /^[^,，;；:：]{2,32}(?:合作伙伴|合作方|服务商|供应商|提供商|第三方)[。.:：]?$/;
const partyTitle = (s: Sentence, text: string) => s.marker !== null && s.end - s.start <= 36 && PARTY_TITLE.test(text);

interface Level {
  marker: string;
  /** true: about sharing; false: about something else (storage, rights…); null: inherits from its parent */
  sharing: boolean | null;
}

// What users share with each other (「分享功能」「您分享的信息」「个人信息展示与分享」) is a feature, not a disclosure.
const USER_SHARING_HEADING = /(?:您|你|用户)的?(?:公开)?分享|分享(?:功能|互动|按钮)|信息分享/;
// Under a heading about something else, only words naming the operator's own disclosure open a sharing section:
// 「(七)涉及第三方合作方场景 > b.使用第三方SDK」 inside the collection chapter still describes collection.
const OPERATOR_SHARING_HEADING = /共享|转让|披露|对外提供|委托处理|提供给|展示与分享/;

function verdict(heading: string, parent: boolean | null): boolean | null {
  if (NOT_SHARING_HEADING.test(heading) || USER_SHARING_HEADING.test(heading)) return false;
  if (parent === false) return OPERATOR_SHARING_HEADING.test(heading) ? true : null;
  return SHARING_HEADING.test(heading) ? true : null;
}

function parentVerdict(stack: readonly Level[]): boolean | null {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.sharing !== null) return stack[i]!.sharing;
  return null;
}

/** Per sentence, the verdict of the section it stands in: true about sharing, false about something else, null unknown. */
export function outline(sentences: readonly Sentence[], folded: string): Array<boolean | null> {
  const out: Array<boolean | null> = [];
  const stack: Level[] = [];
  for (const s of sentences) {
    if (s.heading) {
      // An unnumbered heading is a leaf under the current numbered one; the next heading of any kind ends it.
      while (stack.length > 0 && stack[stack.length - 1]!.marker === 'plain') stack.pop();
      const marker = s.marker ?? 'plain';
      const at = marker === 'plain' ? -1 : stack.findIndex((level) => level.marker === marker);
      if (at >= 0) stack.length = at;
      stack.push({ marker, sharing: verdict(folded.slice(s.start, s.end), parentVerdict(stack)) });
    }
    out.push(parentVerdict(stack));
  }
  return out;
}

// A line of a sharing section that names no data, no party and no hand-over (「您可以通过“联系我们”章节的反馈渠道联系
// 我们」, a sensor table, a user-conduct rule) is not about disclosure, whatever section it stands in (issue 14: the
// section rule spilling into such lists halved precision on another team's corpus).
const ABOUT =
  /信息|数据|资料|资讯|号码|账号|帐号|位置|设备|标识|information|data|third[- ]part|partner|affiliate|vendor|provider|advertis|share|disclos|transfer/;

/** `/[；;]$/.test(sentence)`, read from the folded text without a slice. */
const endsClause = (folded: string, end: number) => {
  const c = folded.charCodeAt(end - 1);
  return c === 0xff1b || c === 59;
};

export function contextItems(
  sentences: readonly Sentence[],
  folded: string,
  sections: ReadonlyArray<boolean | null>,
  disclosing: ReadonlySet<number>,
  /** whether sentence i names a party or a hand-over word (the Chinese word scan's bits); absent: by ABOUT alone */
  names: (i: number) => boolean = () => false,
  /** the list items that look like titles (segment.ts listItems()) */
  items: ReadonlySet<number> = new Set(),
): Set<number> {
  const inContext = new Set<number>();
  let list: { marker: string | null; line: number } | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    // (an item of a list that looks like a title is still the list's: segment.ts listItems())
    if (s.heading && !items.has(i)) {
      list = null;
      continue;
    }
    const inSection = sections[i] === true;
    // most sentences stand in no list, outside any sharing section, and lead nothing: those need no slice
    if (!list && !inSection && !s.lead) continue;
    const text = folded.slice(s.start, s.end);
    if (list) {
      const continues =
        s.line === list.line ||
        (s.first && s.marker !== null && (list.marker === null || s.marker === list.marker)) ||
        (s.first && s.marker === null && s.end - s.start < 100 && endsClause(folded, s.end));
      if (continues) {
        if (list.marker === null && s.first) list.marker = s.marker;
        list.line = s.line;
        inContext.add(i);
      } else list = null;
    }
    if (inSection && !ASIDE.test(text) && !partyTitle(s, text) && (ABOUT.test(text) || names(i))) inContext.add(i);
    if (s.lead && (disclosing.has(i) || /以下|下列|如下|下述|following|these/.test(text))) {
      if (disclosing.has(i) || inSection) list = { marker: null, line: s.line };
    }
  }
  return inContext;
}
