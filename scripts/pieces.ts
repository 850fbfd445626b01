import { readFileSync } from 'node:fs';

/**
 * The sentences of a policy file as the helper-labelled sets address them (`<set>/<policy>#<n>`): every line,
 * cut after 。！？!?, trimmed. CAPP-130's files are one sentence a line already and are addressed `<policy>:<line>`.
 */
export function piecesOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[。！？!?])/))
    .map((piece) => piece.trim());
}

/** English policies: every line, cut after . ! ? where the next sentence starts with a capital, trimmed. */
export function enPiecesOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z"“(])/))
    .map((piece) => piece.trim());
}

const files = new Map<string, string[]>();

/**
 * The policy and text of a helper-labelled sentence of `set` under the corpus folder `corpus`: `policy:line` in
 * CAPP-130 (1-based lines), `set/policy#n` elsewhere (the n-th piece). Each policy file is read and cut once.
 */
export function sentenceOf(corpus: string, set: string, id: string): [policy: string, text: string] {
  const capp = set === 'zh-capp130-dev';
  const [policy, at] = (capp ? id.split(':') : id.slice(set.length + 1).split('#')) as [string, string];
  const path = `${corpus}/${set}/policies/${policy}.txt`;
  let pieces = files.get(path);
  if (!pieces) {
    const text = readFileSync(path, 'utf8');
    pieces = capp ? text.split('\n') : set === 'en-dev' ? enPiecesOf(text) : piecesOf(text);
    files.set(path, pieces);
  }
  return [policy, pieces[capp ? Number(at) - 1 : Number(at)]!];
}
