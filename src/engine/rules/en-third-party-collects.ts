import { hitsOf, type Rule, type RuleHit } from './types';
import { WHY } from './why';
import { COLLECT_VERBS, TOOLS } from '../lexicon/en-verbs';

const PARTY =
  'third[- ]part(?:y|ies)|outside (?:parties|organi[sz]ations|entities)|(?:non-?|un)affiliated (?:third[- ]parties|parties|entities|businesses|organi[sz]ations)|non-?affiliated companies|partners?|advertisers|ad networks|advertising networks|service providers|vendors|suppliers|sub-?processors|sdks?|analytics (?:providers|tools?|services?|software|platforms?)|google analytics|(?:social media |social )?(?:plug-?ins|pixels|widgets|buttons)|embedded (?:videos?|content|players?)|providers|processors|contractors|(?:ad|advertising|analytics|marketing|tracking|other|outside|third[- ]party|unaffiliated) companies|' +
  TOOLS;
// The party must be the one collecting: not "from third-party sources we may also collect" (we act), nor the noun in
// "the third party's use of", "as a result of your use" (but "cookies from our advertising partners are placed" are
// theirs).
const COLLECTS = new RegExp(
  `(?<!(?<!\\bcookies )\\bfrom (?:[\\w-]+ ){0,2})\\b(?:${PARTY})\\b[^.;]{0,50}?(?<!\\b(?:your|our|the|their|its|his|her|of|any|you)\\s|'s\\s|s'\\s)\\b(?:may |might |can |will |also |to |who |that |which |help us |on our behalf )*(?:${COLLECT_VERBS})\\b`,
  'g',
);

// (not data coming in: "we collect data from third parties that collect it lawfully")
const WE_COLLECT_FROM = new RegExp(
  `\\b(?:we|us)\\b[^.;]{0,40}?\\b(?:${COLLECT_VERBS}|gets?|got|acquires?|acquired)\\b[^.;]{0,40}?\\bfrom (?:[\\w-]+ ){0,3}$`,
);
// The party as the subject of a relative clause, even after "from": "SDKs from analytics providers that collect your
// device identifiers" (where "from third-party sources we collect" has the operator collect).
const WHO_COLLECT = new RegExp(
  `\\b(?:${PARTY})\\b,? (?:that|which|who) (?:may |might |can |will |also |automatically )*(?:${COLLECT_VERBS})\\b`,
  'g',
);

// Passive: "data collected by other advertising companies", "recordings transcribed by a provider".
const BY = '(?:collected|received|processed|used|accessed|hosted|stored|transcribed|handled)(?: directly)? by';
const COLLECTED_BY = new RegExp(
  `\\b${BY} (?:[\\w',-]+ ){0,4}?(?:${PARTY}|advertising companies|companies|processor|provider|vendor|contractor)\\b`,
  'g',
);

// The party's own cookies on the operator's pages (POLARITY.md: third-party ad networks' cookies on our site share):
// "Third parties with whom we partner to show ads also use cookies to collect…", the party far from its verb.
const COOKIES_BY = new RegExp(
  `\\b(?:${PARTY})\\b(?:(?!\\b(?:we|us|you|i)\\b)[^.;]){0,160}?\\b(?:use|uses|place|places|set|sets|drop|drops)\\b(?:(?!\\b(?:we|us|you)\\b)[^.;]){0,30}?\\b(?:cookies|web beacons|pixels?|tracking technologies|similar technologies)\\b`,
  'g',
);

// A party let in by the operator's code, named by its brand: "we use the Meta Pixel, which allows Meta to collect
// information about your purchases" (not the user or the operator let in, "allows you to", "lets us", nor what the user
// allows: "if you allow the app to access your location")
const LETS_COLLECT = new RegExp(
  `\\b(?:allows|allowing|lets|letting|enables|enabling|permits)(?<!\\b(?:you|users?|to|can|may) [a-z]+) (?!(?:you|us|users?|me|the user)\\b)(?:[\\w&.'-]+ ){1,3}?to (?:collect|receive|gather|obtain|track)\\b`,
  'g',
);

