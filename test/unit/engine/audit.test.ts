import { describe, expect, test } from 'vitest';
import { audit } from '../../../src/engine';
import { fold, foldAndHash } from '../../../src/engine/normalize';
import { predictedMarketing, predictedPhone } from '../../../src/cli/metrics';

// A short policy written for these tests: a sharing section, an exception list, an SDK table row.
const POLICY = [
  '某某App隐私政策',
  '一、我们如何收集和使用您的个人信息',
  '注册时，我们会收集您的手机号码，用于创建账号。',
  '二、我们如何共享、转让、公开披露您的个人信息',
  '（一）共享',
  '我们不会与本公司以外的任何公司、组织和个人共享您的个人信息，但以下情况除外：',
  '1、事先获得您的明确同意；',
  '2、根据法律法规的规定或行政、司法机关的强制性要求；',
  '我们会与广告合作伙伴共享您的手机号码和设备信息，用于精准营销。',
  '推送SDK，使用目的：消息推送，收集个人信息类型：设备标识符，提供方：某某推送科技有限公司',
  '三、我们如何保护您的个人信息',
  '我们采用加密技术保护您的个人信息。',
  '您可以在设置中关闭个性化推荐，也可以回复TD退订营销短信。',
].join('\n');

describe('audit()', () => {
  const report = audit(POLICY);

  test('scores a policy and says what drives the score', () => {
    expect(report.status).toBe('analysed');
    expect(report.score).toBeGreaterThanOrEqual(50);
    expect(['high', 'severe']).toContain(report.level);
    expect(report.breakdown.map((p) => p.key)).toEqual(expect.arrayContaining(['phone-shared', 'marketing']));
  });

  test('every span points into the original text and its quote is that text', () => {
    for (const f of report.findings) {
      expect(f.span.start).toBeGreaterThanOrEqual(0);
      expect(f.span.end).toBeLessThanOrEqual(POLICY.length);
      expect(POLICY.slice(f.span.start, f.span.end)).toBe(f.quote);
    }
  });

  test('reads the exception list under the sharing heading in context', () => {
    const line = (text: string) => report.findings.filter((f) => f.quote.includes(text));
    expect(line('事先获得您的明确同意').length).toBeGreaterThan(0);
    expect(line('我们采用加密技术').length).toBe(0);
  });

  test('marks phone data, marketing purpose and advertisers on the ad clause', () => {
    const ad = report.findings.find((f) => f.quote.includes('广告合作伙伴'))!;
    expect(ad.polarity).toBe('shares');
    expect(ad.data).toContain('phone');
    expect(ad.purposes).toContain('marketing');
    expect(ad.recipients).toContain('advertisers');
    expect(ad.severity).toBe('severe');
    expect(ad.laws).toContainEqual({ law: 'PIPL', article: 23 });
  });

  test('parses the SDK row into an entry', () => {
    expect(report.entries).toHaveLength(1);
    expect(report.entries[0]).toMatchObject({
      party: expect.stringContaining('某某推送科技有限公司'),
      purpose: '消息推送',
    });
  });

  test('checklist: opt-outs met, nothing invented', () => {
    const status = Object.fromEntries(report.checklist.map((c) => [c.id, c.status]));
    expect(status['personalisation-opt-out']).toBe('met');
    expect(status['marketing-opt-out']).toBe('met');
    expect(status['withdraw-consent']).toBe('missing');
  });

  test('Traditional Chinese is matched through folding but quoted as written', () => {
    const hant = audit('隱私權政策\n我們會將您的手機號碼提供予合作夥伴，作為行銷之用。\n本公司重視您的個人資料。');
    expect(hant.lang).toBe('zh-Hant');
    const f = hant.findings.find((x) => x.polarity === 'shares')!;
    expect(f.quote).toBe('我們會將您的手機號碼提供予合作夥伴，作為行銷之用。');
    expect(f.data).toContain('phone');
    expect(f.purposes).toContain('marketing');
    expect(f.laws).toContainEqual({ law: 'TW-PDPA', article: 20 });
  });

  test('a text that starts with a byte-order mark keeps every span on its clause', () => {
    const text = '\ufeff隱私政策 SDK\n我們會將您的手機號碼提供給合作夥伴。';
    const report = audit(text);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(text.slice(f.span.start, f.span.end)).toBe(f.quote);
  });

  test('精准定位 is location data, not a marketing purpose', () => {
    const [f] = audit('我们会将您的精准定位信息提供给地图服务商，用于导航。', { assumePolicy: true }).findings;
    expect(f?.data).toContain('location');
    expect(f?.purposes).not.toContain('profiling');
    const [g] = audit('我们会与广告合作伙伴共享设备信息，用于精准推送。', { assumePolicy: true }).findings;
    expect(g?.purposes).toContain('profiling');
  });

  test('one short Traditional sentence is read as Traditional', () => {
    const one = audit('客服紀錄可能提供給本公司委託的客服中心。', { assumePolicy: true });
    expect(one.lang).toBe('zh-Hant');
    expect(one.findings.some((f) => f.polarity === 'shares')).toBe(true);
    expect(audit('客服记录可能提供给本公司委托的客服中心。', { assumePolicy: true }).lang).toBe('zh-Hans');
  });

  test("Taiwan's words are read as the mainland's: 資訊 is 信息, 使用者 is 用户", () => {
    const given = audit('應您的監護人合法要求而提供您的資訊。', { assumePolicy: true });
    expect(given.findings.map((f) => f.polarity)).toContain('shares');
    const shown = audit('您的暱稱和頭像將向其他使用者展示。', { assumePolicy: true });
    expect(shown.findings.find((f) => f.polarity === 'shares')?.recipients).toContain('public');
    expect(fold('我們透過簡訊確認您的裝置資訊', 'zh-Hant')).toBe('我们通过短信确认您的设备信息');
    // characters a character map leaves: 暱稱 is 昵称, 回覆 is 回复
    expect(fold('您的暱稱；回覆TD退訂', 'zh-Hant')).toBe('您的昵称;回复td退订');
    // in Simplified text 资讯 is news and 装置 an apparatus: left as written
    expect(fold('推送新闻资讯', 'zh-Hans')).toBe('推送新闻资讯');
  });

  // each as its Simplified twin is read: found by rewriting the tune half's policies in Taiwan's words and comparing
  test('a Traditional policy gets the verdict its Simplified twin gets', () => {
    const hant = (s: string) => audit(`隱私權政策\n${s}`, { assumePolicy: true });
    const hans = (s: string) => audit(`隐私政策\n${s}`, { assumePolicy: true });
    const keys = (r: ReturnType<typeof audit>) => r.breakdown.map((p) => p.key);
    // selling in Traditional words
    expect(hant('我們可能將您的個人資料販賣給其他公司。').verdict!.sale.answer).toBe('yes');
    // a prize delivered by an event's co-organiser is not the number out for marketing
    const prize = hant('我們與第三方進行聯合行銷活動，可能與其共享中獎人的聯絡方式，以便第三方能及時向您發放獎品。');
    expect(keys(prize)).not.toContain('phone-for-marketing');
    expect(keys(prize)).toEqual(
      keys(hans('我们与第三方进行联合营销活动，可能与其共享中奖人的联系方式，以便第三方能及时向您发放奖品。')),
    );
    // the acquirer's own contact details are not the user's number
    const merger = hant('在我們發生合併或收購時，如果您的個人資料需要轉移，我們將向您告知接收方的名稱和聯絡方式。');
    expect(merger.verdict!.phone.answer).toBe('no');
    // a device model is not a device identifier; the user sharing to QQ is the user's act
    expect(hant('我們會與合作夥伴共享您的裝置型號，以便提供服務。').findings[0]?.data).not.toContain('device-id');
    expect(hant('需要獲取裝置資訊，用於使用者將資訊分享至QQ或微信。').findings).toEqual([]);
  });

  test("the operator's own name is not read as words: an app called 广告门 names no ad purpose", () => {
    const report = audit(
      '广告门隐私政策\n我们可能与广告门的关联公司共享您的个人信息。\n我们可能与广告合作伙伴共享您的设备信息。',
      { assumePolicy: true },
    );
    const [affiliates, advertisers] = report.findings;
    expect(affiliates?.recipients).toEqual(['affiliates']);
    expect(affiliates?.purposes).toEqual([]);
    expect(advertisers?.recipients).toContain('advertisers');
    // a title that names a kind of recipient is not a name to hide
    const sdk = audit('第三方SDK隐私政策\n第三方SDK可能收集您的设备信息，用于投放广告。', { assumePolicy: true });
    expect(sdk.findings[0]?.recipients).toContain('sdk');
    expect(sdk.findings[0]?.purposes).toContain('ads');
  });

  test("what a push service delivers is the user's message, not data it receives", () => {
    const row = (text: string) => audit(text, { assumePolicy: true }).findings[0];
    const push = row('我们会向推送服务商提供设备标识，用于实现账单提醒、交易信息及物流通知的推送。');
    expect(push?.data).toContain('device-id');
    expect(push?.data).not.toContain('financial');
    // a transaction record handed over is still one
    expect(row('我们会将您的交易信息提供给合作银行。')?.data).toContain('financial');
  });

  test('offices named by what they do are authorities: licensing, tax, customs', () => {
    const recipients = (text: string) => audit(text, { assumePolicy: true }).findings[0]?.recipients;
    expect(recipients('我们会将您的车牌号提交至车管所。')).toEqual(['authorities']);
    expect(recipients('我们会依法向税务机关报送您的收入信息。')).toContain('authorities');
  });

  test("a tool's own policy: the tool named as the operator collects, a tool in someone's app is a third party", () => {
    const recipients = (text: string) => audit(text, { assumePolicy: true }).findings.map((f) => f.recipients);
    expect(recipients('Stripe collects your card number at checkout.')).toEqual([['processors']]);
    // a line of the tool's name over "privacy policy", or the tool called "we"
    expect(recipients('Stripe Privacy Policy\nStripe collects your card number when you pay a business.')).toEqual([]);
    expect(
      recipients('Klarna Bank AB ("Klarna", "we") is the controller.\nKlarna receives your name and address.'),
    ).toEqual([]);
    // a pointer to the tool's own policy does not make the policy the tool's
    expect(recipients("Klarna receives your name and address; see Klarna's privacy policy")).toEqual([['partners']]);
  });

  test('an item under a sharing heading that says what the user will give is collection, not the number going out', () => {
    const report = audit(
      '隱私權政策\n三、我們如何共享您的個人資料\n我們會在以下情況下與合作夥伴共享您的資料：\n例如，若您使用購物服務，您可能會提供您的姓名、聯繫方式及送貨地址；\n四、我們如何保護您的個人資料\n我們採用加密技術。',
    );
    expect(report.verdict!.phone.answer).toBe('no');
  });

  test('the trades behind spam calls are named recipients: a partner bank, an agent, a recruiter; a courier delivers', () => {
    const recipients = (text: string) => audit(text, { assumePolicy: true }).findings[0]?.recipients;
    expect(recipients('我们会将您的手机号提供给合作银行。')).toContain('partners');
    expect(recipients('我们会将您的联系方式推荐给房产经纪人。')).toContain('partners');
    expect(recipients('您的简历将推荐给合作的招聘企业。')).toContain('partners');
    expect(recipients('我们可能把您的手机号码交给快递员用于配送。')).toEqual(['processors']);
  });

  test('a refused sale its exceptions leave open is told as a hand-over, not as selling data', () => {
    const report = audit('隱私權政策\n本站絕不會出租或出售您的個人資料給其他團體，但依法令規定者，不在此限。', {
      assumePolicy: true,
    });
    const f = report.findings.find((x) => x.polarity === 'shares')!;
    expect(f.why.en).not.toMatch(/sell/i);
    expect(f.severity).not.toBe('high');
    expect(report.verdict!.sale.answer).toBe('no');
  });

  test("Hong Kong's 聯絡資料 is contact details", () => {
    const report = audit('收集個人資料聲明\n本行擬將閣下的姓名及聯絡資料提供予本行的保險合作夥伴。', {
      assumePolicy: true,
    });
    expect(report.findings.find((x) => x.polarity === 'shares')!.data).toContain('phone');
  });

  test('a provider named in the singular is a processor', () => {
    const report = audit(
      'Privacy Policy\nWe pass your phone number to our SMS delivery provider to send login codes.',
      {
        assumePolicy: true,
      },
    );
    expect(report.findings.find((x) => x.polarity === 'shares')!.recipients).toContain('processors');
  });

  test('联络方式 is contact details in Simplified text too', () => {
    const report = audit('隐私政策\n如交易一方提出请求，我们会向该用户提供其交易对方的联络方式。', {
      assumePolicy: true,
    });
    expect(report.findings.find((x) => x.polarity === 'shares')!.data).toContain('phone');
  });

  test('full-width text keeps its offsets', () => {
    const text = 'ＡＢＣ隐私政策：我们会向第三方ＳＤＫ提供您的个人信息。';
    const f = audit(text, { assumePolicy: true }).findings[0]!;
    expect(text.slice(f.span.start, f.span.end)).toBe(f.quote);
  });
});

