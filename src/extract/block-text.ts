/**
 * An innerText-like walk that works on documents that were never rendered (DOMParser, jsdom, an
 * offscreen document): block elements become line breaks because the engine segments on newlines,
 * and script/style/hidden subtrees and form values are skipped because they are not what the user agrees to.
 */

export const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  'CENTER',
]);

export const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'SVG',
  'CANVAS',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'IMG',
]);
export const CELLS = new Set(['TD', 'TH']);

/** CJK and full-width punctuation: a source line break between two of them renders as nothing (CSS Text 3 §4.1.3). */
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
export const CJK_BREAK = new RegExp(`([${CJK}])[ \\t\\r\\f]*\\n\\s*(?=[${CJK}])`, 'g');

export function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

export function blockText(root: Node): string {
  const out: string[] = [];
  walkText(
    root,
    hidden,
    (node, pre) => {
      const raw = node.nodeValue ?? '';
      out.push(pre ? raw : raw.replace(CJK_BREAK, '$1').replace(/\s+/g, ' '));
    },
    (mark) => out.push(mark),
  );
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The one walk both blockText and the highlighter's text map (src/content/highlight/text-map.ts) take:
 * text nodes in document order, with `\n` around blocks and `\t` after cells. Iterative, with its own
 * stack (issue #18): a page nested thousands deep must not overflow the call stack and stop the audit.
 */
export function walkText(
  root: Node,
  isHidden: (el: Element) => boolean,
  onText: (node: Text, pre: boolean) => void,
  onMark: (mark: string) => void,
): void {
  // A string on the stack is a mark to write once the element's children are done.
  const stack: Array<{ node: Node; pre: boolean } | string> = [{ node: root, pre: false }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    if (typeof top === 'string') {
      onMark(top);
      continue;
    }
    const { node } = top;
    let pre = top.pre;
    if (node.nodeType === 3 /* TEXT_NODE */) {
      onText(node as Text, pre);
      continue;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */ && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || isHidden(el)) continue;
      if (BLOCKS.has(tag)) {
        onMark('\n');
        stack.push('\n');
      } else if (CELLS.has(tag)) stack.push('\t');
      pre ||= tag === 'PRE';
    }
    // Last child first onto the stack, so the first child comes off it first.
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push({ node: c, pre });
  }
}
