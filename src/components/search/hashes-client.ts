/** The catalog's recorded hashes (the verifier's list), fetched once, the first time a SHA-256 is pasted. */
import type { HashRecord } from '../../kb/hash-match.ts';
import { fetchData } from './fetch-data.ts';

export const HASHES_PATH = 'data/kb-hashes.json';

let loading: Promise<HashRecord[]> | undefined;

export function loadHashes(): Promise<HashRecord[]> {
  loading ??= fetchData<HashRecord[]>(HASHES_PATH);
  loading.catch(() => (loading = undefined));
  return loading;
}
