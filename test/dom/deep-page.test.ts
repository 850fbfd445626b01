/**
 * Issue #18: a page nested thousands deep must not overflow the stack of extraction or highlighting. In
 * Chrome 8,000 levels were enough; Node's stack is larger, so this page goes deeper than any recursion here
 * survives. Built with DOM calls, not parsed: the HTML parser has its own nesting limits.
 */
import { expect, test } from 'vitest';
import { blockText } from '../../src/extract/block-text';
import { buildTextMap } from '../../src/content/highlight/text-map';

const DEPTH = 60_000;

/** Left detached: jsdom's own attach step recurses, and the walks take any root. */
function deepTree(): Element {
  const doc = document.implementation.createHTMLDocument('deep');
  // Built from the inside out: appending under a parent that has no ancestors yet costs jsdom nothing.
  let node: Element = doc.createElement('p');
  node.append('隐私政策最深处的一句。');
  for (let i = DEPTH; i > 0; i--) {
    const parent = doc.createElement(i % 2 ? 'div' : 'span');
    if (i === 10) parent.append('我们会与合作伙伴共享您的手机号。');
    parent.append(node);
    node = parent;
  }
  return node;
}

test(`blockText and the text map read a page nested ${DEPTH} deep`, () => {
  const root = deepTree();
  const text = blockText(root);
  expect(text).toBe('我们会与合作伙伴共享您的手机号。\n隐私政策最深处的一句。');
  const map = buildTextMap(root);
  expect(map.text).toBe(text);
  expect(map.nodes[map.text.length - 1]?.data).toBe('隐私政策最深处的一句。');
}, 30_000);
