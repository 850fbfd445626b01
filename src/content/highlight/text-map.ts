/**
 * The policy text exactly as src/extract/block-text.ts builds it, plus, for every UTF-16 unit of it, the
 * text node and offset it came from. The engine's spans index this text, so a finding maps back to the
 * DOM without searching for its quote (issue #5): quotes repeat, and a search cannot see hidden text.
 * test/dom/text-map.test.ts holds `text === blockText(root)` on every fixture so the two walks never drift.
 */
import { CJK_BREAK, hidden as hiddenByMarkup, walkText } from '../../extract/block-text';

export interface TextMap {
  text: string;
  /** the node each unit of `text` came from; null for the line breaks block boundaries add */
  nodes: Array<Text | null>;
  offsets: Int32Array;
}

/** A string under construction with a source position per unit; `node === null` marks a synthetic unit. */
interface Mapped {
  chars: string[];
  nodes: Array<Text | null>;
  offsets: number[];
}

const empty = (): Mapped => ({ chars: [], nodes: [], offsets: [] });

/**
 * `str.replace(re, replacement)` that carries positions along: replacement unit i takes the position of
 * match unit i (clamped), which is exact for "$1" and points a collapsed space at the first blank it replaced.
 */
function replaceMapped(src: Mapped, re: RegExp, replacement: (m: RegExpExecArray) => string): Mapped {
  const text = src.chars.join('');
  const out = empty();
  let last = 0;
  const push = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      out.chars.push(src.chars[i] ?? '');
      out.nodes.push(src.nodes[i] ?? null);
      out.offsets.push(src.offsets[i] ?? 0);
    }
  };
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(last, m.index);
    const rep = replacement(m);
    for (let i = 0; i < rep.length; i++) {
      const at = m.index + Math.min(i, m[0].length - 1);
      out.chars.push(rep[i] ?? '');
      out.nodes.push(src.nodes[at] ?? null);
      out.offsets.push(src.offsets[at] ?? 0);
    }
    last = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  push(last, text.length);
  return out;
}

function fromNode(node: Text): Mapped {
  const data = node.data;
  const out = empty();
  for (let i = 0; i < data.length; i++) {
    out.chars.push(data[i] ?? '');
    out.nodes.push(node);
    out.offsets.push(i);
  }
  return out;
}

function append(into: Mapped, part: Mapped): void {
  for (let i = 0; i < part.chars.length; i++) {
    into.chars.push(part.chars[i] ?? '');
    into.nodes.push(part.nodes[i] ?? null);
    into.offsets.push(part.offsets[i] ?? 0);
  }
}

function synthetic(into: Mapped, ch: string): void {
  into.chars.push(ch);
  into.nodes.push(null);
  into.offsets.push(0);
}

/** `isHidden` lets a live page also skip what CSS hides; the default is block-text's markup-only test. */
export function buildTextMap(root: Node, isHidden: (el: Element) => boolean = hiddenByMarkup): TextMap {
  const raw = empty();
  // block-text's own walk (iterative, issue #18), so the two can never drift apart.
  walkText(
    root,
    isHidden,
    (node, pre) => {
      const part = fromNode(node);
      if (pre) append(raw, part);
      else
        append(
          raw,
          replaceMapped(
            replaceMapped(part, CJK_BREAK, (m) => m[1] ?? ''),
            /\s+/g,
            () => ' ',
          ),
        );
    },
    (mark) => synthetic(raw, mark),
  );
  return finish(raw);
}

/** block-text's line pass: split on \n, collapse blanks, trim, drop empty lines, join with \n. */
function finish(raw: Mapped): TextMap {
  const out = empty();
  const text = raw.chars.join('');
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    const line = slice(raw, lineStart, i);
    lineStart = i + 1;
    let collapsed = replaceMapped(line, /[ \t\f\r\u00a0]+/g, () => ' ');
    collapsed = trim(collapsed);
    if (collapsed.chars.length === 0) continue;
    if (out.chars.length > 0) synthetic(out, '\n');
    append(out, collapsed);
  }
  return { text: out.chars.join(''), nodes: out.nodes, offsets: Int32Array.from(out.offsets) };
}

function slice(src: Mapped, from: number, to: number): Mapped {
  return { chars: src.chars.slice(from, to), nodes: src.nodes.slice(from, to), offsets: src.offsets.slice(from, to) };
}

function trim(src: Mapped): Mapped {
  let from = 0;
  let to = src.chars.length;
  // String.prototype.trim's notion of blank, which is what block-text applies (U+3000 included).
  while (from < to && /\s/.test(src.chars[from] ?? '')) from++;
  while (to > from && /\s/.test(src.chars[to - 1] ?? '')) to--;
  return slice(src, from, to);
}
