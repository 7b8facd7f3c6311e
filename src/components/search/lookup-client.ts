/** The lookup data, fetched and inflated once, the first time someone types something code-like. */
import { deserializeLookupData, LOOKUP_DATA_PATH, type LookupData, type SerializedLookupData } from '../../search/lookup-data.ts';
import { fetchData } from './fetch-data.ts';

let loading: Promise<LookupData> | undefined;

export function loadLookupData(): Promise<LookupData> {
  loading ??= fetchData<SerializedLookupData>(LOOKUP_DATA_PATH).then(deserializeLookupData);
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Only input with a Latin letter or a digit can name a code or a KB package. */
export const mayNameCode = (text: string): boolean => /[0-9A-Za-z]/.test(text);
