/**
 * Policy text as it was when a number was given (issue #6), gzipped (CompressionStream, in every MV3
 * browser and in Node) and base64'd so it fits storage.local's JSON and the export file.
 */
import type { Snapshot } from './schema';

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  // A stream built by hand, not Blob.stream(): jsdom's Blob has none, and this runs in DOM tests too.
  const source = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const out = source.pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function compress(text: string): Promise<Snapshot> {
  const gz = await pipe(new TextEncoder().encode(text), new CompressionStream('gzip'));
  return { gz: toBase64(gz), chars: text.length };
}

export async function decompress(snapshot: Snapshot): Promise<string> {
  const bytes = Uint8Array.from(atob(snapshot.gz), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(await pipe(bytes, new DecompressionStream('gzip')));
}