describe('text that is not a policy is not scored', () => {
  test.each([
    ['', 'empty'],
    ['   \n\t  ', 'empty'],
    ['今天天气很好，我们去公园散步吧。'.repeat(40), 'not-a-policy'],
  ])('%j → %s with a reason and no score', (text, status) => {
    const report = audit(text);
    expect(report.status).toBe(status);
    expect(report.score).toBeNull();
    expect(report.level).toBeNull();
    expect(report.reason?.['zh-CN']).toBeTruthy();
    expect(report.findings).toEqual([]);
  });
});

describe('textHash', () => {
  test('ignores reflowed white space but not a changed word', () => {
    const a = audit('隐私政策\n我们会与合作伙伴共享您的个人信息。');
    expect(audit('隐私政策 \n\n我们会与合作伙伴共享您的个人信息。').textHash).toBe(a.textHash);
    expect(audit('隐私政策\n我们会与关联公司共享您的个人信息。').textHash).not.toBe(a.textHash);
  });

  test('is taken before apostrophes are folded: a refusal typed with ’ is still a refusal', () => {
    const curly = audit('Privacy Policy\nWe don’t share your personal information with third parties.');
    expect(curly.findings.map((f) => f.polarity)).toEqual(['denies']);
    expect(audit("Privacy Policy\nWe don't share your personal information with third parties.").textHash).not.toBe(
      curly.textHash,
    );
  });

  test('is taken before Taiwan words are folded, so a stored policy stays unchanged when that list grows', () => {
    const written = audit('隱私權政策\n我們會將您的資訊提供給合作夥伴。');
    expect(audit('隱私權政策\n我們會將您的信息提供給合作夥伴。').textHash).not.toBe(written.textHash);
    expect(foldAndHash('隱私權政策\n我們會將您的資訊提供給合作夥伴。', 'zh-Hant').hash).toBe(written.textHash);
  });
});

