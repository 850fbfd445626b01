/**
 * Our in-page UI lives in closed shadow roots (issue #18), which neither the page nor Playwright's locators
 * can enter. The DevTools protocol can: DOM.getDocument with `pierce` walks closed roots and same-process
 * iframes, so tests read the chip and navigator the way a user sees them and click them with real
 * (trusted) mouse events, never through the page's scripts.
 */
import type { Page } from 'playwright-core';

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

export interface ShadowNode {
  attrs: Record<string, string>;
  text: string;
  backendNodeId: number;
}

const kids = (n: CdpNode): CdpNode[] => [
  ...(n.shadowRoots ?? []),
  ...(n.children ?? []),
  ...(n.contentDocument ? [n.contentDocument] : []),
];

function textOf(n: CdpNode): string {
  if (n.nodeType === 3) return n.nodeValue;
  if (n.nodeName === 'STYLE' || n.nodeName === 'SCRIPT') return '';
  return (n.children ?? []).map(textOf).join('');
}

function attrsOf(n: CdpNode): Record<string, string> {
  const a = n.attributes ?? [];
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < a.length; i += 2) out[a[i] ?? ''] = a[i + 1] ?? '';
  return out;
}

async function documentOf(page: Page): Promise<CdpNode> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    return root;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Every element, anywhere in the page, whose attributes match `where` (e.g. `{ 'data-testid': 'guard-chip' }`). */
export async function findAll(page: Page, where: Record<string, string>): Promise<ShadowNode[]> {
  const found: ShadowNode[] = [];
  const stack = [await documentOf(page)];
  while (stack.length) {
    const n = stack.pop() as CdpNode;
    const attrs = attrsOf(n);
    if (n.nodeType === 1 && Object.entries(where).every(([k, v]) => attrs[k] === v)) {
      found.push({ attrs, text: textOf(n), backendNodeId: n.backendNodeId });
    }
    stack.push(...kids(n).reverse());
  }
  return found;
}

export const byTestId = async (page: Page, id: string): Promise<ShadowNode | null> =>
  (await findAll(page, { 'data-testid': id }))[0] ?? null;

/** A real mouse click at the middle of the element: the browser marks it trusted, as a user's would be. */
export async function clickNode(page: Page, node: ShadowNode): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
      model: { content: number[] };
    };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The element's border box in CSS pixels of the viewport, as Playwright's boundingBox() gives it. */
export async function boxOf(
  page: Page,
  node: ShadowNode,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
      model: { border: number[] };
    };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
    return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
  } catch {
    return null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export async function clickTestId(page: Page, id: string): Promise<void> {
  const node = await byTestId(page, id);
  if (!node) throw new Error(`no element with data-testid=${id}`);
  await clickNode(page, node);
}
