/** The title list of the page's language, fetched once, the first time someone types. */
import type { Lang } from '../../catalog/types.ts';
import { TITLES_PATH, type SerializedTitles, type TitleRow } from '../../search/title-index.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let loading: Promise<SerializedTitles> | undefined;

export async function loadTitles(lang: Lang): Promise<TitleRow[]> {
  loading ??= fetch(`${BASE}${TITLES_PATH}`).then((response) => {
    if (!response.ok) throw new Error(`${TITLES_PATH}: HTTP ${response.status}`);
    return response.json() as Promise<SerializedTitles>;
  });
  loading.catch(() => (loading = undefined));
  return (await loading)[lang] ?? [];
}
