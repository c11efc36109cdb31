// Gzip with the browser's own CompressionStream: built in everywhere Arbor runs, so restore
// points and backups need no library. Texts go in as pieces, so a large export is never one
// string.

/** The pieces' UTF-8 bytes, gzipped. */
export async function gzipTexts(parts: readonly string[]): Promise<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  let next = 0;
  const source = new ReadableStream<BufferSource>({
    pull(controller) {
      const part = parts[next++];
      if (part === undefined) controller.close();
      else controller.enqueue(encoder.encode(part));
    },
  });
  const gzipped = source.pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(gzipped).arrayBuffer());
}

/** The text inside gzipped bytes. */
export async function gunzipText(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const source = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  return new Response(source.pipeThrough(new DecompressionStream('gzip'))).text();
}
