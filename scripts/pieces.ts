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