describe('sections are read as an annotator reads them', () => {
  // (a line the section marks may also be read by the second opinion, which then makes it a finding of its own)
  const contextQuotes = (text: string) =>
    audit(text)
      .findings.filter((f) => f.kind === 'context' || f.rule === 'model-rescue')
      .map((f) => f.quote);

  test('a user-sharing feature inside the collection chapter is not a sharing section', () => {
    const text = [
      '一、我们如何收集和使用您的个人信息',
      '（一）分享功能',
      '您可以把喜欢的文章转发到社交平台，我们会记录转发次数。',
      '（二）使用第三方SDK',
      '此类信息为使用以上功能时必须的信息。',
      '二、我们如何共享您的个人信息',
      '我们的授权合作伙伴包括以下类型：',
      '三、联系我们',
      '如有疑问，请发送邮件至隐私团队。',
    ].join('\n');
    expect(contextQuotes(text)).toEqual(['我们的授权合作伙伴包括以下类型：']);
  });

  test('under a chapter about something else, only the operator’s own disclosure opens a sharing section', () => {
    const text = [
      '五、您的权利',
      '（三）绑定第三方账号',
      '绑定后，您可以用第三方账号直接登录。',
      '（四）对外提供个人信息的管理',
      '合作方名单每季度更新一次。',
      '六、本政策的更新',
      '我们会在页面上发布新的版本。',
    ].join('\n');
    expect(contextQuotes(text)).toEqual(['合作方名单每季度更新一次。']);
  });

  test('what the operator shows other users is disclosure, even under the rights chapter', () => {
    const text = [
      '五、您的权利',
      '（三）个人信息的展示与分享',
      '您的游戏昵称和段位会在排行榜中展示给其他玩家。',
      '六、本政策的更新',
      '我们会在页面上发布新的版本。',
    ].join('\n');
    // the display frame (zh-public) reads it on its own now; the section would have caught it either way
    const shown = audit(text).findings.filter((f) => f.polarity === 'shares');
    expect(shown.map((f) => f.quote)).toEqual(['您的游戏昵称和段位会在排行榜中展示给其他玩家。']);
    expect(shown[0]!.recipients).toContain('public');
  });

  test('assurances and directions through the settings inside a sharing section are asides', () => {
    const text = [
      '三、我们如何共享您的个人信息',
      '我们坚信，处理用户数据应当尽量让用户知情。',
      '您可以在应用的隐私设置中关闭个性化推荐。',
      '定位信息属于敏感信息，不提供只影响附近门店查询，不影响其他功能。',
      '我们只向合作伙伴提供完成订单所需的收件信息。',
      '以上合作伙伴均经过安全评估。',
    ].join('\n');
    expect(contextQuotes(text)).toEqual(['以上合作伙伴均经过安全评估。']);
  });

  test('a numbered line that only names a kind of recipient is a sub-heading, not a finding', () => {
    const text = [
      '三、我们如何共享您的个人信息',
      '1、提供云存储服务的供应商。',
      '我们会把您上传的照片加密后交给云存储供应商保存。',
      '2、营销活动的合作伙伴。',
      '活动奖品由合作伙伴寄送，我们只提供收件人和地址。',
    ].join('\n');
    const quotes = audit(text).findings.map((f) => f.quote);
    expect(quotes).not.toContain('1、提供云存储服务的供应商。');
    expect(quotes).not.toContain('2、营销活动的合作伙伴。');
    expect(quotes).toContain('我们会把您上传的照片加密后交给云存储供应商保存。');
  });

  test('a cross-border clause in the storage chapter is about storage; alone it still reads as provision', () => {
    const plain = '确需向中华人民共和国境外提供您的信息时，我们将取得您的单独同意。';
    const text = ['四、我们如何存储您的个人信息', '（二）存储地点', '我们的服务器位于中国境内。', plain].join('\n');
    expect(audit(text).findings).toEqual([]);
    expect(audit(plain, { assumePolicy: true }).findings.map((f) => f.polarity)).toEqual(['consent']);
  });
});

