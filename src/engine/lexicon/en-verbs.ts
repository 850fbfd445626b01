import nlp from 'compromise';

/**
 * English disclosure verbs, listed once as infinitives; compromise conjugates them into every form
 * (share/shares/shared/sharing), so the rules never miss a tense.
 */
function forms(infinitives: readonly string[]): string {
  const all = new Set<string>();
  for (const verb of infinitives) {
    all.add(verb);
    // (a verb compromise does not know alone, "transmit", it conjugates in a clause: "we transmit it")
    const conjugated = (nlp(verb).verbs().conjugate()[0] ?? nlp(`we ${verb} it`).verbs().conjugate()[0]) as
      Record<string, string> | undefined;
    for (const form of Object.values(conjugated ?? {})) if (/^[a-z]+$/.test(form)) all.add(form);
  }
  return [...all].sort((a, b) => b.length - a.length).join('|');
}

/** Cloud hosts and support desks a policy names as the place data is kept: a named host receives it (POLARITY.md). */
export const HOSTS =
  'amazon web services|aws|microsoft azure|azure|google cloud(?: platform)?|alibaba cloud|tencent cloud|oracle cloud|ibm cloud|digitalocean|heroku|cloudflare|rackspace|salesforce|zendesk|freshdesk|intercom|hubspot|mailchimp|dropbox';

/**
 * Third-party tools a policy names by brand, which collect by being in the app or on the page: "Firebase Crashlytics
 * collects crash logs", "Klarna receives your name and address at checkout". A tool's own policy names itself as the
 * operator (own-name.ts blanks it there).
 */
export const TOOLS =
  'firebase(?: crashlytics| analytics)?|crashlytics|admob|google (?:ads|adsense|admob|tag manager|signals)|(?:meta|facebook) (?:pixel|sdk|login|audience network)|criteo|mixpanel|amplitude|hotjar|sentry|appsflyer|onesignal|braze|stripe|paypal|klarna|afterpay|yoti|twilio|mailchimp|justgiving';

export const SHARE_VERBS = forms(['share', 'disclose', 'transfer', 'transmit', 'divulge']);
/** verbs that disclose only with a recipient after them: "provide … to", "send … to" */
export const TO_VERBS = forms([
  'provide',
  'send',
  'give',
  'pass',
  'report',
  'forward',
  'supply',
  'release',
  'upload',
  'hand',
  'exchange',
  'furnish',
  // "we license de-identified trip data to city planners"
  'license',
]);
export const SELL_VERBS = forms(['sell', 'rent', 'trade', 'lease', 'monetize']);
export const COLLECT_VERBS = forms([
  'collect',
  'receive',
  'access',
  'obtain',
  'gather',
  'process',
  'use',
  'set',
  'place',
  'read',
]);

// The CCPA opt-out link's name, 「Do Not Sell or Share My Personal Information」: the user's words, not the operator's
// promise (nor its practice).
const OPT_OUT_LINK =
  /\bdo not (?:sell|share)(?: (?:or|and|\/) (?:sell|share))? my (?:personal )?(?:information|data|info)\b/g;

/** Whether `at` lies inside the opt-out link's name in `s`. */
export function inOptOutLink(s: string, at: number): boolean {
  if (!s.includes('my')) return false;
  OPT_OUT_LINK.lastIndex = 0;
  for (let m = OPT_OUT_LINK.exec(s); m; m = OPT_OUT_LINK.exec(s))
    if (at >= m.index && at < m.index + m[0].length) return true;
  return false;
}
