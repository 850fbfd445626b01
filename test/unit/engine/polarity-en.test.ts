import { describe, expect, test } from 'vitest';
import { audit } from '../../../src/engine';
import { predictedPolarity } from '../../../src/cli/metrics';
import { fold } from '../../../src/engine/normalize';

/** English refusal frames and asides (issue 14), on sentences written for this test. */
const polarityOf = (text: string) => predictedPolarity(audit(text, { assumePolicy: true }));

describe('English refusals', () => {
  test.each([
    // consent by other names: the person's own ("their"), signed, a switch the user has turned on or must first
    ['Photographs of members appear in our newsletter only with their written consent.', 'consent'],
    ['Any disclosure of your report to an employer requires your prior signed authorisation.', 'consent'],
    ["We share your location with ad partners only if you have turned on 'Personalised ads'.", 'consent'],
    ['Posting your runs to a partner app requires that you first turn on sharing in settings.', 'consent'],
    // a negation that ends the clause
    ['Your personal data will be shared with outside companies under no circumstances.', 'denies'],
    ['Our members’ contact details are passed to no other company.', 'denies'],
    // the operator's own refusal after "we want you to know" is still a refusal
    ['We want you to know that we do not share your data with advertisers.', 'denies'],
    // "none of", "nothing", "refrain from"
    ['None of your personal information is shared with advertisers.', 'denies'],
    ['We refrain from sharing your information with third parties.', 'denies'],
    // passive sale, and what is sold named before the verb
    ['Personal information is not sold, traded or rented to other parties.', 'denies'],
    ['We are not in the business of selling customer lists.', 'denies'],
    ['We never sell, rent or give away the details you give us.', 'denies'],
    // "need to" is the operator's own necessity, unlike the user's "do not have to"
    ['We may need to disclose personal information when a court requires it.', 'shares'],
    // companies named by their trade collect like any other party
    ['Analytics companies collect details of the pages you open on our site.', 'shares'],
    // "without sharing" refuses; "without limiting" does not
    ['We run the newsletter without sharing any of your data with third parties.', 'denies'],
    ['Without limiting the above, we may share your data with our auditors.', 'shares'],
    // a question asserts nothing; its answer does
    ['Do we pass any details to outside parties? We do not sell or trade your personal information.', 'denies'],
    ['Will we share your data with anyone?', 'none'],
    // the refusal after an actor with an aside between commas
    ['Our partners, such as payment processors, do not receive your full card number.', 'denies'],
    ['Third parties collect data on our pages, but we do not sell it.', 'shares'],
    // opting in is consent; an email address is data a passive hands over
    ['Your email address will not be given to marketers unless you have opted in.', 'consent'],
    // release is a hand-over verb
    ['We will not release your name or address to outside parties.', 'denies'],
    ['Health details may be released to public health authorities when the law requires.', 'shares'],
    // the user's own request or click is the only way out: a consent route, not sharing
    ['Such partners do not receive your name unless you click on their offer.', 'consent'],
    [
      'It is not our practice to share anything we gather with sponsors, unless you specifically request it.',
      'consent',
    ],
    // an exception the operator keeps stays sharing
    ['We do not share your information with third parties except as described in this policy.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English disclosure words that assert none by the operator', () => {
  test.each([
    ['You do not have to provide any personal information to browse this site.'],
    ['You may read our pages without disclosing who you are to anyone.'],
    ['You may request that we not share your information with other companies.'],
    ['If you do not want your details disclosed to partners, write to us.'],
    ['You may also ask that we not pass your details to our partners.'],
    ['We use the information for the purposes disclosed to you when we collect it.'],
    // the user providing to us when asked, and "to" before a verb, name no recipient
    ['We may ask you to provide your phone number when you book.'],
    ['You can decline to provide personal information by choosing not to.'],
    ['Sometimes we provide summaries of this data to make the pages faster.'],
    // the operator informing its own customers discloses nothing of theirs
    ['This data helps us provide more useful information to our customers.'],
    ['To ask for an accounting of disclosures, write to our privacy office.'],
    ['Residents may send us questions about their disclosure choices by post.'],
    // a third party's own terms govern what it collects itself (POLARITY.md: their own policies are none)
    [
      'Data collected by outside vendors, which may include your contact number, is governed by their privacy practices.',
    ],
    ['Partners that collect data through their widgets do so under their own privacy terms.'],
  ])('"%s" → none', (text) => expect(polarityOf(text)).toBe('none'));

  // …unless the operator hands the data over first
  test.each([
    [
      'We may share your phone number with our delivery partners, whose use of it is governed by their own privacy policies.',
    ],
    ['We will disclose your email address to the event sponsor, and its own privacy terms apply from then on.'],
  ])('"%s" → shares', (text) => expect(polarityOf(text)).toBe('shares'));

  test.each([
    // data moved abroad or onto servers, no recipient named: storage, not sharing
    ['Your information may be transferred to and stored on servers located outside your country.'],
    ['We may transfer your data to the United States, where our servers are.'],
    // to the user's own machine, or under encryption
    ["A cookie is a small file that a website transfers to your computer's hard drive."],
    ['Card numbers are encrypted while being transmitted to our payment page over SSL.'],
    // a right or a practice described, not exercised
    ['You have the right to request a list of the third parties to whom we disclosed your information last year.'],
    ['We will post changes so you always know what we collect and under what circumstances, if any, we disclose it.'],
    // inbound: data from others, and a party's use as a noun
    ['From third-party sources we may also collect your postal address.'],
    ["We have no control over the third party's use of this information."],
  ])('"%s" → none (storage, transit, rights, inbound)', (text) => expect(polarityOf(text)).toBe('none'));

  test.each([
    ['We may transfer your data to our service providers in other countries.'],
    ['Advertising networks may collect data about your visits to our pages.'],
    ['We may allow our service providers to use these devices on our behalf.'],
    ['We may provide your profile information to other users of the forum.'],
    // a right described, then the practice stated
    ['You have the right to request a copy of your data, and we may share it with our auditors.'],
    ['Our program allows advertisers to receive reports, and we share your purchase history with them.'],
  ])('"%s" → shares (a recipient is named)', (text) => expect(polarityOf(text)).toBe('shares'));

  // a title asserts nothing; the refusal after it is what the sentence says
  test.each([
    ['Information Sharing and Disclosure: We do not share your personal details with advertisers.', 'denies'],
    ['4. Sharing Your Information. We never share your data with other companies.', 'denies'],
    ['Sharing Your Information', 'none'],
    // a title that names where data goes is a lead-in; a noun with a verb is a statement
    ['Data disclosure to a payment company and its group', 'shares'],
    ['Transfers of data to our processors are covered by contracts.', 'shares'],
  ])('"%s" → %s (titles)', (text, expected) => expect(polarityOf(text)).toBe(expected));

  test('"user information" is the data, not the user acting', () =>
    expect(polarityOf('If the company is acquired, user information is transferred along with the business.')).toBe(
      'shares',
    ));
});

describe('English hand-overs of an address or a number, and consent routes', () => {
  test.each([
    // what is sold or passed on may be an address or a number, not only "information"
    ['We will never sell or rent your email address to marketers.', 'denies'],
    ['We may give your mobile number to the courier who delivers your order.', 'shares'],
    ['We send your phone number to the driver so that the driver can call you.', 'shares'],
    ['We provide your information to our partners in order to process refunds.', 'shares'],
    // consent given, qualified or agreed to
    ['We share your delivery details only when you have given us your written consent.', 'consent'],
    ['We will ask for your opt-in consent before passing your details to sponsors.', 'consent'],
    ['If you agree, we will send your postal address to the florist.', 'consent'],
    // a recipient named is a hand-over, not storage abroad
    ['We will get your permission before we transfer your records to a recipient in another country.', 'consent'],
    // the user's leave by any of its names, in every frame that asks for it
    ['We will obtain your authorization before we pass your contact details to a dealer.', 'consent'],
    ['We seek your prior written approval before giving your address to a sponsor.', 'consent'],
    // the user giving data to us, and "to" as an infinitive
    ['To join the club, you will be asked to provide your name and email address to complete the form.', 'none'],
    ['We use your mailing address to send you the catalogue you ordered.', 'none'],
    ['It is optional for you to provide your loyalty number in order to collect points.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English sentences the prefilter, a run-in title or a duty used to hide', () => {
  test.each([
    // every collecting verb reaches the rules, and accepting cookies is a consent route
    ['If you accept marketing cookies, advertising networks may read your browsing history.', 'consent'],
    ['Ad companies set cookies in your browser when you read our articles.', 'shares'],
    ['Analytics providers gather details of your visits.', 'shares'],
    // "to us or any third party" names a third party
    ['Your documents stay on your phone and are never transmitted to us or any third party.', 'denies'],
    // recipients listed without a verb of disclosure
    ['Recipients of your personal data include hosting companies and couriers.', 'shares'],
    // a duty on those who receive data is none; the operator barred refuses
    ['Our processors are contractually prohibited from using your information for their own purposes.', 'none'],
    ['Vendors are not permitted to disclose your data to anyone else.', 'none'],
    ['We are prohibited by law from selling your health data.', 'denies'],
    ['We share your data with processors, who are prohibited from using it for anything else.', 'shares'],
    // a run-in title, then the sentence it heads
    ['How We Share Information We do not give your data to anyone.', 'denies'],
    ['4. Disclosure Of Your Details We never sell your details to other companies.', 'denies'],
    ['This notice explains how we share information with others.', 'none'],
    // a refusal scoped to outsiders of a group leaves the group open; outside the operator opens nothing
    ['We never pass customer details to anyone outside the Acme group of companies.', 'shares'],
    ['We do not disclose your details to anyone outside our company.', 'denies'],
    // uploading to a platform hands data over; to our own cloud or the user's profile it does not
    ['We may upload hashed phone numbers to social networks to show you relevant ads.', 'shares'],
    ['We upload your contact list to a partner that matches it with its members.', 'shares'],
    ['We upload your photos to our cloud so you can see them on every device.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English recipients as first objects, and verbs with another subject', () => {
  test.each([
    ['We do not give the sponsor your name or your email address.', 'denies'],
    ['We may give our partners your postal address so they can ship your order.', 'shares'],
    // the recipient as a pronoun, or as the app the user connected (but a gift card sent to someone is no data)
    ['If you hire a tutor through us, we send them your name and phone number.', 'shares'],
    // published for anyone to read
    ['Quiz league tables, with each player’s name and score, are published online every week.', 'shares'],
    ['Each month we publish the winners’ names on our website.', 'shares'],
    ['We publish our annual accounts online.', 'none'],
    ['When you link a calendar app, we give that app the details of your bookings.', 'shares'],
    ['We use the recipient’s address only to send them the parcel.', 'none'],
    ['Entering the draw may require sharing your details with us or with the sponsor.', 'shares'],
    ['We, and other companies, use cookies to collect data about your visits.', 'shares'],
    // the user reading, a purpose after "and to", an attempt to break in
    ["You can read a third party's privacy policy just as you read ours.", 'none'],
    ['We provide helpful information to our readers and to understand which pages they like.', 'none'],
    [
      'We watch this site for unauthorized attempts to upload or change information, to defeat security measures.',
      'none',
    ],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English analytics tools as parties that collect', () => {
  test.each([
    ['We use Google Analytics, which collects the pages you open and your IP address.', 'shares'],
    ['Our analytics tools gather details of how long you stay on each page.', 'shares'],
    // the operator's own processing verbs with no one named stay an aside
    ['We store, process and transmit your files to run the service.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English quoted names', () => {
  test.each([
    // a link or button named in quotes asserts nothing; a quoted statement by the operator does
    ['You can opt out of the sale of your data with the "Do Not Sell My Info" link in the footer.', 'none'],
    ['California calls this "sharing", and we may share it with ad partners.', 'shares'],
    ['Our policy says: "we may share your contact details with couriers".', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English consent routes and passive hand-overs, more of their wording', () => {
  test.each([
    ['We pass your details to our insurer partners where you have consented to this.', 'consent'],
    ['Once you opt in, we share your purchase history with partner brands.', 'consent'],
    ['With your approval, we may send your CV to recruiting companies.', 'consent'],
    ['Upon your request, we will transfer your records to another provider.', 'consent'],
    ['We disclose your location to the roadside service only after you agree.', 'consent'],
    ['Your profile may be uploaded to partner networks for matching.', 'shares'],
    ['Your contact details are handed over to the courier for delivery.', 'shares'],
    ['Contact details are supplied to our lettings partners.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English hand-overs to a buyer, and data made available', () => {
  test.each([
    ['If we merge with another firm, we may count your data among the transferred assets.', 'shares'],
    [
      'We may make certain contact information you provide (for example, your name and phone number) available to the sponsor.',
      'shares',
    ],
    ['We make our help pages available to everyone.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English words of sharing that are not a disclosure', () => {
  test.each([
    ['Remember to sign out when you finish using a shared computer.', 'none'],
    ['No transmission is fully secure, and third parties may unlawfully intercept or access your data.', 'none'],
    ['We share device details with our fraud-prevention partner.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: the user asking or opting in, rights to know, plugins that collect', () => {
  test.each([
    ['We only disclose your personal data to partners if you have opted in to receive their offers.', 'consent'],
    ['Where you ask us to, we will pass your details to the insurer.', 'consent'],
    ['You have the right to know which categories of personal data we share.', 'none'],
    ['Social media plugins on our pages may collect your IP address.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: data kept on the device, shown to others, processed by a named processor', () => {
  test.each([
    ['Your health data never leaves your device.', 'denies'],
    ['Your voice recordings do not leave your phone.', 'denies'],
    ['Please do not leave your device unattended.', 'none'],
    ['Payment details are processed by Stripe, our payment processor.', 'shares'],
    ['Your reviews are published on our website along with your first name.', 'shares'],
    ['Other users can see your profile photo and display name.', 'shares'],
    ['You can see your order history in the app.', 'none'],
    ['Your order is shown in your account history.', 'none'],
    ['Your balance is displayed only to you.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: consent the sharing requires, the user letting us, statistics sold', () => {
  test.each([
    ['Any sharing with partners requires your prior consent.', 'consent'],
    ['You can choose to let us share your contact details with partners.', 'consent'],
    ['You can share your playlist with friends.', 'none'],
    ['We sell anonymized usage statistics to market research firms.', 'shares'],
    // a name is data too ("rent your name"), a brand sold under is not
    ['We will not rent your name to other clubs unless you give us permission.', 'consent'],
    ['Our shop sells prints under its own name.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: choices about sharing and pointers to read more', () => {
  test.each([
    ['This page describes the information sharing choices you have.', 'none'],
    ["Learn more about how advertisers use cookies at our partner's site.", 'none'],
    ['You can change your sharing settings, and we share your data with partners.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: hand over, and an email passed on', () => {
  test.each([
    ['On the other hand, your data stays with us and we keep it to ourselves for billing.', 'none'],
    ['At no point do we hand your data over to advertisers.', 'denies'],
    ["We won't pass your email on to other organisations.", 'denies'],
    ['We may hand over your records to the police if a court orders it.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: nobody as the receiver', () => {
  test.each([
    ['Apart from our payment processor, no one receives your card details.', 'shares'],
    ['No one else receives your card details.', 'denies'],
    ['No one likes spam, so we keep emails short.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a hard-wrapped English sentence reads as it does on one line', () => {
  // written for this test, wrapped where a plain-text policy at ~40 columns would wrap them
  test.each([
    ['We may share the files you upload with a few trusted\nthird parties that host them for us.', 'shares'],
    ['Information that does not identify you and is\nused by our advertising partners to measure campaigns.', 'shares'],
    ['We do not sell, rent or trade your personal information to any\nthird party for their marketing.', 'denies'],
  ])('%s', (text, polarity) => {
    expect(polarityOf(text)).toBe(polarityOf(text.replace('\n', ' ')));
    expect(polarityOf(text)).toBe(polarity);
  });

  test('quotes and offsets keep the text as given', () => {
    const text = 'Privacy Policy\nWe may share the files you upload with a few trusted\nthird parties that host them.';
    const f = audit(text, { assumePolicy: true }).findings.find((x) => x.polarity === 'shares')!;
    expect(text.slice(f.span.start, f.span.end).replace('\n', ' ')).toBe(f.quote);
  });
});

describe('A policy written of "the user" is read as one written to "you"', () => {
  // each pair says one thing twice; before the fold, the third-person twins read as a refusal and a disclosure
  test.each([
    [
      'If you do not want your contact details shared with our partners, you can write to us.',
      "If the user does not want the user's contact details shared with our partners, the user can write to us.",
    ],
    [
      'If you do not want your contact details shared with our partners, you can write to us.',
      'If the user does not want the user’s contact details shared with our partners, the user can write to us.',
    ],
    [
      'If you send us an e-mail, the information may be disclosed to others on the way.',
      'If the user sends us an e-mail, the information may be disclosed to others on the way.',
    ],
    [
      'We may combine your information with other data and share the result with advertisers.',
      "We may combine the user's information with other data and share the result with advertisers.",
    ],
  ])('"%s" and its third-person twin', (you, user) => expect(polarityOf(user)).toBe(polarityOf(you)));

  test('the quote is the policy\'s own words, and "users" or "the user-agent" stay as they are', () => {
    const report = audit("Privacy Policy\nThe user's e-mail address is shared with the user's bank.", {
      assumePolicy: true,
    });
    expect(report.findings.map((f) => f.quote)).toEqual(["The user's e-mail address is shared with the user's bank."]);
    expect(polarityOf("We share the users' usernames with the user-agent vendor.")).toBe('shares');
  });
});

describe('A policy that calls its operator "the Company" is read as one that says "we"', () => {
  test.each([
    [
      "The Company employs other companies to perform functions on the Company's behalf, and they have access to personal information needed to perform those functions.",
      'shares',
    ],
    ['By providing the Company with your information, you agree to this policy.', 'none'],
    ["The Company may share your e-mail address with the Company's advertising partners.", 'shares'],
    // a company that is not the operator keeps its name
    ['If we are acquired, we may transfer your account details to the company that acquires us.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));

  test('the quote keeps the policy\'s "the Company"', () => {
    const report = audit("Privacy Policy\nThe Company may share your e-mail address with the Company's partners.", {
      assumePolicy: true,
    });
    expect(report.findings.map((f) => f.quote)).toEqual([
      "The Company may share your e-mail address with the Company's partners.",
    ]);
  });
});

describe('outside and non-affiliated parties collect as third parties do', () => {
  test.each([
    ['Outside parties may collect information about your visits through cookies.', 'shares'],
    ['Non-affiliated companies may collect your browsing data on our site.', 'shares'],
    ['Outside organizations may use cookies to collect information about your browsing.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('suppliers and contractors collect as service providers do; PII is personal information', () => {
  test.each([
    ['We and our authorized suppliers generally use the information that they collect about you.', 'shares'],
    ['Our contractors may collect your device identifiers when you use the app.', 'shares'],
    // PII is personal information
    ['We do not sell, trade or rent your PII to third parties.', 'denies'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('"our company" is the operator too, unless it only qualifies a noun', () => {
  test.each([
    ['By providing our company with your information, you agree to this policy.', 'none'],
    ['Our company may share your e-mail address with advertising partners.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));

  test('"our company affiliation" keeps its words', () => {
    expect(fold('Someone claiming our company affiliation may ask for your password.', 'en')).toContain(
      'our company affiliation',
    );
  });
});

describe('passive hand-overs of any data the user gives, and "the consent of" the person', () => {
  test.each([
    ['Your precise location is never sent to our advertising partners.', 'denies'],
    ['Your home address is sent to the courier who delivers your parcel.', 'shares'],
    ['Customer records will only be transferred to a new owner with the prior consent of the data subject.', 'consent'],
    ['Your details will be communicated to the hotel only with the express consent of the guest.', 'consent'],
    ['Your invoice will be communicated to you by email.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a refusal whose exceptions are consent or the law opens both', () => {
  test.each([
    [
      'We do not share your order history with anyone except with your permission or when we are legally required to.',
      'shares',
    ],
    ['We do not share your order history with anyone except with your permission.', 'consent'],
    // an exception besides the leave, before or after it: the policy's own cases, or the law's
    ['Save as set out in this notice, we do not pass your details to other firms without your agreement.', 'shares'],
    ['Other than as this notice explains, we will not share your reading list without your consent.', 'shares'],
    ['We will not disclose your address without your permission, except where a court orders it.', 'shares'],
    ['We never share your details without your consent unless you ask us to.', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English consent asked as acceptance, approval or confirmation', () => {
  test.each([
    ['We pass your quote to partner insurers only after you have read and accepted the sharing notice.', 'consent'],
    ['If you allow it, the app will send your activity data to your insurer.', 'consent'],
    ['Before we send your contact details to a gallery, we will ask you to confirm that you want us to.', 'consent'],
    ['We send your contact details to galleries that may want to exhibit your work.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('shown to the other side of a deal, or to other members, is shared with them', () => {
  test.each([
    ['During a booking, hosts can see your first name and phone number.', 'shares'],
    ['Your city and join date are displayed to other members in the forum.', 'shares'],
    ['Your reviews can be seen by anyone who visits the shop.', 'shares'],
    ['Our drivers can see the delivery route.', 'none'],
    // a workplace account: the employer's administrator sees what the user stores
    ["Your company's administrator may be able to view your files and activity logs.", 'shares'],
    ['Your receipt is shown to you after checkout.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('the receiver as the first object, by its trade', () => {
  test.each([
    ['We give the courier your address and phone number.', 'shares'],
    ['We send that provider your mobile number to deliver the code.', 'shares'],
    ['We provide agents with training.', 'none'],
    // what the user's own results, reports and photos are: data, as "your address" is
    ['With your consent, the lab may send your test results to your dentist.', 'consent'],
    ['We will send you the results by email.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a party that collects in a relative clause, even after "from"', () => {
  test.each([
    ['The app includes toolkits from measurement providers that collect your device identifiers.', 'shares'],
    ['We receive information from advertising partners who collect it on other sites.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a consent gates its own clause, not the hand-over a later clause adds', () => {
  test.each([
    [
      'We ask before sharing your contacts with partners, but device identifiers are sent to our analytics vendor automatically.',
      'shares',
    ],
    ['We ask before sharing your contacts with partners.', 'consent'],
    ['With your consent, we share your address with the florist.', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("a hand-over that waits for the user's own act is consent; a device setting is not", () => {
  test.each([
    ['We only share your location with your running club if you turn on Club Sync.', 'consent'],
    [
      'Your health data is shared with your employer only if you join the wellness plan and accept its terms.',
      'consent',
    ],
    ['We release your school records to a new college only on your written request.', 'consent'],
    ['Your phone number is shared with the caterer only when you allow it on the booking page.', 'consent'],
    ['We disclose your details to sponsors only where you have explicitly agreed to it.', 'consent'],
    ['Your information is disclosed to the research lab only if you have signed the study consent form.', 'consent'],
    // a permission prompt or an opt-out switch gates nothing (POLARITY.md)
    ['Ad SDKs in our app may collect your advertising identifier once you allow tracking.', 'shares'],
    ['Ad networks may collect your device information even if you enable Limit Ad Tracking.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a receiving party named in apposition, or after "so"', () => {
  test.each([
    [
      'Our US-based billing vendor, Chargebee, receives invoice data and is certified under the EU-US Data Privacy Framework.',
      'shares',
    ],
    ['Login codes go out by text message, so Vonage receives your mobile number.', 'shares'],
    ['We send the code by text message, so you receive it within a minute.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a refusal right after the party that would act', () => {
  test.each([
    ['Advertisers never receive your email address.', 'denies'],
    ['Our partners never collect your precise location.', 'denies'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English receivers as the subject, and furnishing', () => {
  test.each([
    ['Sellers on the platform receive your first name and delivery address.', 'shares'],
    ['Our printing agency receives your postal address for each order.', 'shares'],
    ['We furnish details of your loan account to credit reference agencies.', 'shares'],
    // what the operator receives, and what a party is refused
    ['We receive your booking details from partner hotels.', 'none'],
    ['Partner hotels do not receive your payment card number.', 'denies'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a party named first receives the data, a brand or a trade the RECEIVER words do not hold', () => {
  test.each([
    ['Stripe receives your card number and billing postcode.', 'shares'],
    ['Tixly will receive your name and email address when you buy a ticket.', 'shares'],
    ['Payment networks such as Visa receive transaction details.', 'shares'],
    ['Our couriers, Parcelbird and Swiftship, get your phone number.', 'shares'],
    ['Your landlord never receives your bank details.', 'denies'],
    // the user, the operator, its own app, and a site's own logs
    ['You receive your invoice by email.', 'none'],
    ['Users get a copy of their data on request.', 'none'],
    ['This app receives your location from your phone.', 'none'],
    ['Quillhub automatically receives your IP address in its server logs.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: who sees it by trade, after the user acts; consent by more names; nobody but you', () => {
  test.each([
    ['When you book a lesson, your instructor can see your name and phone number.', 'shares'],
    ['If you join a tournament, your nickname and final ranking will be published on our website.', 'shares'],
    ['Your match history can be viewed by other players.', 'shares'],
    ['Landlords will only see your rental application once you press Send and confirm it.', 'consent'],
    // (the user told what not to do is still the user acting)
    ['If you are under 16, do not provide personal information to us without your parents’ consent.', 'none'],
    ['Nothing is disclosed to event sponsors without your opt-in at registration.', 'consent'],
    ['If you wish, you can consent to us sharing your email address with our partners.', 'consent'],
    ['We will not pass your details to anyone else unless you ask us to or the law requires it.', 'shares'],
    ['We will not release your test scores to anyone other than you.', 'denies'],
    ['3. Who we share your information with', 'none'],
    ['We may combine what we collect with publicly available data to improve our service.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: held by a provider, and phone numbers as data', () => {
  test.each([
    ['Voice messages are transcribed by a transcription vendor under contract with us.', 'shares'],
    ['Your uploaded documents are stored by our cloud hosting provider.', 'shares'],
    ['Comment widgets on our pages are hosted by a third party.', 'shares'],
    [
      'On request, we will forward your question and telephone number to the regional office of our partner network.',
      'shares',
    ],
    // (the operator's own storage names no one)
    ['Your documents are stored on our own servers.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

test.each([
  ['Hiring managers at the companies you apply to can view your CV and phone number.', 'shares'],
  // (the user's own choice of who sees stays the user's)
  ['Drivers you choose can see your name.', 'none'],
])('the other side of a deal the user approached: "%s" → %s', (text, expected) =>
  expect(polarityOf(text)).toBe(expected),
);

test.each([
  ['Alumni directory details may be disclosed without your prior consent.', 'shares'],
  ['We may disclose your records without your consent when a court orders it.', 'shares'],
  ['We will not disclose your records without your consent.', 'consent'],
])('"without your consent" unrefused means it goes without asking: "%s" → %s', (text, expected) =>
  expect(polarityOf(text)).toBe(expected),
);

describe('English consent asked for before, or a box the user ticks', () => {
  test.each([
    ['We ask your permission before passing your details to the guesthouse.', 'consent'],
    ['Your consent is required before we share your saved contacts with a partner app.', 'consent'],
    ['Your explicit permission will always be obtained before we send your CV to a recruiter.', 'consent'],
    ['We pass your phone number to our broker panel only if you tick the quote box.', 'consent'],
    // asking is the leave sought
    ['We will never hand your phone number to a partner without asking you first.', 'consent'],
    ['We will not share your address with the sponsors without first asking you.', 'consent'],
    // COPPA: a parent's consent obtained first; advice to children is theirs to follow, not a hand-over
    ['We obtain verifiable parental consent before we pass a child’s details to any outside company.', 'consent'],
    ['Kids should always check with a parent before sending personal information to a website.', 'none'],
    // a programme the user joins
    ['Your contact details are shared with our travel partners only if you enrol in the Miles Plus scheme.', 'consent'],
    ['We pass your email to the clubs only when you join one of their leagues.', 'consent'],
    ['Partner cookies are only placed on your device if you click "Accept all".', 'consent'],
    // (a box the user ticks to refuse still leaves the hand-over open)
    ['We share your email with sponsors unless you tick the box below.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: shown on a public profile, displayed publicly', () => {
  test.each([
    ['Rides you log, including their start point, are shown on your public profile.', 'shares'],
    ['Your username and high scores are displayed publicly on the weekly leaderboard.', 'shares'],
    // (a profile only the user sees names no one)
    ['Your saved addresses are shown on your profile page.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: more kinds of data passed on, and a vendor named after the customers it serves', () => {
  test.each([
    ['Your postcode is passed to our contracted research firm.', 'shares'],
    ['Your lab results are sent to the clinic that ordered them.', 'shares'],
    ['We may give your phone number to our customer survey agency.', 'shares'],
    // (what goes to the customers themselves names no one else)
    ['We send a receipt to our customers.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

test.each([
  ['Any vendor that receives records from us must sign a data processing agreement.', 'none'],
  ['Anyone who receives your details from us is required to keep them confidential.', 'none'],
  ['Partners that receive your booking data must not use it for any purpose other than your stay.', 'none'],
  // (a party that receives data from us, with no duty put on it, is a hand-over)
  ['Brokers may receive your contact details from us.', 'shares'],
])('a duty put on whoever receives the data is no hand-over: "%s" → %s', (text, expected) =>
  expect(polarityOf(text)).toBe(expected),
);

describe('English: the provider as the subject that processes, hosts or stores the data', () => {
  test.each([
    ['Sendwell, our newsletter provider, processes your email address and open rates.', 'shares'],
    ['Our cloud vendor stores your uploaded files in Frankfurt.', 'shares'],
    // (a payment handled names no data of the user's)
    ['Our payment provider processes the refund within five days.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English refusals of a sale of addresses or records, and "nothing … is passed on"', () => {
  test.each([
    ['Postal addresses gathered at our events are never sold or rented.', 'denies'],
    ['Nothing you say in a support chat is passed on to advertisers.', 'denies'],
    ['Member records are sold to marketing firms.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English consent in more words: obtained or received first, and an exception that is only the user’s leave', () => {
  test.each([
    ['Subject to obtaining parental consent, we may share a pupil’s artwork with partner schools.', 'consent'],
    ['Upon receiving your authorisation, we will send your records to the new clinic.', 'consent'],
    [
      'We will not disclose your details to any third party unless you have given us your prior written consent.',
      'consent',
    ],
    // (the law as a second exception leaves the hand-over open)
    ['Except as required by law or with your permission, we will not disclose your records to anyone.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: receivers the user picked, a question answered in the same line, access granted', () => {
  test.each([
    ['Your contact details will only be shared with the clubs you have chosen to hear from.', 'consent'],
    ['We only share readings with third-party apps that you have authorised in Settings.', 'consent'],
    ['Has Fernbank sold my data? No, we have not sold personal information in the past year.', 'denies'],
    ['We grant our partner clinics access to your appointment history.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: a duty the operator puts on whoever receives the data is no hand-over', () => {
  test.each([
    ['We require our service providers to keep your details confidential.', 'none'],
    ['Contracts with our vendors prohibit them from selling customer data.', 'none'],
    ['We will ask the recipient to sign an agreement that forbids onward transfer.', 'none'],
    // (the duty that names the hand-over too still says it)
    ['We require the service providers to whom we disclose your data to protect it.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: parties that may access the data, and the people shown it', () => {
  test.each([
    ['Our customer support vendors may access your order history.', 'shares'],
    ['Our affiliates in other countries may access your personal information.', 'shares'],
    ['Your name and photo are visible to the organiser and other attendees.', 'shares'],
    // (the operator's own access names no one)
    ['We may access your camera to scan a card.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: the law or a lawful interest as a second route; a ticked box and the user agreeing in the first person', () => {
  test.each([
    ['Unless the law requires otherwise, we only pass your details to partners with your consent.', 'shares'],
    [
      'We ask for your consent before sharing your address with couriers, unless an exception under the law applies.',
      'shares',
    ],
    ['We share your data with lenders when you consent or where we have a legitimate interest.', 'shares'],
    ["If you tick the box marked 'Partner offers', we will pass your phone number to our partners.", 'consent'],
    ['By ticking this box, I agree that Nordlane may share my email address with its installers.', 'consent'],
    ["We won't give your number to other companies unless you've told us we can.", 'consent'],
    // (a feature switched on is still no consent, as before)
    ['If you turn on sync, the browser will send your bookmarks to our servers.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("people's data put on a page anyone can open is made public; a document published there is not", () => {
  test.each([
    ['Names of prize winners may be published on the club website.', 'shares'],
    ['Contact details of speakers are listed in the conference directory.', 'shares'],
    [
      'Your review, together with your first name, will be published on our website only with your permission.',
      'consent',
    ],
    ['This privacy notice is published on our website.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('the British idiom of consent: "happy for us to"', () => {
  test.each([
    ['We only share your details with your carers if you have told us that you are happy for us to do so.', 'consent'],
    ["Where you're happy for us to, we pass your number to our installation partner.", 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('shown to others of any kind, and to a team or workspace administrator', () => {
  test.each([
    ['Your course reviews are visible to other learners.', 'shares'],
    ['Your workout history is visible to fellow members of your gym.', 'shares'],
    ['The workspace administrator can see your name and activity.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a refusal to "use or disclose" is a refusal to disclose, read with its exception', () => {
  test.each([
    ['Without your written authorization, we will not use or disclose your counselling notes.', 'consent'],
    [
      'We will not use or disclose your health information unless you have consented or an exception under the law applies.',
      'shares',
    ],
    ['We never use or disclose your contact list.', 'denies'],
    // (a list of processing verbs with no recipient, and "collect or share", stay as they were)
    ['We store and process your data in Ireland.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a refusal scoped to the operator itself opens nothing (POLARITY.md)', () => {
  test.each([
    ['We will not share your details with any company other than Brightfold Ltd, the operator of this app.', 'denies'],
    ['Your data is not disclosed to anyone other than us.', 'denies'],
    ['We will not share your data with anyone other than our payment processor.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("a party the operator's code lets collect, named by its brand", () => {
  test.each([
    [
      'We use the Pinwheel tag on our checkout pages, which allows Pinwheel to collect information about your purchases.',
      'shares',
    ],
    ['Our app lets you collect loyalty points.', 'none'],
    ['If you allow the app to access your location, we show nearby stores.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('who sees it by more trades (a therapist, a carer) and by the role the user gave them (an invitee, a match)', () => {
  test.each([
    ['Your counsellor can see the journal entries you share in the app.', 'shares'],
    ['Your name and email address will be visible to that collaborator.', 'shares'],
    ['If you opt in, your profile photo will be visible to your matches.', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('"transmit" in every tense (compromise conjugates it only in a clause), not data in transit', () => {
  test.each([
    ['Our app never transmits your location to advertisers.', 'denies'],
    ['Your order details are transmitted to the courier.', 'shares'],
    ['All data is encrypted when transmitted over the internet.', 'none'],
    ['Card details are transmitted securely using TLS.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('shown to others, refused as well as done; the other person, the recipient, friends or an employer who see it', () => {
  test.each([
    ['Your contact list is never shown to other users.', 'denies'],
    ['Your workouts are visible to your friends.', 'shares'],
    ['The other person can see your phone number only after you accept their request.', 'consent'],
    ['Your employer will only see your survey answers if you choose to attach your name.', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("an identity check against a government's records or a document verification service gives them the data", () => {
  test.each([
    ["We check your passport details against the Government's Document Verification Service.", 'shares'],
    ['We match the address you give us with records held by the electoral roll and fraud agencies.', 'shares'],
    ['We verify your licence number through the national document verification system.', 'shares'],
    ['We check your order before dispatch.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("a parent's or guardian's consent for a child's data", () => {
  test.each([
    ["With a parent's verifiable consent, we may share the child's reading level with their teacher.", 'consent'],
    ['A parent or guardian must consent before we share a child’s data with a club.', 'consent'],
    ['We do not share a child’s data with anyone unless a parent or guardian has given verifiable consent.', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a row of a vendor or cookie table names a third party and the data it takes', () => {
  test.each([
    ['Pinwheel Tag | Pinwheel Media Ltd | Collects page views and IP address | Used for ad measurement', 'shares'],
    ['_pk_id | Matomo Cloud | Third party | Stores a unique visitor identifier | 13 months', 'shares'],
    ['session_id | First party | Keeps you signed in | End of session', 'none'],
    ['Home | Pricing | Blog | Log in', 'none'],
    // a recipient cell that names the kind of party or an SDK, with the data it gets (and a row without one)
    ['Delivery partners | Name, phone number, delivery address | To bring your order to you', 'shares'],
    ['Branch SDK | Install attribution | Device ID, IP address', 'shares'],
    ['Contact data | Name, email address, phone number | Kept for 3 years', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('kept by a host the policy names', () => {
  test.each([
    ['Customer records are hosted by Google Cloud in its Frankfurt region.', 'shares'],
    ['Everything you upload is stored on AWS servers in Oregon.', 'shares'],
    ['Support requests go through Freshdesk, which stores your messages and email address.', 'shares'],
    ['Your photos are kept with an external storage provider.', 'shares'],
    ['Your data is stored on our own servers in Ireland.', 'none'],
    ['Passwords are stored with strong encryption.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a party of the deal receives the data after a comma, or the one the user booked', () => {
  test.each([
    ['The guesthouse you book receives your name and arrival time.', 'shares'],
    ['When you buy a ticket, the promoter and the venue receive your name and email address.', 'shares'],
    ['Once payment clears, the seller gets your shipping address.', 'shares'],
    ['When you contact us, our team receives your message.', 'none'],
    ['When you subscribe, Quillmark obtains your email address from you.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("more names of the user's leave: its basis, an opt-in basis, a tap, a release form, a yes", () => {
  test.each([
    ['Order data is passed to partners solely on the basis of your consent.', 'consent'],
    ['We pass your details to lenders only on an opt-in basis.', 'consent'],
    ['Your test results are sent to your dentist only if you tap Share and confirm.', 'consent'],
    ['We share your results with the club only after we have explained why and you have agreed.', 'consent'],
    ["Students' marks are shared with the sponsor only where a parent has signed the data release form.", 'consent'],
    ['We will ask you each time before we share your route with a friend.', 'consent'],
    ["We won't give your number to dealers unless you've said yes on the form.", 'consent'],
    ['We share your address with the council and, where you agree, with local charities.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a tool the operator names as used, which collects by itself', () => {
  test.each([
    ['We use Sentry, which collects error reports and your device model.', 'shares'],
    ['Our app includes Branch, which records install events and your advertising ID.', 'shares'],
    ['We use cookies, which collect information about your visit.', 'none'],
    ['We use server logs that record your IP address.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("the US banks' model notice: a reason the bank can share, answered yes", () => {
  test.each([
    ['For our everyday business purposes, such as to process your transactions | Yes | No', 'shares'],
    ['Does Harbour Savings share? Yes — For our marketing purposes, to offer our products to you.', 'shares'],
    ['Yes, you can opt out of marketing emails at any time.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('data moved to or out of the UK or the EU, with no recipient named, is where it is kept', () => {
  test.each([
    ['We may transfer your personal data outside the UK under approved safeguards.', 'none'],
    ['Your data may be transferred to the United Kingdom, which has adequacy status.', 'none'],
    ['We transfer your data to our partners in the UK.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a recipient that must keep the data confidential or secure is given a duty, not the data', () => {
  test.each([
    ['Our contractors must keep your records confidential and may use them only for the work we ask of them.', 'none'],
    ['We share your data with vendors, who must keep it confidential.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a receiver named with a clause of who chose it ("agencies we appoint", "relatives you invite") still receives', () => {
  test.each([
    [
      'If a bill goes unpaid, collection agencies we appoint may receive your name, address and phone number.',
      'shares',
    ],
    ['Relatives you invite to the account can see your care plan and appointment history.', 'shares'],
    ['The vendors we use will never receive your card number.', 'denies'],
    ['Agencies may help us with audits.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a list item that names a court, a tribunal, a regulator or the police receives, lettered or not', () => {
  test.each([
    ['to a regulator or tribunal when the law requires us to;', 'shares'],
    ['(d) to the police, where we suspect fraud;', 'shares'],
    ['(b) to our affiliates for the purposes above;', 'shares'],
    ['to comply with a court order or a regulator’s request;', 'none'],
    ['(b) to improve our services;', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a party named by any noun as the first object receives what follows ("we send that app your playlists")', () => {
  test.each([
    ['When you connect a smart speaker, we send that speaker maker your listening history.', 'shares'],
    ['We send the group organiser a list of the students who signed up.', 'shares'],
    ['We upload the numbers in your address book to our servers to find your friends.', 'none'],
    ['We provide the tools your team needs to work together.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("California's Shine the Light law described, of businesses in general, is no practice of the operator's", () => {
  test.each([
    [
      'Alternatively, such businesses may adopt a policy of not disclosing customers’ personal information to third parties for their direct marketing purposes.',
      'none',
    ],
    [
      'A business is not required to provide that list if it lets customers opt out of disclosure to third parties.',
      'none',
    ],
    ['We share your e-mail address with our business partners for their direct marketing.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("a table cell that answers no ('Disclosed to: none', 'Sold or shared: No') refuses", () => {
  test.each([
    ['Biometric data | Disclosed to: none', 'denies'],
    ['Health information | Sold or shared: No', 'denies'],
    ['Contact details | Disclosed to: payment processors | Sold or shared: No', 'shares'],
    ['Device identifiers | Disclosed to: advertising networks | Sold or shared: Yes', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('an English title that only names the topic discloses nothing', () => {
  test.each([
    ['5.3 Disclosure to third parties', 'none'],
    ['Information Sharing with Our Partners', 'none'],
    ['We disclose information to third parties.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('data sent abroad to a public body it names goes to that body, not merely abroad', () => {
  test.each([
    ['Your passport details are sent to the border authorities of the country you fly to.', 'shares'],
    ['Your data may be transferred to servers in the United States.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a bulleted or lettered item that names only a kind of recipient is a recipient of its list', () => {
  test.each([
    ['• our auditors, insurers and professional advisers, when we need their advice;', 'shares'],
    ['(b) other companies in our group;', 'shares'],
    ['- advertising agencies that help us run our campaigns,', 'shares'],
    ['• Our partners may change their own terms at any time.', 'none'],
    ['• Social networks, when you sign in with them, from which we obtain your profile.', 'none'],
    ['Our partners are listed on this page.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("cookies from a party are that party's, not a source it sends data from", () => {
  test.each([
    ['Cookies from our advertising partners are placed only after you accept them in the cookie banner.', 'consent'],
    ['Cookies from our analytics partners are placed on your device when you visit.', 'shares'],
    ['We collect information from our partners that use it lawfully.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a party let know or see the user’s data receives it', () => {
  test.each([
    ['We let the installer you chose know your phone number so they can book a visit.', 'shares'],
    ['With your permission, we will let your guarantor see your payment history.', 'consent'],
    ['We let the app see your location only while you use it.', 'none'],
    ['Let us know if your details change.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('the user deciding whether the operator shares is the hand-over’s leave, not a description', () => {
  test.each([
    ['You decide whether we share your exam results with your school.', 'consent'],
    ['You can choose whether we pass your details to our partner gyms.', 'consent'],
    ['This notice explains whether we share your data with others.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('whoever the user meets sees their data in the present tense too, without a modal', () => {
  test.each([
    ['Couriers see only your first name and delivery address.', 'shares'],
    ['The host sees your name and the dates you booked.', 'shares'],
    ['Users see ads based on their interests.', 'none'],
    ['Our employees see your orders only to help you.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('any party provided with the user’s data, not only a named kind of receiver', () => {
  test.each([
    ['We supply the landlord with your name and move-in date so they can hand over the keys.', 'shares'],
    ['We provide each exam centre with the candidate numbers of the pupils it will test.', 'shares'],
    ['We provide the best tools with your safety in mind.', 'none'],
    ['We provide the parcel with a label showing the shop address.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('leave given in so many words after "unless" is the only way out', () => {
  test.each([
    ['We will not pass your records to your insurer unless you have given us your signed authority.', 'consent'],
    [
      'We do not share your scores with schools unless you give us your clear, specific and informed consent.',
      'consent',
    ],
    ['We do not share your scores with schools unless you give us a reason to suspect fraud.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a vendor or cookie table’s row names who gets what in its cells', () => {
  test.each([
    ['Vendor: Northwind Texts; Purpose: appointment reminders; Data: mobile number, first name.', 'shares'],
    ['Brightwave | Email address, purchase history | Sending our newsletter', 'shares'],
    ['Delivery partners | To bring your order to your door | Performance of contract', 'shares'],
    [
      'Cookie: _pref; Provider: Kestrel Ads; Purpose: builds a profile of your interests for adverts elsewhere.',
      'shares',
    ],
    ['Cookie name: _basket | Provider: this website | Purpose: remembers your basket | Expiry: 1 day', 'none'],
    ['SDK name: Kestrel Maps SDK; Provider: Kestrel Ltd', 'none'],
    ['Processor | Purpose | Location', 'none'],
    ['Contact details | Name, email address, phone number | To create your account', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('passed on with no recipient named', () => {
  test.each([
    ['We never pass on the email addresses of the people you invite.', 'denies'],
    ['With your permission, we may pass on your contact details so a local installer can call you.', 'consent'],
    ['Please pass on this notice to anyone who uses your account.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('the data passing to a buyer in so many words', () => {
  test.each([
    ['If our business is acquired, the customer list, including phone numbers, will pass to the new owner.', 'shares'],
    ['After a merger, the acquirer will take over your patient records.', 'shares'],
    ['If you sell your car through us, the buyer will take over the remaining warranty.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('nothing goes out until the user agrees: the refusal’s only way out is their leave', () => {
  test.each([
    ['Nothing is sent to the lender until you review the summary and agree to the transfer.', 'consent'],
    ['Your results are not shared with your school until you approve the link.', 'consent'],
    ['Your results are not shared with your school until the end of term.', 'denies'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('what the user posts or sends shown to others, and what they send to us', () => {
  test.each([
    ['When you post a recipe, your display name and photo are visible to anyone on the internet.', 'shares'],
    ['Once you send a gift card, the recipient sees your name and the message you wrote.', 'shares'],
    ['If you send us a photo of your receipt, it may be available to others on an unencrypted network.', 'none'],
    ['When you share a playlist, anyone with the link can see it.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('selling what a user recorded, watched or bought is selling data', () => {
  test.each([
    ['We never sell your dashcam footage.', 'denies'],
    ['We will not rent or sell your viewing history to anyone.', 'denies'],
    ['You can sell your photos to other members through our marketplace.', 'none'],
    ['We may sell the history of the club as a printed book.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a database or camera footage is data handed over', () => {
  test.each([
    ['We do not make our member database available to other clubs.', 'denies'],
    ['We may give CCTV footage to the police when they investigate a crime.', 'shares'],
    ['Our database runs on servers in Frankfurt.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("data named by whose it is: your child's, your pet's", () => {
  test.each([
    ["We send your child's progress reports to the tutor you book.", 'shares'],
    ['We pass your dog’s vaccination history to the kennel you choose.', 'shares'],
    ["We keep your child's progress reports for two years.", 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("anyone's leave named by who they are, as a parent's is", () => {
  test.each([
    ["Only with the member's written permission will we pass their details to the club secretary.", 'consent'],
    ["We never give the tenant's phone number to the landlord without the tenant's prior consent.", 'consent'],
    ["We never give the tenant's phone number to the landlord.", 'denies'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a hand-over done "by sending", and the user acting "by providing"', () => {
  test.each([
    ['We confirm your age by sending your date of birth to our verification partner.', 'shares'],
    ['We check your number by passing it to your mobile network operator.', 'shares'],
    ['By providing your phone number to the organiser, you agree to receive event updates.', 'none'],
    ['Handwritten forms filled in by hand are sent to our office.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("an identity checked against someone else's register", () => {
  test.each([
    ['To verify your business, we check your company number against the national business register.', 'shares'],
    ['We may verify your passport details against the immigration database.', 'shares'],
    ['We check new sign-ups against our database of banned accounts.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a refusal to show the user’s data to the other side, or on a public list', () => {
  test.each([
    ['We will never show your saved searches to other members.', 'denies'],
    ['Your home address is never shown to the buyer.', 'denies'],
    ['We do not publish or display donors’ names on any public page.', 'denies'],
    ['Your phone number is never shown to other guests, except to the host of the stay you book.', 'shares'],
    ['We do not show ads to children under 13.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a party using what the operator gives it: the hand-over in a relative clause', () => {
  test.each([
    ['Our partner brands may use the information we provide to them to send you offers.', 'shares'],
    ['Event organisers may use the details we give to contact you about future shows.', 'shares'],
    ['You may use the information we provide on this site for personal purposes only.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('a hand-over that waits until the user authorises it', () => {
  test.each([
    ['We send your readings to your clinic only after you pair the device and authorise the link.', 'consent'],
    ['We send your results to your employer when you authorize the report.', 'consent'],
    ['We send your readings to your clinic after every visit.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("the user's own steps joined by 'and', the last of them their consent", () => {
  test.each([
    ['We share your sleep data with a coach only when you have invited them and given your consent.', 'consent'],
    ['We share your data with payment processors and, with your consent, with marketing partners.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: made public by making it so, on a profile, to the people concerned', () => {
  test.each([
    ['We make tutor profiles public so that families can choose.', 'shares'],
    ['We never make pupil profiles public.', 'denies'],
    ['We show your city and age on your profile.', 'shares'],
    ['We never show your surname on your profile.', 'denies'],
    ['Your saved searches are revealed to the people you message.', 'shares'],
    // shown to the user alone
    ['We show your past orders on your profile page so that you can reorder quickly.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: the switch, the tick or the approval the sharing waits for', () => {
  test.each([
    ["We don't share your workout history with sponsors unless you switch on Partner Rewards.", 'consent'],
    ['Your diary is never shown to coaches unless you tap Share Diary.', 'consent'],
    ["No report is sent to your child's tutor unless a parent approves it.", 'consent'],
    ['We give your phone number to the venue only if you tick the opt-in box when booking.', 'consent'],
    ['Other members can see your routes only if you change your privacy settings.', 'consent'],
    // an opt-out box is no leave
    ['We give your phone number to partners only if you do not tick the opt-out box.', 'shares'],
    // where data is kept is no hand-over
    ['Your sleep data stays on your phone unless you switch on cloud backup.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: videos, clips and footage sent on are data', () => {
  test.each([
    ['Doorbell clips are sent to our cloud partner for storage.', 'shares'],
    ['Your voice recordings and video clips are never sent to any third party.', 'denies'],
    ['Video is sent to you as a notification.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: told to someone about the user', () => {
  test.each([
    ['We will never tell your employer that you used our counselling service.', 'denies'],
    ['We may tell the organisers whether you attended the session.', 'shares'],
    ['We will only tell your landlord about your payment history if you agree.', 'consent'],
    // the user told something, or asked to tell others about the product
    ['We will tell you about changes to this policy.', 'none'],
    ['Please tell your friends about our app.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: processing only on our instructions is a duty laid on the recipient', () => {
  test.each([
    ['Our vendors are contractually bound to process your data only on our written instructions.', 'none'],
    ['Sub-processors must process customer data only in accordance with our instructions.', 'none'],
    ['We disclose your data to processors, who must process it only on our documented instructions.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: featured, seen by other learners, on a public map', () => {
  test.each([
    ['Only with your written permission will your photos be featured on our Facebook page.', 'consent'],
    ["We allow each pupil's artwork to be seen by other parents in the class gallery.", 'shares'],
    ['Your rides appear on the public leaderboard.', 'shares'],
    // what the user sees alone
    ['Your rides appear on your private dashboard.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: data that goes straight to a processor, and a refusal that is a predicate of its own', () => {
  test.each([
    ['Card numbers are sent directly from the app to our payment gateway.', 'shares'],
    ['Your bank details go directly to our payment provider and are never stored on our servers.', 'shares'],
    ['Card details are handled directly by Stripe and never touch our systems.', 'shares'],
    ['Such partners do not receive your name.', 'denies'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe("English: a check against someone else's records hands them the data", () => {
  test.each([
    ["Our fraud partner compares your date of birth against the card issuer's records.", 'shares'],
    ['We confirm your address against national postal records.', 'shares'],
    ['We verify the driving licence number you enter with the DVLA.', 'shares'],
    ['We check each booking against our records before we confirm it.', 'none'],
    ['We compare your answers against your previous answers to track your progress.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: a title that only names the topic, numbered as a section or naming who in a few words', () => {
  test.each([
    ['Section 4: Sharing and Disclosure', 'none'],
    ['Part II. Disclosure of Your Information', 'none'],
    ['Sharing with delivery partners', 'none'],
    ['Section 4: We share your address with delivery partners.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: data that goes to a party named by its trade, straight or not', () => {
  test.each([
    ['Your name and phone number go straight to the dealership you pick.', 'shares'],
    ['Your application goes to the lender only after you confirm it.', 'consent'],
    ['To change this, go to your account settings.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: a way to pay chosen is no leave for what the payment provider receives', () => {
  test.each([
    ['If you choose Paylane at checkout, we pass your name and order total to Paylane.', 'shares'],
    ['When you choose to pay with a wallet, we send the order amount and your email to the wallet provider.', 'shares'],
    ['If you choose to connect a partner app, we send your workouts to that partner.', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: consent or whoever may compel it is two routes, not consent alone', () => {
  test.each([
    ['We will not disclose your messages unless you consent or a court orders us to.', 'shares'],
    ['We will not disclose your messages unless you consent or the police present a warrant.', 'shares'],
    ['We will not disclose your messages unless you consent.', 'consent'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: shown or visible to the people on the other side, named by any role', () => {
  test.each([
    ['Your display name and rating are visible to other traders.', 'shares'],
    ['Your weekly progress is shown to your assigned coach.', 'shares'],
    ['Your location is visible to every household member.', 'shares'],
    ['Your tickets are visible to our support team.', 'none'],
    ['Your data is visible to us.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: published or shown on a page, after the user’s condition', () => {
  test.each([
    ['If you enter our photo contest, your name and town may be published on our website.', 'shares'],
    ['Ratings you give a cleaner are shown on the cleaner’s public profile with your first name.', 'shares'],
    ['Your ratings are shown to you on your dashboard.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: consent as the lawful basis the operator relies on is the leave for the hand-over', () => {
  test.each([
    ['We rely on your consent to pass your contact details to our partner insurers.', 'consent'],
    [
      'We rely on your consent, or on our legitimate interests, when we share your order with the restaurant.',
      'shares',
    ],
    ['Where we rely on your consent, you can withdraw it at any time.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: what users post, said to be public, is made public', () => {
  test.each([
    ['Answers you write in the study forum are public and show your username.', 'shares'],
    ['Comments and ratings are public.', 'shares'],
    ['Our source code is public.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: only after, once, when or if the user acts — signs, approves, links, enables — is consent', () => {
  test.each([
    ['Your employer receives a summary of your test only if you sign the release form.', 'consent'],
    ['Progress reports are sent to the tutor only after you, as the parent, approve the link.', 'consent'],
    ['We share your ride details with your contacts only when you switch on trip sharing.', 'consent'],
    ['We share your ride details with the driver when you book.', 'shares'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: a party past an aside that may access the user’s data', () => {
  test.each([
    [
      'Some of our contractors are located overseas, including in Malaysia and Kenya, and may access your records to answer calls.',
      'shares',
    ],
    ['Our support team is based in Ireland and may access your account to help you.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: told by pronoun, or told which, how often or when the user acted', () => {
  test.each([
    ['When you click through to an insurer, we tell them which quote you picked.', 'shares'],
    ['We tell the retailer how often you open its emails.', 'shares'],
    ['We tell you which quote is cheapest.', 'none'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});

describe('English: a party that receives something derived from the user’s data', () => {
  test.each([
    ['Data brokers may receive audience segments built from your purchase history.', 'shares'],
    ['Lenders are not given access to your full credit file by us.', 'denies'],
  ])('"%s" → %s', (text, expected) => expect(polarityOf(text)).toBe(expected));
});