describe('a list’s items read the same with or without their final stop (written for this test)', () => {
  test('findings and score', () => {
    const lines = [
      '隐私政策',
      '三、共享',
      '在以下情形中，我们可能会共享您的个人信息：',
      '（1）与关联公司共享您的手机号码，用于提供统一的账号服务。',
      '（2）与授权合作伙伴共享您的设备信息。',
      '（3）根据法律法规的要求进行提供。',
      '四、安全',
      '我们会采取加密措施。',
    ];
    const read = (text: string) => audit(text).findings.map((f) => `${f.rule} ${f.polarity} ${f.data.join('+')}`);
    const bare = lines.map((line) => line.replace(/。$/, '')).join('\n');
    expect(read(bare)).toEqual(read(lines.join('\n')));
    expect(audit(bare).score).toBe(audit(lines.join('\n')).score);
    expect(audit(bare).verdict?.phone.answer).toBe('yes');
  });
});

describe("the number by more of its names: a contact number, a mobile phone, the caller's number", () => {
  const phoneOf = (text: string) => predictedPhone(audit(text, { assumePolicy: true }));
  test.each([
    ['We give your contact number to the courier delivering your parcel.', true],
    ['Your mobile phone number is shared with the driver.', true],
    ['我们会将您的来电号码及通话录音同步给客服外包服务商。', true],
    ['We share your order history with the merchant.', false],
  ])('"%s" → %s', (text, expected) => expect(phoneOf(text)).toBe(expected));
});

