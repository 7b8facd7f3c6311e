/** Web streams are not async-iterable in every browser: read them through their reader. */
export async function* readChunks(source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  if (Symbol.asyncIterator in source) {
    for await (const chunk of source as AsyncIterable<Uint8Array>) yield chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk);
    return;
  }
  const reader = (source as ReadableStream<Uint8Array>).getReader();
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) yield r.value;
  } finally {
    reader.releaseLock();
  }
}
