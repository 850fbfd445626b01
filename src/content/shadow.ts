/**
 * Our in-page UI lives in a shadow root so page CSS cannot restyle or break it, and its host is
 * positioned out of flow so the page's layout never moves (issue #5). Every string goes in via
 * textContent; styles go in as constructed sheets, which a page's style-src CSP does not block.
 * The root is closed (issue #18): the page's scripts cannot read what we show nor reach our buttons.
 */

export interface ShadowUi {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

/** Our hosts carry this attribute: the guard and highlighter skip their own UI, tests find it. */
export const UI_ATTR = 'data-policy-radar';

export function adoptCss(target: Document | ShadowRoot, css: string): () => void {
  const doc = target instanceof Document ? target : target.ownerDocument;
  const view = doc.defaultView;
  // jsdom has replaceSync but no adoptedStyleSheets: the <style> fallback serves it too.
  if (view && 'replaceSync' in view.CSSStyleSheet.prototype && target.adoptedStyleSheets !== undefined) {
    // Firefox's content scripts cannot adopt a sheet into the page's document or a shadow root (Mozilla bug
    // 1770592): the assignment throws or is dropped, and the highlights and the navigator went unstyled. The
    // <style> below serves there.
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
      if (target.adoptedStyleSheets.includes(sheet))
        return () => {
          target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
        };
    } catch {
      // the <style> below
    }
  }
  const style = doc.createElement('style');
  style.textContent = css;
  (target instanceof Document ? (target.head ?? target.documentElement) : target).append(style);
  return () => style.remove();
}

export function shadowUi(doc: Document, name: string, css: string): ShadowUi {
  const host = doc.createElement('div');
  host.setAttribute(UI_ATTR, name);
  // Inline, so no page rule on div can give the host size, margins or a place in the flow.
  host.style.cssText = 'all:initial;position:absolute;top:0;left:0;width:0;height:0;z-index:2147483647;';
  const root = host.attachShadow({ mode: 'closed' });
  adoptCss(root, css);
  (doc.body ?? doc.documentElement).append(host);
  return { host, root, remove: () => host.remove() };
}

type Attrs = Record<string, string>;

/** A tiny element builder: text only via textContent, never markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  return node;
}
