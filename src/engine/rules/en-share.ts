import { groupHits, hitsOf, type Rule, type RuleHit } from './types';
import { WHY } from './why';
import { HOSTS, inOptOutLink, SHARE_VERBS, TO_VERBS } from '../lexicon/en-verbs';

// Plain disclosure verbs, but not "sharing … with us" (the user telling the operator) nor "a shared computer", nor data
// in transit ("transmitted over the internet", "encrypted when transmitted").
const SHARE = new RegExp(
  `(?<!\\b(?:the|international|cross-border|for) )(?!(?<=\\b(?:such|these|those) )transfers?\\b)\\b(?:${SHARE_VERBS}|disclosures?)\\b(?! from\\b)(?!(?<=\\btransmit\\w*) (?:over|via|through|across|using|securely|safely|in (?:an )?encrypted|encrypted|between)\\b)(?<!\\b(?:when|while|as|being|is|are|be|was|were) transmit\\w*)(?! (?:mechanisms?|frameworks?|tools?|impact assessments?|clauses|rules)\\b)(?! or assign\\b)(?<!\\bassign or transfer)(?!(?<=\\bshared) (?:computers?|devices?|drives?|folders?|terminals?|machines?|spaces?|accounts?)\\b)(?![^.;]{0,40}?\\bwith us\\b(?! (?:or|and) ))`,
  'g',
);
// Passive: "this query is sent to the bot", "never transmitted to us or any third party".
// (and coordinated: 「never linked to your identity or passed on to third parties」)
const PASSIVE =
  /\bor (?:passed|sent|given|disclosed|transferred|sold|shared)(?: on| along)? (?:to|with)\b(?! (?:you|us)\b)|\b(?:is|are|be|been|being|was|were|gets?)\s+(?:\w+\s+)?(?:sent|provided|given|passed|transferred|transmitted|communicated|made available|forwarded|reported|released|uploaded|supplied|handed)\s+(?:directly\s+(?:from\s+[\w ]{1,30}?\s+)?)?(?:(?:on|along|over)\s+)?to\b(?! (?:you|us)\b(?! (?:or|and|nor) ))/g;
// "provide/send/make available" disclose only when data goes to someone: "provide you with …" does not.
const DATA =
  "information|data|pii|details|identifiers|content|it|them|records|ids?|location|names?|files|lists?|addresses|numbers|(?:tele|mobile )?phone numbers?|mobile numbers?|(?:search )?queries|your (?:[\\w-]+['’]s )?(?:[\\w-]+ )?(?:address|number|cv|r[eé]sum[eé]|profile|history|results|reports|scores|photos|images|recordings|messages|documents)|your e-?mail|(?:e-?mail|postal|mailing|delivery|shipping|billing|home|ip) address(?:es)?|statistics|metrics|databases?|footage";
// "to" as the sign of an infinitive ("… by choosing not to", "… to make it easier") names no recipient.
// "… to send you a receipt", "… to improve your visit": a verb with the user as its object
const INFINITIVE =
  '\\s*(?:[.;,:)]|$)| (?:make|be|choose|opt|exercise|monitor|evaluate|understand|learn|improve|enhance|personali[sz]e|customi[sz]e|ensure|determine)\\b| (?![a-z]+s )[a-z]+ (?:you|your)\\b';
// "in order to", "asked to", "used to": the "to" of a purpose or a duty
const NOT_TO = '(?<!\\b(?:in order|so as|asked|able|wish|want|need|required|used) )';
const TO_PARTY = new RegExp(
  `(?<!\\b(?:other|one|first|second|in|on|the|a|your|our) )(?<!^\\W*by )(?!(?<=\\bby )hand\\b)\\b(?:${TO_VERBS})\\b(?! (?:us|you)\\b)(?=[^.;]{0,50}?\\b(?:${DATA})\\b[^.;]{0,40}?${NOT_TO}\\b(?:to|with)\\b(?! (?:you|us|customers?|our (?:customers?|users|visitors|members|readers)(?![- ][\\w-]+ (?:vendors?|providers?|agency|agencies|partners?|firms?|compan(?:y|ies)|platforms?)\\b)|the product|(?:the |our )?(?:services?|servers?|app)|(?:the |our |your )?(?:cloud|website|site|account|profile))\\b)(?!${INFINITIVE}))`,
  'g',
);
// The recipient as the first object: "we do not give the sponsor your name", "provide our partners with your address".
const RECEIVER =
  '(?:business(?:es)?|compan(?:y|ies)|sponsors?|partners?|advertisers?|third[- ]part(?:y|ies)|vendors?|merchants?|affiliates?|marketers?|(?:service )?providers?|processors?|sellers?|dealers?|lenders?|insurers?|couriers?|carriers?|gateways?|brokers?|agents?)';
// (or named by a pronoun, or as the app the user connected: "we pass them your name, shipping address and telephone
// number", "give it your contact information", "we send that app the data needed for the integration")
// (and any party named with an article before the data, "we send that service your listening activity", "we send the
// skill developer the text of your request", "we send the booking teacher a list of the pupils" — not what is given,
// "provide the information your …", nor a way or a chance)
const NOT_A_PARTY =
  '(?:you|us|in|on|of|from|for|to|with|at|by|about|information|data|details|content|records|contacts|numbers?|names?|products?|features?|tools?|means|options?|ability|opportunity|right|way|choice|same|following|above|relevant|necessary|required)\\b';
