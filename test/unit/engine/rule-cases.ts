/**
 * Must-fire and must-not-fire sentences for every rule, written for these tests (never corpus text).
 * A rule "fires" when audit() of the sentence alone yields a finding named by that rule.
 */
export const RULE_CASES: Record<string, { fire: string[]; silent: string[] }> = {
  'en-sell': {
    fire: ['We may sell your personal information to data brokers.', 'We do not sell personal data to anyone.'],
    silent: ['You can buy extra storage in the app store.', 'We sell gift cards in our shops.'],
  },
  'en-share': {
    fire: [
      'We share your contact details with our marketing partners.',
      'Your search queries are sent to the search provider you picked.',
      'We may disclose information to comply with a court order.',
    ],
    silent: ['We provide you with a weekly summary of your activity.', 'How we share information is explained below'],
  },
  'en-third-party-collects': {
    fire: [
      'Advertising networks may collect data about your visits to our pages.',
      'Usage data collected by other advertising companies is described here.',
    ],
    silent: ['We collect your email address when you register.'],
  },
  'zh-entrust': {
    fire: [
      '我们会委托云服务商代为处理您的订单信息。',
      '我们委托的授权合作伙伴包括以下类型：',
      '我们需要服务供应商为我们进行客户回访。',
    ],
    silent: ['我们对可能接触到您信息的员工或外包人员采取严格的权限控制。', '您可以委托家人帮您登录账号。'],
  },
  'zh-legal': {
    fire: ['根据法律法规的规定或者公安机关的要求，我们可能提供您的注册信息。'],
    silent: ['我们将依照法律法规保护您的个人信息。', '根据法律法规关于实名制的要求，您需要提供手机号码才能完成注册。'],
  },
  'zh-list-entry': {
    fire: ['地图定位SDK，提供方：某某地图科技有限公司，使用目的：展示附近门店，收集个人信息类型：位置信息'],
    silent: [
      '4、获取存储权限，用于保证应用内接入的SDK正常运作，以及缓存图片，并提升加载速度。',
      '我们使用您的位置信息为您推荐附近门店。',
    ],
  },
  'zh-public': {
    fire: ['我们仅会在获得您单独同意后公开披露您的个人信息。'],
    silent: ['您可以在设置中选择是否公开您的动态。'],
  },
  'zh-sale': {
    fire: ['我们绝不会出售您的手机号码。'],
    silent: [
      '您可以在商城购买会员服务。',
      '当您提出售后申请时，我们需要您提供订单号以核验身份。',
      '您在平台出售闲置物品时，需要填写收款账户。',
    ],
  },
  'zh-sdk': {
    fire: [
      '如果您使用分享功能，可能涉及的第三方SDK包括：某某分享SDK，此类SDK会收集您的设备标识。',
      '本应用接入的推送SDK会收集您的设备标识符和手机号码。',
      '本網站使用第三方提供的流量分析與廣告追蹤工具。',
      '支付时可能涉及的第三方SDK包括：某某支付SDK，此类SDK收集的信息包括设备型号。',
    ],
    silent: ['我们会对接入的SDK进行严格的安全检测。'],
  },
  'zh-share': {
    fire: [
      '我们会与关联公司共享您的手机号码，用于营销推广。',
      '我們會將您的聯絡電話提供予協力廠商。',
      '我们可能向广告合作伙伴提供去标识化的设备信息。',
      '我们会与第三方共享您的订单信息，以便其为您配送商品。',
      '发现疑似未成年人大额充值时，我们会将充值记录告知其监护人。',
      '购买跨境商品时，我们需向海关传送订购人的姓名和身份证号。',
      '开通联名会员时，我们会将您的手机号传输给某某科技有限公司，由其为您开卡。',
      '订单信息会同步到与店铺对接的第三方仓储系统，以便发货。',
      '我们不会向第三方转移您孩子的个人信息。',
      '认证时，我们会把您的手机号码传给提供热点的合作方。',
      '如您选择由银行为您提供分期服务，我们会将您的订单金额与您选择的银行共享。',
      '为核实身份，您同意我们向公安机关的身份核验系统提供您的姓名和证件号。',
    ],
    silent: [
      '我们会为您提供客服服务。',
      '请您谨慎考虑是否在评论中公开分享您的照片。',
      '本政策说明我们如何收集、使用、共享您的个人信息',
      '您可以通过我们的服务与好友和家人分享您的旅行照片。',
      '只要您不删除共享信息，这些内容会一直对其他用户可见。',
      '我们会结合合作伙伴依法共享的信息判断账户风险。',
      '如有疑问，请通过本政策披露的联系方式与我们联系。',
      '为领取奖品，您需提供收货地址和电话。',
      '您总是可以选择是否向我们披露个人信息。',
      '通知权限：向用户推送活动消息。',
      '支付服务由与我们合作的支付机构向您提供。',
      '如双方无法协商解决，双方同意将争议提交至本公司所在地人民法院。',
      '在不透露您个人信息的前提下，我们会对整体数据进行统计分析。',
      '请您不要在电话中透露您的密码。',
      '如果我们违反约定与第三方共享您的信息，我们将立即停止共享。',
      'Cookie是一种小文件，会在您访问网站时发送到您的计算机上。',
      '我们同时对网站提供HTTPS安全浏览方式。',
      '在发生个人信息安全事件后，我们将及时向您和监护人告知事件的基本情况。',
      '请您慎重考虑是否在公开场合共享您的位置。',
      '若您不同意采集并共享相关信息，将无法使用在线缴费。',
      '您可以借助我们提供的功能组件向其他平台分享菜谱。',
      '直播间主持人可以选择把回放共享给观众。',
      '您可以通过我们的服务与您的家人及其他用户分享您的照片。',
      '下文会说明在什么情况下我们会披露这些信息。',
      '合作渠道会与我们共享您的登录信息。',
      '我们可能从合作伙伴处获取您授权共享的会员信息。',
      '照片会同步到您的其他设备上，方便您随时查看。',
      '下载的文件会传输至您手机的存储空间。',
      '我们强烈建议您设置复杂的密码，不要把验证码透露给他人。',
    ],
  },
  'zh-third-party-collects': {
    fire: [
      '第三方支付机构可能会收集您的银行卡号及预留手机号。',
      '您下单后，商家将通过平台提供的虚拟号码与您取得联系。',
      '提交咨询后，房产经纪人会通过您留下的手机号联系您。',
      '使用过程中，地图服务提供者可能会收集、使用和存储您的定位数据。',
      '接入的推送服务商可能会收集您的设备标识，建议您阅读其隐私政策。',
      '开通后，地图服务商可能会收集您的位置信息，如您拒绝提供，将无法使用导航功能。',
    ],
    silent: [
      '我们会从第三方合作方处获取您授权的信息。',
      '您可以在设置页面解除第三方账号的绑定，也可以随时访问您的资料。',
      '您可以登录账号（不包含第三方账号），在账号设置中修改资料。',
    ],
  },
  'zh-transfer': {
    fire: ['如发生合并、收购或破产清算，您的个人信息可能随之转让。'],
    silent: ['您可以将积分转赠给好友。'],
  },
};