describe('marketing as the offers a receiver sends or the products it pitches', () => {
  const marketingOf = (text: string) => predictedMarketing(audit(text, { assumePolicy: true }));
  test.each([
    ['我们会将您的手机号提供给合作商户，用于其向您发送优惠活动短信。', true],
    ['我们会将您的联系电话提供给合作保险经纪公司，由其顾问向您介绍保险产品。', true],
    ['本行或會將閣下的電話號碼提供予合作夥伴，以向閣下推介服務計劃。', true],
    ['We pass your address to partner publishers so they can send you offers by post.', true],
    ['We share your mobile number with our telemarketing contractor.', true],
    // (a discount on a price is no promotion; the services a partner offers are no offer to the user)
    ['我们会将您的驾驶数据提供给合作保险公司，用于计算保费优惠。', false],
    // (an offer of any kind, not only the kinds listed; a coupon redeemed or the right to one is no offer)
    ['我们会将您的手机号提供给合作车行，以便其向您推送保养优惠。', true],
    ['若您同意，我們會將您的電子郵件提供予合作品牌，用於寄送活動優惠。', true],
    ['我们会将您的会员卡号提供给合作商户，用于核销您在其门店使用的优惠券。', false],
    ['您的姓名将提供给开发商，用于核对购房优惠资格。', false],
    ['We share your booking with the partner that offers the tour.', false],
    // a receiver's own products pitched, an audience built to reach the user, a product sold to them
    ['We may share your email address with our affiliates so they can tell you about their own products.', true],
    ['We upload hashed email addresses to social networks to build custom audiences.', true],
    ['我们可能会将您的电话号码提供给保险代理，以便其向您推销保险产品。', true],
    ['我们会将您的浏览记录提供给关联公司，用于向您推送您可能感兴趣的商品。', true],
    // offers pitched in the words of a mailing: marketers, what may interest the user, hearing from a sponsor,
    // a charity's appeals — and a courier's call about the parcel is still service
    ['We may rent our subscriber list to third-party marketers.', true],
    ['We may pass your postal address to publishers whose magazines might interest you.', true],
    ['We give your email address to the show sponsor if you ask to hear from them.', true],
    ['We pass your phone number to our local branch so its volunteers can make fundraising calls.', true],
    ['We share your name with the festival sponsor so you can receive offers from it.', true],
    ['We share your mobile number with the courier so they can contact you about the delivery.', false],
    ['Your fundraising page is shown to other visitors.', false],
  ])('"%s" → %s', (text, expected) => expect(marketingOf(text)).toBe(expected));
});

