import type { Lexicon } from './types';

/**
 * Taiwan / Hong Kong wording (Taiwan PDPA: 蒐集/處理/利用, 提供予第三人). Written in Traditional script as
 * policies write it; folded to Simplified with the same converter as the text, so both meet in one script.
 */
export const zhHant: Lexicon = {
  recipients: {
    affiliates: ['關係企業', '關聯企業', '聯屬公司', '聯營公司', '集團', '母公司', '子公司'],
    // Taiwan's 業者 (a trade's operators: 物流業者), Hong Kong's 商戶 (merchants)
    partners: ['合作夥伴', '協力廠商', '合作廠商', '特約商店', '廠商', '業者', '商戶'],
    advertisers: [
      '廣告商',
      '廣告主',
      '廣告客戶',
      '廣告合作',
      '廣告服務',
      '廣告平台',
      '廣告聯播',
      '行銷服務',
      '行銷合作',
      '廣告公司',
    ],
    sdk: ['軟體開發套件', '外掛程式'],
    // Hong Kong's 承辦商/承包商 and 代理人 (contractors and agents), Taiwan's 服務提供者
    processors: [
      '委外',
      '委託',
      '受託',
      '服務供應商',
      '供應商',
      '代表我們',
      '承辦商',
      '承包商',
      '代理人',
      '服務提供者',
    ],
    acquirer: ['轉讓', '合併', '收購', '讓與'],
    public: ['公開揭露', '公開'],
    authorities: ['政府機關', '司法機關', '檢調', '主管機關', '法律', '依法', '警方'],
    unspecified: ['第三人', '第三方', '其他人'],
  },
  data: {
    phone: [
      '手機號碼',
      '電話號碼',
      '聯絡電話',
      '聯絡方式',
      '聯絡資訊',
      // Hong Kong's 聯絡資料 (contact details)
      '聯絡資料',
      '連絡資訊',
      '連絡電話',
      '連絡方式',
      '電話',
      '通訊錄',
      // Taiwan's 門號 (a mobile number)
      '門號',
    ],
    // (not a bare 裝置, a device: the Simplified words want 设备信息 or 设备标识 too, and 裝置 folds to 设备)
    'device-id': ['裝置識別', '裝置資訊'],
    location: ['位置', '定位'],
    identity: ['身分證', '身份證', '姓名'],
    usage: ['瀏覽'],
    account: ['帳號', '帳戶'],
  },
  purposes: {
    marketing: ['行銷', '推廣', '促銷'],
    ads: ['廣告'],
    profiling: ['個人化', '客製化'],
    analytics: ['統計', '分析'],
  },
  mitigations: {
    'de-identified': ['去識別化'],
    anonymised: ['匿名化', '無法識別'],
    contract: ['契約', '合約', '保密協議'],
  },
};
