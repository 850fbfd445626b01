import { atRefusedVerb, hitsOf, type Rule } from './types';
import { Prefilter } from '../prefilter';

// Embedded third-party code collects on its own: the phone number can leave without the operator "sharing" it.
// (Taiwan's 取得 is 获取 when the user's data follows: 「該SDK將取得您的精確位置」 — not 取得您的同意, which asks)
const SDK =
  /(?:sdk|插件|外挂程式|第三方代码|软件开发工具包|软件工具开发包)[^。；;]{0,40}?(?:收集|搜集|获取|采集|读取|接收|获得|处理|访问(?:您|你)的|使用(?:您|你)的|取得(?=(?:您|你|阁下|用户)的)(?!(?:您|你|阁下|用户)的(?:单独|明确|明示|书面)?(?:同意|授权|许可)))/g;
// (its verbs alone, to find where a refused one starts inside a hit)
const SDK_VERB = /收集|搜集|获取|采集|读取|接收|获得|处理|访问|使用|取得/g;
// 「我们使用第三方提供的数据分析和广告追踪工具（Google Analytics、Pixel）」: their code collects on our pages
const TRACKING_TOOLS =
  /(?:使用|接入|集成|嵌入|部署)[^。；;]{0,12}第三方[^。；;]{0,12}(?:分析|追踪|跟踪|统计|广告)[^。；;]{0,12}(?:工具|代码|像素|pixel|插件)/g;
// 「对SDK进行安全检测/严格评估」 describes vetting, not collection
const VETTING = /安全检测|严格检测|进行检测|(?:安全|严格)评估|评估[^。；;]{0,24}(?:合法|安全|资质|必要)/;
// 「SDK的运营方将依据其自身的隐私政策处理相关信息」: the provider's own terms, no hand-over (POLARITY.md)
const OWN_POLICY = /其(?:自身|自己)?的?(?:隐私|个人信息保护)[^。；;]{0,4}?(?:政策|规则|条款)处理$/;
// the words each pattern needs (the rule's gate also lets in 第三方 alone)
const SDK_WORDS = new Prefilter(['sdk', '插件', '外挂程式', '第三方代码', '软件开发工具包', '软件工具开发包']);
const TOOL_WORDS = new Prefilter(['工具', '代码', '像素', 'pixel', '插件']);
// 「本網站使用之廣告追蹤碼（如 Meta Pixel）會蒐集您的瀏覽行為」「本應用程式使用的分析工具（例如 Google Analytics）會收集閣下的
// 裝置型號」: a tracker named by what it is collects on its own, as an SDK does — the subject of a clause with its modal
// (not 「我们使用分析工具收集」, the operator collecting with it). One list for the pattern, its prefilter and the
// sentence scan's party words (scan.ts), so a tracker added to one reaches the others.
export const TRACKERS = [
  '追踪码',
  ...['追踪', '跟踪', '广告', '统计', '分析'].map((kind) => kind + '代码'),
  '像素',
  'pixel',
  ...['分析', '统计', '归因', '追踪', '跟踪', '广告', '再行销', '再营销'].map((kind) => kind + '工具'),
  ...['再行销', '再营销', '追踪', '广告'].map((kind) => kind + '标签'),
];
const TRACKER_COLLECTS = new RegExp(
  `(?:${TRACKERS.join('|')})[^。；;，,]{0,40}?(?:会|将|可能|可以|亦|也)[^。；;，,]{0,8}?(?:收集|搜集|获取|采集|读取|取得(?=(?:您|你|阁下|用户|访客)的)|记录|追踪)`,
  'g',
);
const TRACKER_WORDS = new Prefilter(TRACKERS);
const COLLECT_VIA = /(?:收集|获取|采集)[^。；;]{0,20}?(?:通过|借助)[^。；;]{0,10}?sdk/g;

export const rule: Rule = {
  id: 'zh-sdk',
  lang: 'zh',
  kind: 'disclosure',
  priority: 30,
  severity: 'medium',
  laws: [
    { law: 'PIPL', article: 23 },
    { law: 'PIPL', article: 21 },
  ],
  why: {
    'zh-CN': '应用内嵌的第三方SDK会直接收集你的信息，数据不经运营者之手就流向SDK提供方。',
    'zh-TW': '應用程式內嵌的第三方SDK會直接蒐集你的資料，流向SDK提供者。',
    en: 'Third-party SDKs built into the app collect your data directly for their providers.',
  },
  gate: /sdk|插件|外挂程式|第三方|软件开发工具包|软件工具开发包|追踪码|代码|像素|pixel|工具|标签/,
  // substring tests first: each pattern below needs the word tested, and most sentences have none of them
  detect: (s, prefilters) =>
    (s.includes('检测') || s.includes('评估')) && VETTING.test(s)
      ? []
      : [
          ...(SDK_WORDS.mayHold(s, prefilters) ? atRefusedVerb(s, hitsOf(SDK, s, ['sdk']), SDK_VERB) : []).filter(
            (h) =>
              !OWN_POLICY.test(s.slice(h.index, h.index + h.length)) &&
              // 「我们会要求第三方SDK服务商按照约定处理您的个人信息」: how it must process, a duty put on it (POLARITY.md)
              !/(?:要求|督促)[^，,。；;]{0,8}$/.test(s.slice(Math.max(0, h.index - 12), h.index)),
          ),
          ...(s.includes('sdk') ? hitsOf(COLLECT_VIA, s, ['sdk']) : []),
          ...(TRACKER_WORDS.mayHold(s, prefilters)
            ? atRefusedVerb(s, hitsOf(TRACKER_COLLECTS, s, ['sdk']), SDK_VERB)
            : []),
          ...(s.includes('第三方') && TOOL_WORDS.mayHold(s, prefilters) ? hitsOf(TRACKING_TOOLS, s, ['sdk']) : []),
        ],
};
