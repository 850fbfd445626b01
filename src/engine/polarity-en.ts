import type { Polarity } from './types';
import { HOSTS } from './lexicon/en-verbs';

/** Negation scope for English: the same three answers as polarityZh, on lowercased text. */

const NEGATOR =
  /\b(?:not|never|no longer|cannot|can't|won't|don't|doesn't|didn't|neither|nor|none|nothing|nobody|refrain from|refuse to|decline to|(?:prohibited|forbidden|barred) (?:by law )?from)\b|n't\b|\bno\b(?! (?:matter|more than|less than|later than|cost|charge))/g;
// a table's cell that answers no: the cell's own text up to its colon, then the answer and the cell's end
const CELL_NO = /^[\w ]{0,24}?:\s*(?:none|no|n\/a|not (?:disclosed|sold|shared))\s*(?:[|｜]|$)/i;
// "Such third parties do not collect …": the trigger names its actor, and the refusal follows it (not a predicate of its
// own after "and": "your card details go directly to our payment processor, and are never stored on our servers")
const NEGATED_AFTER =
  /^(?:(?!\b(?:who|that|which|when|if|but|and we|however|and (?:are|is|was|were|will|never|not))\b)[\w'’ ,-]){0,60}?(?:\b(?:do|does|did|will|shall|would|can|could|may|is|are|was|were|has|have)(?: not|n't| never)|\bnever)\b/;
// (the British "save as set out below" too; "to anyone other than you", "except to you" names nobody else; nor does the operator itself, "other than us" or
// "other than Quillby Ltd, the operator of this app")
const EXCEPTION =
  /\b(?:(?:except|other than)\b(?! (?:to )?(?:you|yourself|us|ourselves)\b)(?! [^.;,]{1,40}, the (?:operator|company|firm|business|owner|provider) (?:of|that (?:operates|runs|owns|provides)) (?:this|the) (?:app|website|site|service|platform)\b)|unless\b|apart from\b|with the exception\b|excluding\b|\bsave (?:as|where|when|for|in|to the extent)\b)/;
// "your prior written consent", "your opt-in consent"
const QUALIFIED =
  "(?:your |their |the user's )?(?:(?:prior|explicit|express|separate|affirmative|opt-in|written|signed|specific|informed|unambiguous|freely given),? (?:and )?)*";
// a way to pay chosen is no leave for what the payment takes: "if you choose Klarna at checkout, we share your name … with
// Klarna", "when you choose to check out with PayPal" (choosing the service is not choosing its hand-over)
const NOT_A_PAYMENT = String.raw`(?! (?:to )?(?:pay|check out|checkout)\b)(?!(?: [\w-]+){1,2} (?:at|for|as your) (?:checkout|payment)\b)`;
// the user's leave by any of its names: "obtain your authorization" is "obtain your consent"
const LEAVE = '(?:consent|permission|authori[sz]ation|approval|agreement|opt-in)';
const CONSENT = new RegExp(
  `\\b(?:obtain|ask for|seek|request|get)(?:s|ing)? ${QUALIFIED}(?:(?:verifiable )?parental )?${LEAVE}` +
    // ("subject to obtaining parental consent", "upon receiving your authorisation"; the GDPR's lawful basis, "we rely on your
    // consent to share …")
    `|\\b(?:with|without|upon|after obtaining|based on|on the basis of|in reliance on|subject to|rel(?:y|ies|ying) (?:only |solely )?on)(?: (?:obtaining|receiving|getting))? ${QUALIFIED}(?:(?:verifiable )?parental )?(?:${LEAVE}|direction|instruction)` +
    // "only on an opt-in basis", "only after … and you have agreed", "your release form signed"
    `|\\bon an? opt-in basis\\b|(?<=\\bonly )(?:after|once|when|if)\\b[^.;]{0,80}?\\byou(?: have|'ve|’ve)? (?:agreed|consented|confirmed|approved)\\b|(?<=\\bonly )(?:after|once|when|if) you(?:, as [\\w ]{1,20},)?(?: have|'ve|’ve)?(?: first| yourself| explicitly)? (?:activate|sign|approve|accept|link|enable|turn on|switch on|tell us|told us|choose|chose|connect|invite|confirm|opt in|opted in|give us|grant|allow|authori[sz]e|request|ask|tick|select|tap|press|click|share)\\w*\\b|\\bsigned (?:the |a |our )?(?:[\\w-]+ ){0,3}?(?:release|consent|authori[sz]ation) form\\b` +
    // "with the prior consent of the data subject", "only with the express consent of the person concerned"
    `|\\b(?:with|without|upon|after obtaining|subject to) the (?:(?:prior|explicit|express|separate|written|specific|informed),? (?:and )?)*(?:consent|permission|authori[sz]ation) of\\b` +
    // "when you have given us your explicit consent"
    `|\\b(?:give|given|gave|provide|provided|grant|granted)(?: us)? ${QUALIFIED}${LEAVE}` +
    // "you decide whether we share your results with your employer": the user's choice is the hand-over's leave
    `|\\byou (?:can |may )?(?:decide|choose|control|determine) whether (?:or not )?we\\b` +
    // "where you have consented", "once you opt in", "upon your request"
    `|\\b(?:if|where|once|when|after|provided(?: that)?) you(?: have|'ve|’ve)? (?:\\w+ly )?(?:(?:[\\w'-]+ ){1,6}and )?(?:consent(?:ed)?|opt(?:ed)? in|agreed?|authori[sz]ed?|accept(?:ed)?|approved?|confirm(?:ed)?|allow(?:ed)?(?! (?:tracking|access|(?:the |this )?(?:app|permission|cookie|notification)s?|location)\\b)|ask(?:ed)? us|instruct(?:ed)? us|direct(?:ed)? us|signed (?:the |a |our )?(?:[\\w-]+ ){0,2}consent)\\b|\\b(?:up)?on your (?:written |express |explicit )?(?:request|instruction|direction)` +
    // a feature, box or programme the sharing waits for: "only if you switch on Location Sharing", "only if you tick the
    // box", "only if you enrol in our Partner Offers programme" (but "if you turn on sync, the browser
    // will share…" does not say the switch is all it waits for, and "enable Limit Ad Tracking" is an opt-out)
    `|\\bonly\\b[^.;]{0,80}?\\b(?:if|when|once|after) you (?:have |'ve |’ve )?(?:(?:switch(?:ed)?|turn(?:ed)?) on|enabled?|activated?|tick(?:ed)?|check(?:ed)?|click(?:ed)?|tap(?:ped)?|press(?:ed)?|select(?:ed)?|enrol(?:l|s|ls|led)?(?: in)?|join(?:ed)?|approved?|change(?:d)? your (?:[\\w-]+ )?settings)\\b(?! (?:the )?(?:limit|do not|don't|opt(?![- ]?in\\b))\\b)` +
    // the receivers the user picked: "only … with the charity partners you have chosen to hear from", "only … with
    // third-party apps that you have authorised"
    `|\\bonly\\b[^.;]{0,80}?\\b(?:that |who |whom |which )?you (?:have )?(?:chosen|selected|authori[sz]ed|approved|picked|nominated)\\b` +
    // "should you wish us to do so", "we will ask you to confirm that you want us to"
    `|\\bshould you (?:wish|want|choose|agree|consent)\\b|\\b(?:ask|invite)s? you to (?:confirm|approve|agree|consent)\\b` +
    `|\\bunless you (?:consent|agree|authori[sz]e|direct|instruct|ask)(?! (?:us )?(?:not|to remain|to opt|to be removed|otherwise))|\\bif you (?:consent|agree|choose${NOT_A_PAYMENT}|opt in|authori[sz]e|direct|accept|approve|allow (?:it|us|this|that)\\b)` +
    // "any sharing requires your prior consent", "you can choose to let us share"
    `|\\b(?:requires?|required|needs?) ${QUALIFIED}${LEAVE}` +
    // "sharing … requires that you first turn on social reading"
    `|\\brequires? (?:that )?you (?:to )?(?:first )?(?:turn on|switch on|enable|activate|opt in)\\b` +
    `|\\byou (?:can |may )?(?:choose|decide|elect|agree) to (?:let|allow|permit) us\\b` +
    `|\\bat your (?:direction|request)|\\byou (?:can |may |could )?(?:consent|agree|authori[sz]e|direct us|instruct us)\\b` +
    // "when you've chosen to link your account", "the browser always asks before sharing your location"
    `|\\b(?:when|once|after|where) you(?:'ve|’ve| have)? (?:chosen|choose|elected|elect|decided|decide) to\\b${NOT_A_PAYMENT}|\\basks? (?:you )?(?:first |every time |each time )?(?:(?:for )?(?:your )?(?:permission|consent) )?before\\b` +
    // a box the user ticks, or its label in the user's own words: "if you tick the box marked '…', we will pass",
    // "by ticking this box, I agree that … may share my contact details"
    `|\\bif you (?:tick|check)(?: the| this)? (?:box\\b|['"‘“])|\\bby (?:ticking|checking) (?:this|the) box\\b|(?:^|[.:;]\\s*|\\b)i (?:agree|consent)(?: that| to)\\b` +
    // a parent's or guardian's consent, for a child, or anyone's named by who they are: "with a parent's verifiable
    // consent", "with the backer's explicit authorisation", "a parent or guardian must consent before we can share"
    `|\\b(?:with|without|upon|after|subject to) (?:a|the|their|your(?: child's)?) [\\w-]+['’]s (?:(?:verifiable|prior|written|express|explicit|separate|specific) )*(?:consent|permission|authori[sz]ation)` +
    `|\\b(?:parents?|guardians?)(?: or (?:legal )?guardians?)? (?:must|has to|have to|needs? to|will need to) (?:first )?(?:consent|agree|approve|authori[sz]e)\\b` +
    // the British "if you have told us that you are happy for us to do so"
    `|\\b(?:you(?:'re|’re| are)|you have told us (?:that )?you are) happy for us to\\b` +
    // "your consent is required before we share", "your permission will always be obtained first"
    `|\\byour (?:(?:prior|explicit|express|separate|written),? )*${LEAVE} (?:is|will (?:always )?be|must be) (?:always )?(?:required|needed|obtained|sought)\\b`,
);
// (asking is the leave sought: "we will never pass your details on without asking you first")
const WITHOUT_LEAVE = new RegExp(`\\bwithout\\b[^.;]{0,30}\\b(?:${LEAVE}|asking you\\b)`);
// "unless you consent", and the user's own request or click: "unless you ask to be contacted", "unless you visit their site"
// (or leave given in so many words: "unless you give us your specific, informed and unambiguous consent", "unless you
// have given us written authority")
const CONSENT_ONLY_EXCEPTION =
  /\bunless (?:a |the |their )?(?:parent|guardian)s?(?: or (?:legal )?guardians?)? (?:has |have )?(?:given|provided|granted) (?:(?:verifiable|prior|written|express) )*(?:consent|permission)|\b(?:unless|except)\b(?:(?!\b(?:law|laws|legally|required|court|permitted)\b)[^.;]){0,40}?\b(?:consent|permission|agree|authori[sz]|direct|ask|opt(?:s|ed)?[- ]in|elect)|\bunless you(?:'ve|’ve| have)? (?:\w+ly )?(?:request|choose|opt|elect|instruct|tell|told|asked|click|visit|sign up|subscribe|decide|said yes|say yes|switch on|turn on|enable|activate|tap|tick|approve)|\bunless (?:a |the |your )?(?:parent|guardian)s? (?:approves?|agrees?|consents?|opts? in)\b|\buntil you (?:(?:[\w'‘’-]+ ){0,6}?(?:and|then) )?(?:agree|consent|grant|approve|authori[sz]e|opt in|give (?:us )?(?:your )?(?:consent|permission))\b|\bunless you(?:'ve|’ve| have)? (?:give|given|provide|provided|grant|granted) us (?:your )?(?:[\w-]+,? (?:and |or )?){0,5}?(?:consent|permission|authori[sz]ation|authority)\b/;
// a refusal that ends its clause: "is shared with outside companies under no circumstances", "with no one"
const NEGATED_LATE =
  /^[^.;:]{0,80}?\b(?:under no circumstances?|in no (?:event|case)|at no time|(?:with|to) (?:no one|nobody|no other (?:company|party|parties|companies|entity|entities)))\b/;
// A refusal scoped to those outside a group leaves sharing inside it open (POLARITY.md): "not share … with companies
// outside of our corporate family"; outside the operator itself ("outside our company") opens nothing.
const WIDER_SCOPE =
  /\b(?:outside(?: of)?|beyond) (?:the |our |its |this |their )?(?:[\w-]+ )?(?:corporate family|family of (?:companies|brands)|group(?: of companies)?|affiliates|affiliated companies|subsidiaries|related companies|(?:group|sister) companies)\b|\b(?:any )?(?:unrelated|unaffiliated|non-?affiliated) (?:third[- ]part|compan|organi[sz]ation|part(?:y|ies)|business)/;
// "or when we are legally required to": a route besides consent
// ("unless the law requires otherwise", "unless an exception under the PDPA applies", "or when we have a legitimate
// interest": the law's own routes, or a lawful basis other than consent; or whoever may compel it: "unless you give explicit
// consent or a court order compels us")
const OTHER_ROUTE =
  /\bor (?:as |when |where |if )?(?:we (?:are|believe|must|have to) )?(?:legally |otherwise )?(?:required|permitted|necessary|to comply|by law|law|(?:the |applicable )?law requires|compelled|obliged)|\bunless (?:the |applicable )?laws? (?:requires?|permits?|allows?)\b|\b(?:unless|or) an? (?:legal |statutory )?exception\b|\blegitimate interests?\b|\bor (?:when |where |if )?(?:an? |the |by (?:an? |the )?)?(?:court|judge|police|law enforcement|government|regulators?|subpoena|warrant|legal process)\b/;

// An exception besides the user's leave keeps sharing open (POLARITY.md: 「除本政策约定的情形之外，未经您同意不会共享」 is
// `shares`): "except as described in this policy, we will not share … without your consent", "… without your
// consent, except where the law requires it" — not "except with your permission", which is the leave itself.
const EXCEPTIONS = new RegExp(EXCEPTION.source, 'g');
function otherException(s: string): boolean {
  EXCEPTIONS.lastIndex = 0;
  for (let m = EXCEPTIONS.exec(s); m; m = EXCEPTIONS.exec(s))
    if (!CONSENT_ONLY_EXCEPTION.test(s.slice(m.index, m.index + 80).split(/[.;]/)[0]!)) return true;
  return false;
}

const ANOTHER_PARTY =
  /^[^.]{0,40}?[,;]\s*(?:\(?[a-h]\)\s*|[-•*]\s*)?(?:and |or )?(?:also )?(?:with|to) (?!(?:your|their|its|his|her) (?:consent|permission|authori[sz]ation|direction|instruction|request))(?:[\w-]+ ){0,3}?(?:vendors?|(?:service )?providers?|partners?|affiliates?|compan(?:y|ies)|processors?|contractors?|third[- ]part(?:y|ies)|advertisers?|agents?|subsidiaries|authorities|law enforcement)\b/;

function clauseStart(s: string, at: number): number {
  const cut = Math.max(
    s.lastIndexOf(';', at),
    // "Customer will not: (a) sell …": a colon after a refusal lists what is refused
    /\b(?:not|never)\s*:\s*$/.test(s.slice(0, s.lastIndexOf(':', at) + 1)) ? -1 : s.lastIndexOf(':', at),
    s.lastIndexOf(', but', at),
    ...[' and is ', ' and are ', ' and we ', ' and will ', ' and may '].map((w) => s.lastIndexOf(w, at)),
    s.lastIndexOf(' but ', at),
    // "we never sell your data, although we do share …": a concession starts a clause of its own
    ...[' although ', ' though ', ' whereas ', ', while '].map((w) => s.lastIndexOf(w, at)),
  );
  return cut < 0 ? 0 : cut + 1;
}

export function polarityEn(s: string, at: number): Polarity {
  const from = clauseStart(s, at);
  const before = s.slice(from, at);
  NEGATOR.lastIndex = 0;
  const negated =
    NEGATOR.test(before) ||
    // "we run the service without sharing your data"
    /\bwithout (?:\w+ly )?$/.test(before) ||
    NEGATED_AFTER.test(s.slice(at, at + 60)) ||
    NEGATED_LATE.test(s.slice(at, at + 120)) ||
    // a table's cell that answers no: "Disclosed to: none", "Sold or shared: No"
    (s.includes(':') && CELL_NO.test(s.slice(at, at + 40)));
  const route = CONSENT.exec(s);
  // "with payment processors and, with your consent, with marketing partners": the consent gates the party after it,
  // the one named before it goes without (POLARITY.md: a sentence with a route besides consent is `shares`)
  const consent =
    route !== null &&
    !OTHER_ROUTE.test(s) &&
    // (not the last of the user's own steps joined by "and": "when you have added them to your account and given your
    // consent")
    !(
      route.index > at &&
      !(/^(?:given|granted|provided)\b/.test(route[0]) && /\band $/.test(s.slice(at, route.index))) &&
      /\b(?:with|to)\b[^.;]{1,60}?,?\s(?:and|or)\b,?\s*(?:(?:also )?(?:with|to)\s[^.;,]{1,60})?$/.test(
        s.slice(at, route.index),
      )
    ) &&
    // "with your consent or at your direction, and with vendors who perform services for us", "(a) with your consent;
    // (b) with our service providers": another party after the consent's own, with no leave of its own
    !ANOTHER_PARTY.test(s.slice(route.index + route[0].length, route.index + route[0].length + 120)) &&
    // "We will ask before sharing your location, but crash logs are sent to our vendor automatically": a consent
    // in an earlier clause does not gate the hand-over a new one (", but", "; ", " and we ") adds
    !(from > 0 && route.index + route[0].length <= from && !negated);
  if (negated) {
    if ((CONSENT_ONLY_EXCEPTION.test(s) || WITHOUT_LEAVE.test(s)) && !OTHER_ROUTE.test(s) && !otherException(s))
      return 'consent';
    if (EXCEPTION.test(s.slice(from)) || WIDER_SCOPE.test(s.slice(at, at + 140).split(/[.;]/)[0]!)) return 'shares';
    return 'denies';
  }
  // "may be disclosed without your prior consent": unrefused, it goes without asking (as 「在未经您同意的情况下披露」)
  if (consent) return /^without\b/.test(route![0]) ? 'shares' : 'consent';
  return 'shares';
}

/**
 * English words of disclosure that assert none by the operator: the user declining or asking (issue 14) — "you may
 * request that we not share", "if you do not want your details disclosed", "you do not have to provide", "browse
 * without disclosing", "you will be asked to provide" (to us) — and "disclosed" meaning told: "purposes disclosed to you", "as disclosed in this policy".
 */
const USER_DECLINES =
  /\byou\b[^.;:]{0,40}?\b(?:request|ask|direct|instruct|tell us|prefer|wish|want|like|choose|object)\b[^.;:]{0,30}?\b(?:not|no longer)\b[^.;:]{0,50}$|\byou\b[^.;:]{0,20}?(?:\bnot|n't|\bno longer)\b[^.;:]{0,10}?\b(?:wish|want|like|agree)\b[^.;:]{0,50}$|\b(?:request|ask)(?:s|ed)? that\b[^.;:]{0,40}?\bnot\b[^.;:]{0,50}$|(?:\bnot|\bnever|n't) (?:be )?(?:have|need|required|obliged|obligated) to $|\b(?:require|ask|invite|prompt)(?:s|d|ed)? (?:you|users|visitors|customers) to $|\byou\b[^.;,]{0,60}\bwithout $|\byou\b[^.;,]{0,30}?\b(?:have|need|required|obliged|asked|prompted|invited) to $|\bfor you to $/;
// advice to children, who are the ones to hold back: "children should always ask a parent before sending personal
// information to anyone online", "minors should obtain parental consent before releasing personal information"
const CHILD_ADVISED = /\b(?:children|child|minors?|kids|teens?|teenagers)\b[^.;:]{0,20}?\bshould\b[^.;:]{0,70}$/;
const TOLD = /^disclosed (?:to you|at the time|in (?:this|our|the)|when we|above|below|on)\b/;
const NOUN_TITLE =
  /^(?:disclosures?|sharing) (?:choices?|options?|opt-?outs?|preferences?|requests?|settings?|controls?)\b/;

// Data moved between countries or onto servers, no recipient named: where it is stored (POLARITY.md), not sharing.
const MOVED = /^(?:transfer|transmit|sen[dt]|mov(?:e|ed|ing)|stor(?:e|ed|ing))/;
const ABROAD =
  /\b(?:united states|u\.s\.|usa|united kingdom|uk|countr(?:y|ies)|jurisdictions?|borders?|servers?|databases?|data cent(?:er|re)s?|eea|european (?:union|economic area)|abroad|overseas|outside (?:of )?(?:the )?(?:eu|region|province|state))\b/;
// (or a cloud host by name: "stored on AWS servers" names who keeps it; or a public body: "passenger name records are
// transmitted to U.S. Customs and Border Protection", "sent to the border authorities of your destination")
const NAMED_PARTY = new RegExp(
  `third[- ]part|partner|affiliate|vendor|provider|advertis|compan|processor|contractor|agent|recipient|authorit|customs|police|government|regulator|law enforcement|\\b(?:${HOSTS})\\b`,
);
// Data in transit to the user's own machine (cookies) or under encryption (security): nobody receives it (but "to your
// mobile network operator" is a carrier, who does).
const OWN_MACHINE =
  /^[^.;]{0,60}?\bto (?:your|the user's|a user's|the) (?:computer|browser|device|hard drive|(?:mobile|phone)(?! (?:network|operator|carrier|company|provider|service))|cookie file)/;
const IN_TRANSIT = /\b(?:ssl|tls|encrypt\w*|secure socket|secured socket|https)\b/;
// A right or a law described: "you have the right to request a list of the parties to whom we disclosed", "requests
// asking about practices related to disclosing"; "under what circumstances, if any, we disclose it".
const DESCRIBED =
  // "this notice explains what data Firefox shares", "further information about data sharing is set out below"
  /\b(?:explains?|describes?|tells? you|sets? out|outlines?) (?:what|which|when|whether)\b[^.;]{0,60}$|\b(?:information|details) (?:about|on|regarding) (?:our |the |data |your )?$|\b(?:right|entitled|permits?|allows? (?:you|users|customers|residents|consumers)) (?:[\w']+ ){0,8}?to (?:request|receive|obtain|ask|know|learn|be informed)\b(?:(?!\b(?:and we|but|however|we may|we will)\b)[^.;]){0,140}$|\b(?:asking|inquiring) about\b[^.;]{0,80}$|\b(?:under|in) what circumstances\b[^.;]{0,30}$|(?<!\byou (?:can |may )?(?:decide|choose|control|determine) )\bwhether (?:or not )?(?:and how )?(?:we|they)\b[^.;]{0,20}$|\bopt(?:-| )?out of\b[^.;]{0,30}$|\b(?:request|ask for|obtain) (?:information|details|a list|a notice) (?:about|of|regarding)\b[^.;]{0,40}$|\bwithdraw(?:s|n|ing)? (?:your |their |any |the )?(?:consent|permission|authori[sz]ation)\b(?:(?!\b(?:and we|but|however|we may|we will)\b)[^.;]){0,140}$/;

// A title: the noun at the head of its sentence, with no verb of its own ("4. Sharing Your Information.",
// "Information Sharing and Disclosure: we do not …"); what the sentence says is left to its verbs. One that names
// where data goes ("Data disclosure to a payment company") is a lead-in, and stays.
const NOUN = /^(?:sharing|disclosures?|transfers?)\b/;
const TITLE_HEAD = /^[\W\d]*(?:[a-z]+ ){0,3}$/;
const A_VERB =
  /\b(?:we|you|they|is|are|was|were|will|may|might|can|could|would|should|do|does|did|have|has|must|shall)\b/;

function title(s: string, at: number, word: string): boolean {
  if (!NOUN.test(word) || !TITLE_HEAD.test(s.slice(0, at)) || A_VERB.test(s.slice(0, at))) return false;
  const rest = s.slice(at).split(/[.:;]/)[0]!;
  return !A_VERB.test(rest) && !/\b(?:to|with)\b/.test(rest) && rest.split(/\s+/).length <= 8;
}

// A duty put on those who receive data (POLARITY.md: requirements imposed on recipients are none): "our processors are
// contractually prohibited from using it", "vendors are not permitted to disclose it", "our service providers must keep your
// information confidential and may use it only to perform the services", "any partner that receives data
// from us must sign a confidentiality agreement", "third parties that receive your data must not use it for any other
// purpose", "service providers must process personal data only on our documented instructions". The operator barred is a
// refusal.
const RECIPIENT_DUTY =
  /\b(?:they|third[- ]part(?:y|ies)|partners?|processors?|providers?|vendors?|contractors?|recipients?|companies|affiliates?|suppliers?|agents?)\b(?:(?!\b(?:we|us|but)\b)[^.;]){0,40}?\b(?:(?:prohibited|forbidden|barred|restricted|not (?:permitted|allowed|authori[sz]ed))(?: by (?:contract|law|us))? (?:from|to)\b|(?:are|is) (?:subject to|bound by) (?:[\w-]+ ){0,3}?(?:obligations|duties|terms|agreements) of confidentiality\b|(?:must|shall|are (?:required|obliged|obligated) to|have to) (?:keep|hold|treat|protect|maintain)\b[^.;]{0,40}?\b(?:confidential|secure|safe|private)\b|(?:must|shall|may) not (?:use|disclose|sell|share|retain|process|transfer)\b|(?:(?:are|is) (?:contractually )?(?:bound|obliged|obligated|required) to|must|shall|may) (?:only )?process\b[^.;]{0,40}?\bonly (?:on|in accordance with|under|as) (?:our|the operator's|documented|written)\b)|\b(?:anyone|any (?:[\w-]+ ){0,2}?(?:partner|vendor|third party|recipient|company|organi[sz]ation|party|provider|processor)) (?:who|that|which) receives? [^.;]{0,50}?\b(?:must|shall|is required to)\b/;

// A duty the operator puts on whoever receives the data, as the sentence's own act: "we require our service
// providers to keep your information confidential", "contracts with our suppliers prohibit them from using customer
// data" (not "… the providers to whom we disclose it", which says the hand-over too)
const DUTY_PUT =
  /\b(?:we (?:will |also |may )?(?:require|ask|oblige|obligate|instruct|contractually require)|(?:our )?contracts? with)\b[^.;]{0,40}?\b(?:recipients?|suppliers?|vendors?|(?:service )?providers?|partners?|processors?|contractors?|third parties|them)\b[^.;]{0,6}?\b(?:to|prohibit|forbid|restrict|require)\b/;

// (a hit may start at the party's first word, "service providers", a little before the word the duty matched)
function dutyOnRecipient(s: string, at: number): boolean {
  const put = DUTY_PUT.exec(s);
  if (
    put &&
    at > put.index &&
    !/\b(?:to|with) whom we\b|\bthat we (?:share|disclose)|\bwe (?:share|disclose|provide)\b/.test(
      s.slice(put.index, at + 12),
    )
  )
    return true;
  const m = RECIPIENT_DUTY.exec(s);
  if (!m || at > m.index + m[0].length + 12) return false;
  return (
    at >= m.index ||
    (m.index - at <= 24 && !/\b(?:with|to|from|share|disclose|provide|sell|transfer)/.test(s.slice(at, m.index)))
  );
}

// A short quoted name — a link, button or section title ("Do Not Sell or Share My Personal Information") — names
// the thing, as 《》 does in Chinese; it asserts nothing.
function quotedName(s: string, at: number): boolean {
  const open = Math.max(s.lastIndexOf('"', at), s.lastIndexOf('“', at));
  if (open < 0 || (s.slice(0, open).match(/["“”]/g)?.length ?? 0) % 2 === 1) return false;
  const close = s.slice(at).search(/["”]/);
  const quoted = s.slice(open + 1, at + close);
  // 「we "share" identifiers … as that term is defined under California law」: a term of art used as a verb
  if (
    /^(?:share|sell|sale|sharing|selling)$/.test(quoted.trim()) &&
    /\b(?:we|may|will|do|does|not)\s*["“]$/.test(s.slice(0, open + 1))
  )
    return false;
  // (a section pointed to, 「see "How we share your information" below」, is a name even with "we" in it)
  const pointer = /\b(?:see|read|under|in|section|titled|entitled|heading)\s*["“]$/.test(s.slice(0, open + 1));
  return close >= 0 && quoted.split(/\s+/).length <= 9 && (pointer || !/\b(?:we|us|our)\b/.test(quoted));
}

export function asideEn(s: string, at: number): boolean {
  if (dutyOnRecipient(s, at) || quotedName(s, at)) return true;
  // a question asserts nothing: "Do we disclose any information to outside parties?" — its answer follows it, in
  // the same line too ("Has the bank sold my information? No, we have not sold …")
  if (
    /^\W*(?:q:\s*)?(?:do|does|did|has|have|will|would|can|may|is|are|who|whom|with whom|to whom|what|when|why|how|which)\b/.test(
      s,
    ) &&
    (/\?\W*$/.test(s) || (s.includes('?') && at < s.indexOf('?')))
  )
    return true;
  const before = s.slice(Math.max(0, at - 160), at);
  const word = s.slice(at, at + 40);
  if (TOLD.test(word) || (/\bas $/.test(before.slice(-3)) && /^disclosed\b/.test(word))) return true;
  if (NOUN_TITLE.test(word) || /\baccounting of $/.test(before) || title(s, at, word)) return true;
  if (MOVED.test(word) || /^(?:is|are|be|been|being|was|were) /.test(word)) {
    const clause = s.slice(at, at + 160).split(/[.;]/)[0]!;
    if (OWN_MACHINE.test(clause)) return true;
    if (!NAMED_PARTY.test(s) && (ABROAD.test(clause) || IN_TRANSIT.test(s))) return true;
  }
  return USER_DECLINES.test(before.slice(-90)) || CHILD_ADVISED.test(before.slice(-90)) || DESCRIBED.test(before);
}
