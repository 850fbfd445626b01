import type { Rule } from './types';

/**
 * Not a sentence rule: sections.ts decides by the outline that a sentence is part of a sharing section or an
 * exception list, and this names the finding. It never fires on a sentence by itself.
 */
export const CONTEXT_RULE: Rule = {
  id: 'context',
  lang: 'zh',
  kind: 'context',
  priority: 0,
  severity: 'info',
  laws: [{ law: 'PIPL', article: 23 }],
  why: {
    'zh-CN': '位于对外提供/共享相关的章节或例外清单中。',
    'zh-TW': '位於提供/分享相關的章節或例外清單中。',
    en: 'Part of a section or exception list about sharing.',
  },
  detect: () => [],
};