// A tool the operator names as used on its pages, which collects by itself: "we use Firebase Crashlytics, which
// collects crash logs and device model", "our pages carry audience measurement tags from Ipsos and Comscore, which
// collect pseudonymous browsing data" — not the operator's own cookies, logs or servers ("we use cookies, which
// collect…", "we use log files, which record…").
const TOOL_COLLECTS =
  /\b(?:we (?:use|integrate|embed|have integrated|rely on)|(?:our|the|this) (?:app|apps|site|website|pages?|service|platform) (?:uses?|carr(?:y|ies)|contains?|includes?|embeds?|integrates?))\b((?: [\w&.'’-]+){1,8}?),? (?:which|that|who) (?:may |also |automatically |can )*(?:collects?|receives?|records?|logs?|gathers?|tracks?)\b(?= [^.;]{0,40}?\b(?:data|information|logs?|identifiers?|ids?|address(?:es)?|model|versions?|behaviou?r|activity|usage|events?)\b)/g;
const OWN_MEANS =
  /^ (?:(?:our own|our|first[- ]party|essential|necessary|session|persistent|strictly necessary) )*(?:cookies|web beacons|beacons|log files|logs|server logs|servers|technologies|systems|software|encryption|forms?|tools)$/;

/** TOOL_COLLECTS's hits, each the tool's own verb (the operator using it is no hand-over of its own). */
function toolHits(s: string): RuleHit[] {
  const out: RuleHit[] = [];
  TOOL_COLLECTS.lastIndex = 0;
  for (let m = TOOL_COLLECTS.exec(s); m; m = TOOL_COLLECTS.exec(s)) {
    if (OWN_MEANS.test(m[1]!)) continue;
    const verb = m[0].search(/\S+$/);
    out.push({ index: m.index + verb, length: m[0].length - verb });
  }
  return out;
}

// Third-party code inside the app, which collects by being there: "our app contains third-party analytics SDKs", and as
// often its refusal — "does not contain any third-party advertising SDKs", "we do not allow third-party trackers in
// our kids' apps", "contains no third-party tracking SDKs" (the hit is the code's name, after the refusal's words)
const HAS_CODE =
  /(?<=\b(?:contains?|containing|includes?|including|uses?|using|embeds?|integrates?|allows?|permits?|has|have)\b (?:any |no )?(?:third[- ]party |external )(?:[\w-]+ (?:or [\w-]+ |and [\w-]+ )?)?)(?:sdks?|trackers|tracking(?: tools| technologies| code| software)?|software development kits)\b/g;

// Whoever the sentence names receiving the user's data, by any name: "your employer receives a copy of your course
// certificate", "…, and it receives your name and postal address" (not the operator or
// the user: "we receive your order", "you will receive your tickets")
const RECEIVES_YOURS = /\b(?:receives?|gets)\b(?= (?:a copy of |a summary of |copies of |details of )?your\b)/g;
// (the one who receives named by what it is, or as "it"/"which" after it was named: the operator's own app, team or brand
// receiving — "this app receives your location", "Quillhub receives your IP address" — is collection)
const RECEIVER_BEFORE = new RegExp(
  `\\b(?:it|which|who|that|employers?|landlords?|schools?|teachers?|tutors?|coach(?:es)?|parents?|guardians?|insurers?|lenders?|banks?|agenc(?:y|ies)|brokers?|charit(?:y|ies)|clubs?|venues?|organi[sz]ers?|hosts?|drivers?|couriers?|merchants?|sellers?|restaurants?|hotels?|clinics?|practices?|doctors?|pharmac(?:y|ies)|dealers?|installers?|recruiters?|matches|${TOOLS})(?: (?:may|will|would|can|also|then|only|automatically|directly))*\\s$`,
);
const receivesYours = (s: string): RuleHit[] =>
  hitsOf(RECEIVES_YOURS, s).filter((h) => RECEIVER_BEFORE.test(s.slice(Math.max(0, h.index - 40), h.index)));

export const rule: Rule = {
  id: 'en-third-party-collects',
  lang: 'en',
  kind: 'disclosure',
  priority: 15,
  severity: 'medium',
  laws: [{ law: 'PIPL', article: 23 }],
  why: WHY.thirdPartyCollects,
  // what every match of COLLECTS or COLLECTED_BY holds, asked first: COLLECTS opens with a lookbehind that V8
  // tries at every position of every sentence
  gate: new RegExp(
    `${RECEIVES_YOURS.source}|\\b(?:${PARTY})\\b|\\b${BY} |\\b(?:allow|let|enabl|permit)|\\b(?:we|app|apps|site|website|pages?|service|platform) (?:use|integrate|embed|have|rely|carr|contain|include)`,
  ),
  detect: (s) => [
    ...hitsOf(COLLECTS, s),
    ...(s.includes('from')
      ? hitsOf(WHO_COLLECT, s).filter((h) => !WE_COLLECT_FROM.test(s.slice(Math.max(0, h.index - 80), h.index)))
      : []),
    ...hitsOf(COLLECTED_BY, s),
    ...hitsOf(COOKIES_BY, s),
    ...(s.includes('sdk') || s.includes('track') || s.includes('development kit') ? hitsOf(HAS_CODE, s) : []),
    ...(s.includes('which') || s.includes('that') || s.includes('who') ? toolHits(s) : []),
    ...(s.includes('receive') || s.includes('gets') ? receivesYours(s) : []),
    // (the verb's stem asked first: most sentences let nobody in)
    ...(s.includes('allow') || s.includes('let') || s.includes('enabl') || s.includes('permit')
      ? hitsOf(LETS_COLLECT, s)
      : []),
  ],
};
