import type { Lang } from './types';
import { tag } from './vocabulary';
import { TOOLS } from './lexicon/en-verbs';

/**
 * The operator's own name, where the lexicon would read it as words: an app called 广告门 or 广告狂人 names no ad
 * purpose when its policy says 「与广告门的关联公司共享」. Read from how a Chinese policy names itself near its top:
 * 《X隐私政策》「X个人信息保护政策」「（以下简称X或我们）」. Only names that hold a purpose word and no recipient are
 * kept: 「第三方SDK隐私政策」 or an ad network's own 「广告联盟隐私政策」 still name who receives data.
 */

const HEAD = 3000;
// a title: the start of a line or a 《 before the name (「根据法律法规…对本隐私政策进行修订」 is no title)
const TITLED =
  /(?:^|[\n《])\s*([\u4e00-\u9fa5a-z0-9]{2,12}?)(?:app|应用|平台)?(?:用户|使用者)?(?:隐私权?政策|隐私协议|隐私保护政策|个人信息保护政策)/g;
const CALLED = /以下简称[“"「]?([\u4e00-\u9fa5a-z0-9]{2,12}?)[”"」]?(?:或|）|\)|，|,)/g;
// what every policy calls itself or its reader: never an operator's name
const GENERIC = /^(?:本|我们|我司|用户|您|你|个人|儿童|隐私|平台|公司|产品|服务|软件|应用|app)/;

export function ownNames(folded: string, lang: Lang): string[] {
  if (lang === 'en') return [];
  const head = folded.slice(0, HEAD);
  const names = new Set<string>();
  for (const pattern of [TITLED, CALLED])
    for (const m of head.matchAll(pattern)) if (m[1] && !GENERIC.test(m[1])) names.add(m[1]);
  return [...names].filter((name) => {
    const words = tag(name, lang);
    return words.purposes.length > 0 && words.recipients.length === 0;
  });
}

// a tool's own policy: a line of its name and "privacy policy/notice/statement" alone near the top (not "see PayPal's
// privacy policy"), or a line opening with its name as what the policy calls "we" (「Stripe, Inc. ("Stripe", "we")」)
const OWN_TOOL = new RegExp(
  `(?:^|\\n)[^\\S\\n]*(?:the )?(${TOOLS})\\b(?!['’])(?:[^\\n.]{0,30}?\\bprivacy (?:policy|notice|statement)[^\\S\\n]*(?:\\n|$)|[^\\n]{0,40}?\\([^)\\n]{0,40}?["“](?:we|us)["”])`,
  'g',
);

/**
 * An English policy with the tools named in its title or as "we" blanked (spaces of the same length, so offsets
 * hold): a tool's policy saying "Stripe collects" describes the operator collecting, not a tool in someone's app.
 */
export function withoutOwnTools(folded: string): string {
  const head = folded.slice(0, HEAD);
  const names = new Set<string>();
  for (const m of head.matchAll(OWN_TOOL)) names.add(m[1]!);
  let out = folded;
  for (const name of names) out = out.replace(new RegExp(`\\b${name}\\b`, 'g'), ' '.repeat(name.length));
  return out;
}
