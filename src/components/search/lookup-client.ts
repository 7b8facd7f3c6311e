/** The lookup data, fetched and inflated once, the first time someone types something code-like. */
import { deserializeLookupData, LOOKUP_DATA_PATH, type LookupData, type SerializedLookupData } from '../../search/lookup-data.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let loading: Promise<LookupData> | undefined;

async function inflate(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  // a server that labels .gz as Content-Encoding has let the browser inflate it already
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

export function loadLookupData(): Promise<LookupData> {
  loading ??= fetch(`${BASE}${LOOKUP_DATA_PATH}`)
    .then((response) => {
      if (!response.ok) throw new Error(`${LOOKUP_DATA_PATH}: HTTP ${response.status}`);
      return inflate(response);
    })
    .then((text) => deserializeLookupData(JSON.parse(text) as SerializedLookupData));
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Only input with a Latin letter or a digit can name a code or a KB package. */
export const mayNameCode = (text: string): boolean => /[0-9A-Za-z]/.test(text);
