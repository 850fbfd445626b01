/**
 * A byte stream read to its end into one array, stopped once it passes `max` bytes (issue #18: a page or an
 * imported snapshot must not make the extension hold gigabytes). The in-page fetch keeps its own copy: it is
 * serialised into the page by executeScript and may use nothing from outside its own body.
 */
export async function readAll(
  reader: ReadableStreamDefaultReader<Uint8Array> | undefined,
  max: number,
  tooLarge: () => Error,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) {
    size += next.value.length;
    if (size > max) {
      await reader?.cancel().catch(() => undefined);
      throw tooLarge();
    }
    parts.push(next.value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
