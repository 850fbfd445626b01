import { hitsOf, type Rule } from './types';

// 「其他用户可以看到您的头像」「您的评论将对其他用户公开可见」: shown to other users is made public (POLARITY.md)
const PUBLIC =
  /公开披露|对外公开|向社会公开|公开(?:您|你)的|公开(?:展示|显示)|公开可见|(?:其他|所有|任何)(?:用户|人)(?:都)?(?:可以|可|能够|能|将)?(?:看到|查看|看见)(?:您|你)的/g;
// 「您的昵称和成绩将向其他玩家展示」: the user's data shown to everyone — not what the user posts (「您发布的动态…」)
const TO_OTHERS =
  /(?:对|向)[^，,。；;]{0,6}?(?:所有|其他|全部)(?:用户|玩家|观众|会员|人)(?:公开)?(?:可见|展示|显示|公开)/g;
const OWN_POSTS = /(?:您|你)(?:所)?(?:发布|上传|分享|公开|发表)/;
// 「中奖用户的昵称及手机号码将在活动页面公示」: a public notice of who the user is
const NOTICE = /公示/g;
const WHO = /昵称|手机|姓名|账号|帐号|用户名|头像/;

export const rule: Rule = {
  id: 'zh-public',
  lang: 'zh',
  kind: 'disclosure',
  priority: 25,
  severity: 'medium',
  laws: [{ law: 'PIPL', article: 25 }],
  why: {
    'zh-CN': '你的信息可能被公开，任何人都能看到。',
    'zh-TW': '你的資料可能被公開，任何人都看得到。',
    en: 'Your information may be made public for anyone to see.',
  },
  gate: /公开|看到|查看|看见|可见|展示|显示|公示/,
  detect: (s) => [
    ...hitsOf(PUBLIC, s, ['public']),
    ...(WHO.test(s) ? hitsOf(NOTICE, s, ['public']) : []),
    ...(/(?:您|你)的/.test(s) && !OWN_POSTS.test(s) ? hitsOf(TO_OTHERS, s, ['public']) : []),
  ],
};
