import { LANGS, type Lang, type Localized } from '../i18n/lang.ts';
import { joinFoldedChinese } from '../i18n/cjk-joins.ts';
import { ContentError } from './content-error.ts';
import type { ParsedFile } from './front-matter.ts';

type Path = (string | number)[];

/** Typed reads of front-matter fields; each failure names the file and the line of the field. */
export class FieldReader {
  constructor(readonly parsed: ParsedFile) {}

  fail(path: Path, reason: string, hint?: string): never {
    throw new ContentError(this.parsed.file, this.parsed.lineOf(path), reason, hint);
  }

  raw(path: Path): unknown {
    let value: unknown = this.parsed.data;
    for (const key of path) value = value == null ? undefined : (value as Record<string | number, unknown>)[key];
    return value instanceof Date ? value.toISOString().slice(0, 10) : value;
  }

  has(path: Path): boolean {
    const value = this.raw(path);
    return value !== undefined && value !== null;
  }

  string(path: Path): string {
    const value = this.raw(path);
    if (value === undefined || value === null || value === '') this.fail(path, `missing required field '${path.join('.')}'`);
    if (typeof value !== 'string' && typeof value !== 'number') this.fail(path, `'${path.join('.')}' must be text`);
    return String(value).trim();
  }

  optionalString(path: Path): string | undefined {
    return this.has(path) ? this.string(path) : undefined;
  }

  /** A nullable fact: `null` means "not published", kept distinct from a missing field. */
  nullableString(path: Path): string | null {
    return this.has(path) ? this.string(path) : null;
  }

  boolean(path: Path, fallback = false): boolean {
    const value = this.raw(path);
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'boolean') this.fail(path, `'${path.join('.')}' must be true or false`);
    return value;
  }

  date(path: Path): string {
    const value = this.string(path);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
      this.fail(path, `'${path.join('.')}' must be a date YYYY-MM-DD, got '${value}'`);
    }
    return value;
  }

  list(path: Path): unknown[] {
    const value = this.raw(path);
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) this.fail(path, `'${path.join('.')}' must be a list`);
    return value;
  }

  stringList(path: Path): string[] {
    const value = this.raw(path);
    if (typeof value === 'string') return [value.trim()];
    return this.list(path).map((_, i) => this.string([...path, i]));
  }

  localized(path: Path): Localized {
    const value = this.raw(path);
    if (value === undefined || value === null) this.fail(path, `missing required field '${path.join('.')}'`, 'give it as a map with zh-CN and en');
    if (typeof value !== 'object' || Array.isArray(value)) this.fail(path, `'${path.join('.')}' must be a map with zh-CN and en`);
    return Object.fromEntries(LANGS.map((lang) => [lang, inLanguage(this.string([...path, lang]), lang)])) as Localized;
  }

  optionalLocalized(path: Path): Localized | undefined {
    return this.has(path) ? this.localized(path) : undefined;
  }

  localizedList(path: Path, { required = true } = {}): Localized<string[]> {
    if (!this.has(path)) {
      if (required) this.fail(path, `missing required field '${path.join('.')}'`, 'give it as zh-CN: [...] and en: [...]');
      return { 'zh-CN': [], en: [] };
    }
    const lists = Object.fromEntries(LANGS.map((lang) => [lang, this.stringList([...path, lang]).map((item) => inLanguage(item, lang))])) as Localized<string[]>;
    if (lists['zh-CN'].length !== lists.en.length) {
      this.fail(path, `'${path.join('.')}' has ${lists['zh-CN'].length} zh-CN items but ${lists.en.length} en items`);
    }
    if (required && lists.en.length === 0) this.fail(path, `'${path.join('.')}' must not be empty`);
    return lists;
  }

  oneOf<T extends string>(path: Path, allowed: readonly T[], fallback?: T): T {
    if (!this.has(path) && fallback !== undefined) return fallback;
    const value = this.string(path);
    if (!allowed.includes(value as T)) this.fail(path, `'${path.join('.')}' must be one of ${allowed.join(', ')}; got '${value}'`);
    return value as T;
  }
}

/** A field's text in one language: Chinese with the spaces its folded lines left taken out (cjk-joins.ts). */
const inLanguage = (text: string, lang: Lang): string => (lang === 'zh-CN' ? joinFoldedChinese(text) : text);