describe('推荐 as a recommendation made to the user is profiling; a lead handed on or a referral is not', () => {
  const marketingOf = (text: string) => predictedMarketing(audit(text, { assumePolicy: true }));
  test.each([
    ['我们会将您的浏览记录提供给合作方，用于为您推荐可能感兴趣的课程。', true],
    ['我们会将您的订阅记录提供给关联公司，以便推荐给您合适的套餐。', true],
    ['经您同意，我们会将您的装修需求推荐给附近的合作装修公司。', false],
    ['如您通过推荐码注册，我们会向推荐人提供您的注册状态，用于结算推荐奖励。', false],
  ])('"%s" → %s', (text, expected) => expect(marketingOf(text)).toBe(expected));
});

describe('an offer named by its kind is marketing; a discount on the price the user pays is not', () => {
  const marketingOf = (text: string) => predictedMarketing(audit(text, { assumePolicy: true }));
  test.each([
    ['经您同意后，我们会将您的手机号码提供给合作花店，以便其向您推送会员专属优惠。', true],
    ['我们会将您的邮箱提供给合作书店，用于向您寄送生日优惠。', true],
    ['经您同意，我们会将您的手机号提供给合作品牌，用于发送新品试用邀请。', true],
    ['我们会将您的驾驶数据提供给合作保险公司，用于计算保费优惠。', false],
    // (an offer of any kind, not only the kinds listed; a coupon redeemed or the right to one is no offer)
    ['我们会将您的手机号提供给合作车行，以便其向您推送保养优惠。', true],
    ['若您同意，我們會將您的電子郵件提供予合作品牌，用於寄送活動優惠。', true],
    ['我们会将您的会员卡号提供给合作商户，用于核销您在其门店使用的优惠券。', false],
    ['您的姓名将提供给开发商，用于核对购房优惠资格。', false],
    ['如您訂閱合作書店的電子報，我們會將您的電子郵件地址提供予該書店。', true],
  ])('"%s" → %s', (text, expected) => expect(marketingOf(text)).toBe(expected));
});

