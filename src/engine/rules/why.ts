import type { Localized } from '../types';

/** Plain-language explanations shared by the Chinese and English rule of the same kind. */
export const WHY = {
  share: {
    'zh-CN': '你的个人信息可能被提供给本公司以外的其他方。',
    'zh-TW': '你的個人資料可能被提供給本公司以外的其他人。',
    en: 'Your personal information may be given to parties outside the company.',
  },
  sale: {
    'zh-CN': '条款涉及出售或出租个人信息——这是骚扰电话名单的来源。',
    'zh-TW': '條款涉及出售或出租個人資料——這是騷擾電話名單的來源。',
    en: 'The clause concerns selling or renting personal data, the source of spam-call lists.',
  },
  thirdPartyCollects: {
    'zh-CN': '第三方可以在服务中直接获取或处理你的信息。',
    'zh-TW': '第三方可以在服務中直接取得或處理你的資料。',
    en: 'Third parties obtain or process your information directly within the service.',
  },
} as const satisfies Record<string, Localized>;