const GIVE_PARTY = new RegExp(
  `\\b(?:${TO_VERBS})\\b(?= (?:(?:that|the|this|these|those|such|any|other|our|its|their|certain|selected) )?(?:[\\w-]+ )?${RECEIVER} (?:with )?(?:your|any|personal|their|customer|user|reports?|statistics|aggregated?|de-identified)\\b| (?:them|him|her|it|that app|the app) (?:your|the)\\b[^.;]{0,40}?\\b(?:data|information|details|name|address|number|records)\\b| (?:that|the|this|each|every|our|its|their) (?:(?!${NOT_A_PARTY})[\\w-]+ ){1,3}?(?:your|a list of|the text of|a copy of|a summary of)\\b[^.;]{0,40}?\\b(?:data|information|details|names?|address|numbers?|records|activity|history|requests?|results|progress|pupils|students)\\b| (?<=\\b(?:provide|provides|provided|providing|supply|supplies|supplied|supplying) )(?:that|the|this|each|every|our|its|their) (?:(?!${NOT_A_PARTY})[\\w-]+ ){1,3}?with (?:your|the|their) (?:[\\w-]+ ){0,3}?(?:data|information|details|names?|address|numbers?|records|activity|history)\\b)`,
  'g',
);
// The recipient as the subject: "sellers on the marketplace receive your shipping address", "our agency receives your
// name", "vendors have access to your data" (what a party receives from the user's own side, "your", and not what the operator receives from it;
// or something made of the user's data, "data brokers may receive demographic segments derived from your account
// information" — not what is paid "from you").
const PARTY_RECEIVES = new RegExp(
  `\\b(?:${RECEIVER}|agenc(?:y|ies)|firms?)\\b(?:,(?: [\\w&.'-]+){1,3},)?,?(?: (?:that |whom )?we (?:appoint|use|engage|hire|instruct|retain|work with|partner with))?(?: (?!(?:we|you|us)\\b)[\\w'-]+){0,4}? (?:(?:will|may|also|only|can|could|might|would|then) )*((?:receives?|(?:has|have|gains?) access to|access)\\b|(?:process(?:es)?|hosts?|stores?|handles?)\\b(?= [^.;]{0,40}?\\b(?:${DATA})\\b))(?= (?:your|the user's|users'|customers'|the|any|all)\\b| [\\w-]+ (?:data|details|information)\\b|(?![^.;]{0,60}?\\bfrom (?:you|us|users|customers)\\b)[^.;]{1,60}?\\byour\\b)`,
  'g',
);
// A party far from its verb, past an aside, that may access the user's data: "some of our contractors are located
// overseas, including in the Philippines and India, and may access your information" (the modal is the party's own; not
// "we", "you" or our staff)
const MAY_ACCESS = new RegExp(
  `\\b(?:${RECEIVER}|contractors?|agenc(?:y|ies)|firms?|police|law enforcement|authorities)\\b(?:(?!\\b(?:we|us|you|our (?:own )?(?:staff|employees|team))\\b)[^.;]){10,100}?\\b(?:will|may|can|could|might|would)(?: also| only| then)? (?:access|have access to|gain access to)\\b(?= (?:your|the|their|personal|customer|users'|customers')\\b)`,
  'g',
);

// The party told: "we let that partner know whether you signed up", "we let them know your membership number" (not
// "let us know" or "let you know", the user and the operator telling each other)
// (and any party let know or see the user's data: "we'll let the retailer you bought from know your phone number", "we
// will let your co-signer see your repayment status" — not the app or the operator's own team)
const LET_KNOW = new RegExp(
  `\\blet (?:them|him|her|our (?:[\\w-]+ )?${RECEIVER}|(?:that|the|this|each|any|your|other) (?!(?:app|apps|site|website|service|team|staff|us|you)\\b)(?:[\\w-]+ ){0,3}?[\\w-]+) (?:know|see|view)\\b(?= (?:your|whether|if|that|the|about|how|which|what)\\b)`,
  'g',
);
// A party named first in the sentence, a brand the folded text no longer capitalises or a trade, receives the data:
// "PayPal receives your name and billing address", "Klarna will receive your phone number", "card networks such as
// Visa receive transaction details", "our couriers, DPD and Royal Mail, get your phone number" — not the user, the
// operator or its own app, which receive what is theirs to receive (nor what a site "automatically receives" in its logs).
// (and after a comma, a party named with its article — "when you buy a ticket, the promoter and the venue receive your
// name", "the guesthouse you book receives your arrival time" — but not a bare name there, which is as often the
// operator's own: "when you use the browser, Mozilla receives…"; nor what it obtains from the user)
const NAMED_RECEIVES = new RegExp(
  `(?:^[\\W\\d]*|, so |, (?=(?:the|your|each|any|every|an?|that|this|our|their|its)\\b))(?!(?:we|you|they|i|it|he|she|users?|customers?|members?|visitors?|subscribers?|players?|patients?|students?|parents?|children|employees|staff|everyone|only you|(?:this|our|the|your) (?:app|apps|application|website|site|service|platform|servers?|device|browser|phone|account|team|company))\\b)(?:(?!(?:we|us|automatically)\\b)(?!you\\b(?! (?:book|booked|chose|choose|select|selected|pick|picked|buy|bought|order|ordered|hire|hired|visit|visited|contact|contacted|register with|registered with)\\b))[\\w&.'-]+(?:,(?: [\\w&.'-]+){1,4},)? ){1,8}?(?:(?:will|may|also|only|then|can|could|might|would|never|do not|does not|don't|doesn't) )*((?:receives?|gets?|obtains?)\\b)(?=[^.;]{0,30}?\\b(?:${DATA})\\b)(?![^.;]{0,50}?\\bfrom (?:you|users|visitors|customers|members)\\b)`,
);
// A list under "Recipients:" or "Recipients of your data include", or "on our behalf", names who receives data.
// "make … available to": make alone is every other sentence.
const AVAILABLE = new RegExp(
  `\\bmake[s]? (?=(?:(?!\\bavailable\\b)[^.;]){0,100}?\\b(?:${DATA})\\b)[^.;]{0,160}?available (?:to|for)\\b(?! (?:you|us|customers?)\\b)`,
  'g',
);
// the recipient let into the data: "we grant our affiliated companies access to the customer database"
const GRANT = new RegExp(
  `\\bgrant(?:s|ed|ing)? (?:(?:our|the|certain|selected|some|these|those|trusted) )?(?:[\\w-]+ )?${RECEIVER} access\\b`,
  'g',
);
// Data among the assets a buyer takes over: "we may include your information among the transferred assets".
// (and the data passing to the buyer in so many words: "customer records will pass to the buyer", "the buyer will take
// over your account data")
const ASSETS =
  /\b(?:information|data)\b[^.;]{0,40}?\b(?:among|part of|one of|included in) the (?:transferred|sold|acquired|business) assets\b|\b(?:merger|acquisition|bankruptcy|reorgani[sz]ation|sale of (?:assets|the company|our business))\b[^.;]{0,120}?\binvolv(?:es|e|ing) the transfer of (?:the |your |such |personal |users' )?(?:information|data)\b|\b(?:will|would|may|could|shall) (?:pass|transfer|go|move) (?:over )?to (?:the|a|an|any) (?:new )?(?:buyer|purchaser|acquirer|successor|new owner|acquiring (?:company|entity|business))\b|\b(?:the|a|any) (?:new )?(?:buyer|purchaser|acquirer|successor|owner)s? (?:will|would|may|could) (?:take over|receive|acquire|obtain|inherit|gain access to) (?:your|the|our|all|any) (?:[\w'-]+ ){0,3}?(?:data|information|records|details|accounts?|lists?|database)\b/g;
