/**
 * The chunks of a source as Uint8Arrays. A web stream is read through its reader (not every
 * browser makes it async-iterable), behind a read-ahead of READ_AHEAD bytes: a `File`'s stream
 * hands over its chunks from the browser's file thread, and with the read-ahead that thread goes
 * on reading while the chunks before are analyzed, instead of waiting for each request.
 */
const READ_AHEAD = 8 << 20;

export async function* readChunks(source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  if (!('getReader' in source)) {
    for await (const chunk of source) yield chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk);
    return;
  }
  const ahead = new TransformStream<Uint8Array, Uint8Array>(undefined, new ByteLengthQueuingStrategy({ highWaterMark: READ_AHEAD }));
  const reader = source.pipeThrough(ahead).getReader();
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) yield r.value;
  } finally {
    reader.releaseLock();
  }
}
