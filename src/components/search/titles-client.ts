/** The title list of the page's language, fetched once, the first time someone types words. */
import type { Lang } from '../../i18n/lang.ts';
import { titlesPath, type TitleRow } from '../../search/title-index.ts';
import { fetchData } from './fetch-data.ts';

let loading: Promise<TitleRow[]> | undefined;

export function loadTitles(lang: Lang): Promise<TitleRow[]> {
  loading ??= fetchData<TitleRow[]>(titlesPath(lang));
  loading.catch(() => (loading = undefined));
  return loading;
}