// "brokers who may receive hashed identifiers from us": what a party receives from the operator is handed over
const FROM_US =
  /\breceiv(?:e|es|ed|ing)\b[^.;]{0,60}?\b(?:information|data|identifiers?|details|records|names?|address(?:es)?|numbers?|lists?|profiles?)\b[^.;]{0,30}?\bfrom us\b/g;
const RECIPIENTS =
  /\brecipients?\s*:|\brecipients (?:of (?:your |the |such )?(?:personal )?(?:data|information) )?(?:may )?include\b|\bon (?:our|[a-z]+['’]s) behalf\b|\b(?:entities|parties|companies|recipients|vendors) (?:that |who )?receiv(?:e|ing) (?:your |the )?(?:personal )?(?:information|data)\b|\b(?:use|uses|engage|engages|rely on|work with) (?:certain |trusted |other |some )*third[- ]part/g;
// Making data public: testimonials, public profiles, "visible to other users", "other users can see your …",
// "your reviews are published".
const PUBLIC =
  /\b(?:other users|other members|other players|others|anyone|everyone|the public|followers|subscribers|attendees|(?<!\bour )(?:drivers?|riders?|hosts?|sellers?|buyers?|recruiters|employers|hiring managers|tutors?|teachers?|coaches|coach|instructors?|doctors?|clinicians?|therapists?|counsell?ors?|nurses?|pharmacists?|carers?|caregivers?|trainers?|landlords?|couriers?)|(?:employer|organi[sz]ation|school|company|team)['’]s (?:administrators?|admins?)|(?:team|workspace|account|organi[sz]ation|school|company) (?:administrators?|admins?))(?: (?!we\b)(?!you\b(?! (?:apply|applied|book|booked|contact|message|hire|hired|match|matched)\b))[\w'-]+){0,6}? (?:can|may|will|could)(?: only| also)?(?: be able to)? (?:see|view)\b|\b(?:is|are|will be|may be|can be|to be)(?: never| not| only)? (?:published|displayed|shown|posted|visible|seen|viewed|revealed) (?:to|by) (?:(?:the )?people (?:who|you)\b|(?:your )?matches\b|other (?:users|members|players|learners|students|parents|customers|visitors)|all (?:users|members|visitors)|anyone|everyone|the public|your (?:friends|contacts|followers))\b|\b(?:the other (?:person|party|user)|the recipient|your (?:friends|contacts|employer|manager))(?: (?:can|will|may|could))?(?: only| also| never| not)? (?:sees?|views?)\b(?= (?:your|the)\b)|\b(?:other users|other members|the public|anyone|everyone) (?:have|has|will have|may have|can have) access to (?:the |your )?(?:information|content|profile|posts|data)\b|\byour (?:[\w-]+ ){0,5}?(?:is|are|will be|may be) (?:published|displayed|shown|posted)\b(?! (?:only )?(?:to you|in your|on your(?! public)|for you)\b)|\b(?:displayed|shown|posted|listed) publicly\b|\b(?:is|are|will be|may be|appears?) (?:shown |displayed |listed |posted )?on your public (?:profile|page)\b|\bappears? (?:publicly )?on (?:the|a|our) public (?:[\w-]+ )?(?:heatmap|map|leaderboard|board|wall|list|feed|gallery|directory|register)\b|\bpublicly (?:display|post|share|available(?! (?:data|information|sources?|records|databases?)\b)|visible)|\bpost(?:ing)? (?:a |your )?testimonials?\b|\bvisible to (?:(?:that|the|each|your|any) (?:[\w-]+ )?(?:collaborators?|invitees?|matches|recipients?|hosts?|guests?|attendees|participants)\b|(?:the [\w-]+ and )?(?:(?:other|all|fellow) (?:users|members|attendees|participants|guests|players|learners|students|parents|customers|buyers|sellers|riders|drivers|viewers|followers|subscribers|employees|colleagues|teammates)|the public|everyone|anyone)\b)|\bmake (?:it |them |(?:your|their|(?:users|members|students|customers|children)['’]|(?:the )?(?:user|member|student|customer|child)(?:['’]s)?) [\w ]{1,20}|(?:[\w'’-]+ ){0,2}?(?:profiles?|accounts?|names?|photos?|details|information|data) )?public\b|\b(?:display|show)s? (?:your|their)\b[^.;]{0,40}?\bon (?:your|their) (?:public )?profile\b(?![^.;]{0,30}?\b(?:so (?:that )?you|for you|only you|to you)\b)|\byour (?:[\w'-]+,? (?:and )?){0,6}?(?:is|are|will be|may be|becomes?) (?:made )?public\b|\b(?:reviews?|ratings?|comments?|posts?|answers?|questions?|photos?|listings?|profiles?|usernames?|messages?|contributions?|submissions?)\b(?: (?:that )?you (?:post|write|leave|share|submit|upload|add|create|publish|give)\b)?(?:,? (?:and |or )?[\w'-]+){0,4}? (?:is|are|will be|may be|becomes?) (?:made )?public\b|\bpublish(?:es|ed)? your\b|\bdisplays? your\b[^.;]{0,60}?\bto (?:everyone|all|other|the public|anyone)\b|\b(?:available|visible) to all (?:other )?(?:members|users|players|visitors|subscribers)\b/g;

// Shown to the people on the other side, named by any role: "your display name and rating are visible to other traders",
// "your progress is shown to your assigned coach", "your location is visible to every household member" — the
// audience a person, a group of people or the public (not "visible to us", nor "to our staff" or "our support team")
const AUDIENCE =
  '(?:users|members|players|traders|learners|students|pupils|classmates|parents|famil(?:y|ies)|customers|visitors|buyers|sellers|hosts|guests|drivers|riders|passengers|recruiters|employers|teachers?|coach(?:es)?|tutors?|instructors?|trainers?|contacts|friends|followers|matches|people|person|household(?: members)?|communit(?:y|ies)|neighbou?rs|schools|the public|anyone|everyone|participants|attendees|members of (?:the )?(?:public|community|group)|groups?|classes|teams?|club)';
const VISIBLE_TO = new RegExp(
  `\\b(?:is|are|will be|may be|can be|to be|becomes?|remains?)(?: never| not| only| also| always)? (?:published|displayed|shown|posted|visible|seen|viewed|revealed|made (?:visible|available)|available) to (?!(?:us|you|our|we)\\b)(?:(?:the|your|all|every|each|any|other|that|their|its|his|her|registered) )*(?:[\\w-]+ ){0,2}?${AUDIENCE}\\b`,
  'g',
);

// Passed on with no recipient named ("we never pass on the names of the people you message"), as "pass on … to"
// already reads
const PASS_ON =
  /\bpass(?:es|ed|ing)? on (?:your|the|their|any) (?:[\w'-]+ ){0,4}?(?:data|information|details|names?|numbers?|address(?:es)?|records?|contact details)\b(?! to (?:you|us)\b)/g;

// The user's own file sent on to a party of a trade the sentence names: "we may send your course progress to your
// employer or school", "advisers may send your application file, including income and credit history, to the
// lenders on our panel" (what is sent is the user's, whatever it is called)
const YOURS_TO = new RegExp(
  `\\b(?:send|sends|sent|sending|pass|passes|passed|passing|forward|forwards|forwarded|forwarding|release|releases|released|releasing)\\b (?:on )?(?:your|their)\\b[^.;]{1,60}? to (?:your |the |our |their |a |an |any )?(?:[\\w-]+ ){0,2}?(?:${RECEIVER}|employers?|schools?|universit(?:y|ies)|colleges?|landlords?|teachers?|caregivers?|carers?|doctors?|gps?|clinics?|hospitals?|pharmac(?:y|ies)|banks?|coach(?:es)?)\\b`,
  'g',
);

// Who the user is, revealed to someone: "we will not reveal your identity to the person you reported", "only with the
// backer's authorisation will we reveal their identity to the project creator" (not "information that may reveal your
// identity", which only identifies)
const REVEALED_TO =
  /(?<!\b(?:that|which) (?:may |might |could |can |would )?)\breveal(?:s|ed|ing)? (?:your|their|the user's|a user's|his or her) (?:identity|identities|names?|contact details|details|information|data|phone number|address)\b[^.;]{0,30}? to (?!(?:you|us|provide|help|make|comply|protect)\b)(?:the |a |an |any |other |our |your |their )?[a-z]/g;

// The operator reporting the user to a body by its name: "we must report certain transactions to FINTRAC", "payment
// history is reported monthly to Equifax, Experian and TransUnion" (not the user reporting, nor a report to the user)
const REPORTED_TO =
  /\b(?:we (?:[\w-]+ ){0,4}?report|(?:is|are|be|been) (?:[\w-]+ )?reported)\b[^.;]{0,50}?\bto (?!(?:you|us|our|your|them|him|her)\b)(?:the )?[a-z]/g;

// Whoever the user meets through the service sees their data, named by any plural: "other participants can see your
// username", "listing agents can see the name and number you submit", "pet sitters you book will see your address"
// (the verb first, then who sees it, looked back at; not the operator's own people, nor the user)
const THEY_SEE =
  /\b(?:can|may|will|could)(?: only| also)?(?: be able to)? (?:see|view)\b(?<=(?<!\b(?:our|its|the company['’]s) )\b(?!(?:employees|colleagues|engineers|staff|personnel|representatives|administrators|admins|others|users)\b)[a-z]{3,}s(?: (?!(?:we|it|they|only|which|that)\b)(?!you\b(?! (?:book|booked|apply|applied|follow|hire|hired|contact|message|match|matched|invite|invited|add|added)\b))[\w'-]+){0,6}? (?:can|may|will|could)(?: only| also)?(?: be able to)? (?:see|view))(?= (?:your|the)\b)/g;

// (and in the present, without a modal: "riders see only your first name and drop-off point", "the recipient sees your
// name and photo" — not the user, the operator's staff, or the app)
const THEY_SEE_NOW =
  /\b(?!(?:employees|colleagues|engineers|staff|personnel|representatives|administrators|admins|others|users|visitors)\b)[a-z]{3,}s (?:only |also )?see\b(?= (?:only )?(?:your|the)\b)|\b(?:the|your|each|every) (?!(?:user|app|site|website|service|system|browser|device)\b)[a-z]{3,}(?<!s) sees\b(?= (?:only )?(?:your|the)\b)/g;

// People's data put on a page anyone can open: "names of students who achieve distinction may be published on the
// school's website", "your testimonial, together with your name, will be published on our website", "contact details
// of exhibitors are published in the event directory" (what is published names a person's data, not "this policy").
// (and "… are published online", "letters may be published with your name", "we may publish the winner's name",
// "we may feature your story and photograph on our website")
const PUBLISHED_ON =
  /\b(?:names?|details|testimonials?|photos?|photographs?|pictures?|images?|videos?|reviews?|ratings?|comments?|scores?|results|profiles?|numbers?|e-?mail address(?:es)?|contact (?:details|information))\b[^.;]{0,60}?\b(?:(?:(?:is|are|will be|may be|can be|would be|be|gets?) (?:published|displayed|posted|listed|featured|shown)|appears?) (?:publicly )?(?:on|in) (?:our|the|its|their|[\w'-]+['’]s) (?:[\w'-]+ ){0,2}?(?:website|site|web ?page|page|homepage|directory|prospectus|brochure|magazine|newsletter|report|wall|roll|list|register|board|leaderboard|scoreboard|forum|feed|yearbook|gallery|channels|materials|accounts?|profile|map|marketplace|listing|timeline)\b|(?:is|are|will be|may be|can be) published (?:online|on the (?:internet|web))\b)|\b(?:is|are|will be|may be|can be) published (?:together )?with your (?:name|photo|photograph|town|city)\b|\bpublish(?:es|ed)? (?:the |their |each )?(?:winners?|entrants?|finishers?|runners?|students?|members?)['’]s? (?:names?|photos?|photographs?|details)\b|\bfeatur(?:e|es|ed|ing) (?:your|their)\b[^.;]{0,40}?\bon (?:our|the|its) (?:website|site|homepage|social media|channels|blog|page)\b|\badd (?:your|their) (?:[\w-]+ )?(?:names?|photos?|photographs?) to (?:our|the|its) (?:[\w'-]+ ){0,2}?(?:wall|list|roll|register|page|website|directory|board)\b/g;

// (the hit starts where a new subject follows a comma: "if you enter our photo competition, your name, town and image
// may be published on our website" — the user's condition is no part of what is published)
function publishedOn(s: string): RuleHit[] {
  return hitsOf(PUBLISHED_ON, s, ['public']).map((h) => {
    const text = s.slice(h.index, h.index + h.length);
    const verb = text.search(/\b(?:is|are|will|may|can|would|be|gets?|appears?)\b/);
    const comma = verb > 0 ? text.slice(0, verb).search(/, (?=(?:your|the|their|his|her|its|our|all|any|each) )/) : -1;
    if (comma < 0) return h;
    const cut = comma + 2;
    return { ...h, index: h.index + cut, length: h.length - cut };
  });
}

// A row of a vendor, sub-processor or cookie table, flattened to cells: a third party named (a "Third party" cell, a
// company's legal form) and the data it takes ("Meta Pixel | Meta Platforms Ireland Ltd | Collects page views and IP
// address | Used for ad targeting"). Not a navigation bar or a header, which name no data, nor a first-party cookie.
// (a recipient cell may name the kind of party, "Service providers", or an SDK, "Facebook SDK")
const ROW_PARTY =
  /^\s*(?:third[- ]part(?:y|ies)|.*\b(?:inc|ltd|llc|gmbh|plc|limited|corp|corporation|s\.?a|b\.?v)\.?|(?:[\w.-]+ )?(?:service providers?|vendors|partners|affiliates|advertisers|ad networks|sdk))\s*$/;
const ROW_DATA =
  /\b(?:collect(?:s|ed)?|hosting|hosts|stores|identifiers?|ip address(?:es)?|page views|personal (?:data|information)|customer data|user data|device (?:ids?|models?|identifiers?)|e-?mail address(?:es)?|phone numbers?|(?:shipping|postal|home) address(?:es)?)\b/;
// A row whose cells say who and what in so many words: a vendor, provider or recipient cell ("Vendor: Pingwell
// Messaging; Purpose: delivery of SMS notifications; Data: mobile phone number"), or a first cell that names a party
// rather than a kind of data or a purpose ("Twilio | Phone number, message content | Sending verification codes",
// "Payment processors | To take payment for your order | Performance of contract"), with the data it gets.
const ROW_KEY = /^\s*([a-z][a-z -]{1,24}?)\s*:\s*(\S.*)$/;
const PARTY_KEY =
  /^(?:vendors?|(?:service )?providers?|recipients?|third[- ]part(?:y|ies)|(?:sub-?)?processors?|partners?|shared with|disclosed to|compan(?:y|ies)|set by|operated by)$/;
const DATA_KEY =
  /^(?:data|data (?:shared|collected|received|disclosed)|(?:personal )?information (?:shared|collected)|personal data|categories(?: of data)?|data categories)$/;
const FIRST_PARTY =
  /first[- ]party|^(?:we|us|our)\b|^(?:this|the) (?:website|site|app|application|service)\b|^(?:n\/?a|none|-)\W*$/;
// a header row names columns, not a party and its data: "Sub-processor | Purpose | Location"
const HEADER_CELL =
  /^(?:sub-?processors?|processors?|vendors?|providers?|recipients?|third[- ]part(?:y|ies)|partners?|purposes?|locations?|countr(?:y|ies)|data(?: categories| shared| collected)?|categor(?:y|ies)(?: of data)?|retention(?: period)?|expiry|duration|type|description|(?:legal|lawful) basis|name|cookie(?: name)?|sdk(?: name)?|services?|company|website|contact)$/;
// a first cell that is no party: a heading, a purpose, a condition or a kind of data
const NOT_A_ROW_PARTY =
  /^(?:to|for|when|if|where|we|you|our|your|how|what|why|who|purpose|purposes|category|categories|type|name|cookie|legal|lawful|basis|retention|duration|expiry)\b|\b(?:information|data|details|identifiers?|address(?:es)?|numbers?|records?|history|content|cookies?|preferences|location|photos?|messages|ids?)\b/;
const PARTY_KIND =
  /^(?:[\w-]+ ){0,2}(?:processors|providers|partners|vendors|couriers|carriers|agencies|advisers|advisors|auditors|insurers|lenders|networks|platforms|contractors|affiliates|subsidiaries)$/;
const ROW_GETS =
  /\b(?:phone numbers?|mobile (?:phone )?numbers?|e-?mails?|e-?mail address(?:es)?|message content|device (?:tokens?|ids?|identifiers?|models?)|advertising ids?|ip address(?:es)?|page views|session replays?|heatmaps?|crash (?:logs|reports)|location|user ids?|(?:shipping|postal|home|delivery) address(?:es)?|names?|app events|purchase (?:history|data)|browsing (?:history|behaviou?r|activity)|profile of your interests|custom audiences)\b/;
function tableRow(s: string): Array<{ index: number; length: number }> {
  const piped = s.includes('|');
  const cells = (piped ? s.split('|') : s.split(';')).map((c) => c.trim()).filter(Boolean);
  if (cells.length < 2 || cells.every((c) => HEADER_CELL.test(c))) return [];
  // (the rows read before: a legal-form or party cell, and a data word anywhere)
  if (piped && cells.length >= 3 && cells.some((c) => ROW_PARTY.test(c)) && ROW_DATA.test(s))
    return [{ index: s.indexOf(cells[0]!), length: cells[0]!.length }];
  const keyed = cells.map((c) => ROW_KEY.exec(c));
  if (keyed.filter(Boolean).length >= 2) {
    const party = keyed.find((k) => k && PARTY_KEY.test(k[1]!) && !FIRST_PARTY.test(k[2]!));
    if (party) {
      // (what a cell holds, not its label: "SDK name: …" names no data)
      const data = keyed.some((k) => k && (DATA_KEY.test(k[1]!) || (k !== party && ROW_GETS.test(k[2]!))));
      // (the hit is the data cell when there is one: a row that opens with "Vendor:" reads as a run-in title)
      const at = keyed.find((k) => k && DATA_KEY.test(k[1]!)) ?? party;
      return data ? [{ index: s.indexOf(at[2]!), length: at[2]!.length }] : [];
    }
  }
  if (!piped || keyed[0]) return [];
  const first = cells[0]!;
  if (first.split(' ').length > 5 || NOT_A_ROW_PARTY.test(first) || FIRST_PARTY.test(first)) return [];
  const rest = cells.slice(1).join(' | ');
  const kind = PARTY_KIND.test(first);
  return (kind && cells.length >= 3) || ROW_GETS.test(rest) ? [{ index: s.indexOf(first), length: first.length }] : [];
}

// Data kept by a host the policy names (POLARITY.md: storage abroad with no one named is where data is, a named host
// receives it): "your personal data is hosted by Microsoft Azure", "the data you submit is stored on AWS servers",
// "tickets are handled through Zendesk, which stores your messages", "is stored with a third-party cloud provider"
// — not "stored on our servers" nor "stored with encryption".
const HOSTED = new RegExp(
  `\\b(?:hosted|stored|kept|held|housed|backed up)\\b[^.;]{0,20}?\\b(?:by|on|with|in|at|through)\\b (?:the |an? |our )?(?:(?:${HOSTS})\\b|(?:third[- ]party|external|outside|cloud|hosting|storage|data storage|data cent(?:er|re)) (?:[\\w-]+ ){0,2}?(?:providers?|vendors?|compan(?:y|ies)|hosts?|processors?|suppliers?|partners?)\\b)|\\b(?:${HOSTS})\\b(?:,? (?:which|who|that))? (?:also |then )?(?:hosts|stores|holds|keeps|processes)\\b(?= (?:your|the|all|any|our (?:customers|users|members)['’]?)\\b)`,
  'g',
);

// The US banks' model privacy notice (Gramm-Leach-Bliley), its table flattened: a reason the bank "can share" answered
// yes — "For our marketing purposes … | Yes | No", "Does Northgate Bank share? Yes — For our everyday business purposes"
// (the answer is a sentence of its own after the question's mark). A "No" shares nothing: the row is left to the
// other rules.
const GLBA_YES =
  /(?<=\bdoes [^?|.;]{1,40} share\?\s*)yes\b|^\W*yes\b(?=\W{1,4}for (?:our|your|nonaffiliates|affiliates|joint)\b)|^\W*for (?:our|your|nonaffiliates|affiliates|joint)\b[^|]{0,140}\|\s*yes\b/g;

// a stem of each of HOSTED's verbs, asked first
const HOSTED_WORDS = /host|stor|kept|held|hold|keep|hous|backed|process/;

// Data kept on the device, said as a refusal: "your health data never leaves your phone".
const STAYS =
  /(?<=(?:\bnever|\bnot|n't) )leaves?\b(?= (?:your|the user's|a user's) (?:device|phone|computer|browser)\b)/g;

// Nobody as the receiver: "no one else receives your card details", "apart from our courier, nobody sees your address".
const NOBODY =
  /(?<=\b(?:no one|nobody|no other (?:company|companies|party|parties|organi[sz]ations?))(?: else)? )(?:receives?|gets?|sees?|has access to)\b(?= (?:your|any|the|personal)\b)/g;

// what a passive hand-over's subject is: the data words TO_PARTY knows ("your location is never sent to…", "email
// addresses … are never sold, rented or given away") and the things users hand in
const PASSIVE_DATA =
  /\b(?:information|data|pii|details|content|quer(?:y|ies)|identifiers?|ids?|records|files|documents|photos|messages|profiles?|e-?mails?|e-?mail address(?:es)?|address(?:es)?|(?:phone )?numbers?|names?|location|history|r[eé]sum[eé]s?|cvs?|recordings?|responses|answers|submissions|lists|post(?:al )?codes?|zip codes?|summar(?:y|ies)|nothing|reports?|results|scores|logs|applications?|orders?|bookings?|transcripts|videos?|clips|footage|images|photographs|pictures|audio|voice)\b/;

// Told to someone about the user: "we will never tell your matches your last name", "we will only tell our corporate
// partners that you took part", "we will not tell your parents about your academic progress" (the user's data or what
// the user did, told to a party — not the user told something)
const TELLS =
  /\b(?:tell|tells|told|telling)\b (?:(?:your|our|the|other|any|a) (?:[\w-]+ ){0,2}?(?:matches|partners?|employers?|landlords?|parents?|guardians|school|teachers?|users|members|sponsors|insurers?|lenders?|companies|charities|clubs?|brands?|advertisers|organi[sz]ers|hosts?|drivers?|riders?|contacts|friends|family|anyone|third parties|providers?|merchants?|retailers?|sellers?|dealers?|agents?|brokers?)|them|him|her)\b(?= (?:(?:or|and) [\w ]{1,20}?)?(?:about (?:your|you)\b|that you\b|your\b|of your\b|who you\b|whether you\b|where you\b|what you\b|which [\w ]{1,30}? you\b|how (?:many|much|often|long) you\b|when you\b))/g;
// Data that goes straight to a party: "your card details go directly to our payment processor"
// (or straight, or simply: "your message, name and telephone number go straight to the estate agent", "before your
// details go to any insurer for a quote" — a party by its trade; not "go to our website" or "go to your settings")
const GOES_TO =
  /\bgo(?:es)?(?: directly| straight| automatically| also)? to (?:our|the|a|an|its|their|your|any|each|every|that|this) (?:[\w-]+ ){0,3}?(?:processors?|providers?|gateways?|partners?|banks?|vendors?|insurers?|merchants?|agents?|agenc(?:y|ies)|developers?|lenders?|brokers?|dealers?|dealerships?|sellers?|landlords?|employers?|schools?|clinics?|practices?|pharmac(?:y|ies)|organi[sz]ers?|venues?|couriers?|carriers?|compan(?:y|ies)|third[- ]part(?:y|ies)|charit(?:y|ies)|advertisers?|hosts?|hotels?|restaurants?|airlines?|recruiters?|sponsors?|suppliers?|contractors?|affiliates?|authorit(?:y|ies)|police)\b/g;
const NOBODY_WORDS = /no one|nobody|no other/;

// A bulleted list item under "we share … :" that names only the recipient: "* to law enforcement agencies, …".
// (and an item lettered or numbered: "(c) to a court or tribunal, where we are ordered to …"; a court, a regulator or the
// police by name)
// An item's letter or number ("(c)", "ii.", "3)") and an item's start, that or a bullet: one pattern for the items
// below and the sentence scan (analyze.ts), which lets a short item through to them
const ITEM_LETTER = String.raw`\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]`;
const ITEM_MARK = String.raw`^\s*(?:[*+\-•·–]|${ITEM_LETTER})`;
export const EN_ITEM_START = new RegExp(String.raw`${ITEM_MARK}\s`);
// A bulleted or lettered item that names only a kind of recipient, under "we may share … with:" ("• our accountants,
// auditors, lawyers or similar advisers", "(a) other companies within the Group;", "- marketing agencies that help
// us run our campaigns"): a recipient of the list it stands in (POLARITY.md: a list item's obvious meaning) — not an
// item of a list of sources ("… from: • business partners"), which names where data comes from.
export const PARTY_ITEM_EN = new RegExp(
  String.raw`${ITEM_MARK}\s*(?:(?:our|other|any|the|certain|selected|trusted|relevant|third[- ]party)\s+){0,2}(?:[\w-]+,?\s+){0,3}?(?:partners|affiliates|subsidiaries|(?:service )?providers|vendors|suppliers|contractors|advertisers|agencies|authorities|auditors|accountants|lawyers|advis[eo]rs|investors|institutions|third[- ]parties|processors|carriers|couriers|entities|companies)\b(?!\s+(?:may|will|can|could|might|must|should|shall|do|does|did|are|is|were|was|have|has|use|collect|receive|get)\b)(?![^.;]{0,80}\b(?:from|we (?:may )?(?:collect|receive|obtain|get))\b)`,
  'g',
);
const TO_ITEM = new RegExp(
  String.raw`^[\s*+\-•]*(?:${ITEM_LETTER} )?to (?:(?:[\w-]+ ){0,3}?(?:third[- ]part|law enforcement|government|authorit|affiliate|partner|service provider|vendor|advertiser|compan)|(?:(?:a|an|the|any|our|relevant|competent) )?(?:courts?|tribunals?|regulators?|the police)\b)`,
  'g',
);

// Identity checks against others' records give them the data (POLARITY.md): "we may validate the information you
// provided (such as your phone number) through legitimate third-party sources", "we check your licence details against the
// Australian Government's Document Verification Service", "we may compare the information you provide with records
// maintained by consumer reporting agencies and your wireless carrier", "we check your mobile number with your mobile network
// operator" (that the SIM was not swapped), "we check your driving licence details against the DVLA database" (someone
// else's register: not "against our database"); and a verification provider the operator uses ("we match your ID document
// and selfie using Onfido, our identity verification provider"); and whoever's records are named ("we check your number
// against your carrier's records", "compares your selfie against the issuing authority's records", "checks your date of
// birth against credit bureau records", "we confirm your licence with the DVLA" — not "against our records").
const VERIFIED_BY =
  /\b(?:validate|verify|check|confirm|cross-check|compare|comparing|match)(?:s|d|ed|es|ing)?\b(?![- ]out)[^.;]{0,80}?\b(?:through|with|against|via|by) (?:an? |the )?(?:legitimate |trusted |reliable |other )?(?:(?:records|data|databases) (?:held|maintained|kept) by|third[- ]part(?:y|ies)|credit (?:reference |reporting )?agenc(?:y|ies)|identity verification (?:providers?|services?)|(?:[\w'’-]+ ){0,3}?(?:document|identity|id) verification (?:service|system)s?|(?:[\w'’-]+ ){0,2}?government(?:['’]s)? (?:[\w-]+ ){0,2}?(?:records|databases?|registers?|registr(?:y|ies)|services?)|(?:your )?(?:mobile (?:network )?|wireless |phone |telecom(?:munications)? |network )(?:operators?|carriers?|providers?))\b|\b(?:validate|verify|check|confirm|cross-check|compare|comparing|match)(?:s|d|ed|es|ing)?\b(?![- ]out)[^.;]{0,80}?\bagainst (?:the |an? )(?!(?:same|following|original|above|relevant|previous) )(?:[\w'’-]+ ){1,3}?(?:database|databases|register|registry)\b|\b(?:validate|verify|check|confirm|cross-check|compare|comparing|match)(?:s|d|ed|es|ing)?\b(?![- ]out)[^.;]{0,80}?\b(?:against|with) (?:(?:the|an?|your) )?(?:(?!(?:our|its|their)\b)(?:[\w-]+ ){0,3}?[\w-]+['’]s? (?:[\w-]+ )?(?:records|databases?|registers?|registry|roll|files|data)\b|(?!(?:our|your|its|their|same|following|original|above|relevant|previous)\b)(?:[\w-]+ ){0,2}?(?:issuing (?:bank|authority|body|agency|state|country)|issuer|insurer|dvla|nhs|hmrc|passport office|electoral (?:roll|register)|credit (?:bureaus?|reference agenc(?:y|ies))|carrier|network operator|mobile operator)\b)|\b(?:validate|verify|check|confirm|cross-check|compare|comparing|match)(?:s|d|ed|es|ing)?\b(?![- ]out)[^.;]{0,80}?\bagainst (?!(?:our|your|its|their|the|an?)\b)(?:[\w-]+ ){1,3}?(?:records|registers?|registry|roll|databases?)\b|\b(?:use|uses|using|rely on|relies on|work with|works with)\b[^.;]{0,40}?\b(?:identity|id|age) (?:verification|checking|estimation) (?:providers?|services?|partners?)\b/g;

// What a party does with the data the operator gives it ("our affiliates may use the information we provide to them",
// "event organisers may use the information we provide to send you marketing"): the hand-over in a relative clause
// (not "the information we provide to you", nor content the operator publishes, where no party uses it)
const THEY_USE_WHAT_WE_GIVE =
  /\b(?:affiliates|partners|organi[sz]ers|vendors|suppliers|providers|advertisers|third parties|companies|brokers|agencies|recipients|sponsors|they)\b[^.;]{0,40}?\b(?:use|combine|process|retain|keep|store|analy[sz]e|match)\b[^.;]{0,20}?\b(?:information|data|details|records)(?: that| which)? we (?:provide|give|send|pass|disclose|share|transfer)\b(?! (?:to|with) (?:you|users|customers|visitors)\b)/g;
const WE_GIVE = /\bwe (?:provide|give|send|pass|disclose|share|transfer)\b/;
const SHOWING_WORDS = /publish|display|show|reveal|visible/;

// A refusal to show the user's data to the people on the other side ("will never show it to other members", "is never
// shown to the seller", "we do not publish or display applicants' names on any public list"): the audience of PUBLIC,
// named by its role, or a public place, after a negated verb of showing (a shown-to with no refusal stays PUBLIC's)
const NOT_SHOWN =
  /\b(?:never|not|n't)(?: be)? ((?:(?:publish|display|show|reveal)(?:s|es|ed|n)?|visible)(?: (?:or|and) (?:publish|display|show|reveal)(?:s|es|ed|n)?)?(?: (?:it|them|this|that|your [\w-]+(?: [\w-]+)?|[\w-]+['’]s? [\w-]+))? (?:to|on|in) (?:(?:other|any|the|a|your) )?(?:users|members|players|sellers?|buyers?|hosts?|guests?|drivers?|riders?|passengers|tenants?|landlords?|employers?|recruiters|the public|anyone|everyone|public (?:list|page|profile|director(?:y|ies)|website|site|register)s?)\b)/g;

export const rule: Rule = {
  id: 'en-share',
  lang: 'en',
  kind: 'disclosure',
  priority: 10,
  severity: 'medium',
  laws: [
    { law: 'PIPL', article: 23 },
    { law: 'GDPR', article: 13 },
  ],
  why: WHY.share,
  detect: (s) => [
    ...hitsOf(SHARE, s).filter((h) => !inOptOutLink(s, h.index)),
    ...hitsOf(TO_PARTY, s),
    ...hitsOf(GIVE_PARTY, s),
    ...(s.includes('let ') ? hitsOf(LET_KNOW, s) : []),
    // (the hit is the verb, so that "advertisers never receive your name" reads the refusal before it)
    ...groupHits(PARTY_RECEIVES, s),
    ...(s.includes('access') ? hitsOf(MAY_ACCESS, s) : []),
    ...groupHits(NAMED_RECEIVES, s),
    ...(s.includes('access') ? hitsOf(GRANT, s) : []),
    ...hitsOf(RECIPIENTS, s),
    ...(s.includes('from us') ? hitsOf(FROM_US, s) : []),
    ...(PASSIVE_DATA.test(s) ? hitsOf(PASSIVE, s) : []),
    ...hitsOf(TO_ITEM, s),
    ...(s.length < 300 ? hitsOf(PARTY_ITEM_EN, s) : []),
    ...hitsOf(VERIFIED_BY, s),
    ...((s.includes(' go ') || s.includes(' goes ')) && PASSIVE_DATA.test(s) ? hitsOf(GOES_TO, s) : []),
    ...(s.includes('tel') || s.includes('told') ? hitsOf(TELLS, s) : []),
    ...hitsOf(AVAILABLE, s),
    // both open with a lookbehind, which V8 tries at every position: a substring every match holds is asked first
    ...(s.includes('leave') ? hitsOf(STAYS, s) : []),
    ...(NOBODY_WORDS.test(s) ? hitsOf(NOBODY, s) : []),
    ...hitsOf(ASSETS, s, ['acquirer']),
    ...(HOSTED_WORDS.test(s) ? hitsOf(HOSTED, s, ['processors']) : []),
    ...hitsOf(PUBLIC, s, ['public']),
    ...(s.includes(' to ') ? hitsOf(VISIBLE_TO, s, ['public']) : []),
    ...(s.includes(' see') || s.includes(' view') ? hitsOf(THEY_SEE, s, ['public']) : []),
    ...(s.includes(' see') ? hitsOf(THEY_SEE_NOW, s, ['public']) : []),
    ...(s.includes('report') ? hitsOf(REPORTED_TO, s) : []),
    ...(s.includes('reveal') ? hitsOf(REVEALED_TO, s) : []),
    // (each asked only where its verbs are: most sentences hold a 'not' or a 'we')
    ...((s.includes('never') || s.includes('not')) && SHOWING_WORDS.test(s) ? groupHits(NOT_SHOWN, s, ['public']) : []),
    ...(WE_GIVE.test(s) ? hitsOf(THEY_USE_WHAT_WE_GIVE, s) : []),
    ...(s.includes(' your ') || s.includes(' their ') ? hitsOf(YOURS_TO, s) : []),
    ...(s.includes('pass') ? hitsOf(PASS_ON, s) : []),
    ...(s.includes('|') || s.includes(': ') ? tableRow(s) : []),
    ...(s.includes('yes') ? hitsOf(GLBA_YES, s) : []),
    ...(s.includes('publish') ||
    s.includes('display') ||
    s.includes('post') ||
    s.includes('list') ||
    s.includes('appear') ||
    s.includes('featur') ||
    s.includes('shown') ||
    s.includes('add ')
      ? publishedOn(s)
      : []),
  ],
};
