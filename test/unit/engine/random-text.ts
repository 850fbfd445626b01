/** A text of `length` pieces drawn from `pieces` by a seeded linear congruential generator: the same every run. */
export function randomText(pieces: readonly string[], seed: number, length: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += pieces[x % pieces.length];
  }
  return out;
}
