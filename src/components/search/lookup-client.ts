/** The lookup data, fetched and inflated once, the first time a query may name a code (src/search/query-route.ts). */
import { deserializeLookupData, LOOKUP_DATA_PATH, type LookupData, type SerializedLookupData } from '../../search/lookup-data.ts';
import { fetchData } from './fetch-data.ts';

let loading: Promise<LookupData> | undefined;

export function loadLookupData(): Promise<LookupData> {
  loading ??= fetchData<SerializedLookupData>(LOOKUP_DATA_PATH).then(deserializeLookupData);
  loading.catch(() => (loading = undefined));
  return loading;
}
