/** A JSON data file of the site, gzip-compressed at build time (`*.json.gz`) or plain. */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

async function inflate(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  // a server that labels .gz as Content-Encoding has let the browser inflate it already
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

export async function fetchData<T>(path: string): Promise<T> {
  const response = await fetch(`${BASE}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return JSON.parse(await inflate(response)) as T;
}