describe('English offers by more of their names: a receiver marketing its own services, a newsletter, discount codes', () => {
  const marketingOf = (text: string) => predictedMarketing(audit(text, { assumePolicy: true }));
  test.each([
    [
      'With your consent, we share your email address with partner hotels so they can market their services to you.',
      true,
    ],
    ['Our mailing provider processes your email address to send our newsletters.', true],
    ['We share your details with our sister companies so that they can offer you travel insurance.', true],
    ['With your permission, we send your number to our SMS vendor so it can text you discount codes.', true],
    ['We share your booking with the hotel so that it can prepare your room.', false],
  ])('"%s" → %s', (text, expected) => expect(marketingOf(text)).toBe(expected));
});

describe("publicity with the user's picture or name is a marketing purpose (宣传, 文宣)", () => {
  const marketingOf = (text: string) => predictedMarketing(audit(text, { assumePolicy: true }));
  test.each([
    ['经您同意后，我们会将您的装修案例照片用于门店宣传。', true],
    ['經家長同意後，本班將於招生文宣中刊登學生的姓名與照片。', true],
    ['经您同意后，我们会将您的装修案例照片提供给施工队用于验收。', false],
  ])('"%s" → %s', (text, expected) => expect(marketingOf(text)).toBe(expected));
});

describe('cross-selling, and the user invited to a receiver’s trial or event, are marketing purposes', () => {
  const marketingOf = (text: string) => predictedMarketing(audit(text, { assumePolicy: true }));
  test.each([
    ['我們可能將閣下的保單資料提供予集團內的銀行作交叉銷售。', true],
    ['经您同意后，我们会将您的手机号提供给合作瑜伽馆，由其邀请您参加体验活动。', true],
    ['我们会将您的手机号提供给合作瑜伽馆，以便其为您安排预约的课程。', false],
  ])('"%s" → %s', (text, expected) => expect(marketingOf(text)).toBe(expected));
});

describe("the number by Hong Kong's 聯絡方法, and 手機 alone as an item of a list of data", () => {
  const phoneOf = (text: string) => predictedPhone(audit(text, { assumePolicy: true }));
  test.each([
    ['我們或會將閣下的聯絡方法交予合作的律師行。', true],
    ['本公司將把您的姓名、手機及電子郵件提供予合作保險公司。', true],
    ['我們會將您的手機型號提供予維修廠商。', false],
  ])('"%s" → %s', (text, expected) => expect(phoneOf(text)).toBe(expected));
});

describe('English: the number by itself, "your number", "name and number"', () => {
  const phoneOf = (text: string) => predictedPhone(audit(text, { assumePolicy: true }));
  test.each([
    ['We pass your name and number to the removal firm you book.', true],
    ['Your number may be shared with our carrier partner to check that it is active.', true],
    ['We share your account number with our payment processor.', false],
  ])('"%s" → %s', (text, expected) => expect(phoneOf(text)).toBe(expected));
});

describe('English: a receiver mailing its own newsletter, or cross-selling, is marketing', () => {
  const marketingOf = (text: string) => predictedMarketing(audit(text, { assumePolicy: true }));
  test.each([
    ['If you tick the box, we give your email address to the brewery so they can send you their newsletter.', true],
    ['We share your policy details with our affiliates for cross-selling related products.', true],
    ['We give your email address to the brewery so they can send you your order confirmation.', false],
  ])('"%s" → %s', (text, expected) => expect(marketingOf(text)).toBe(expected));
});
