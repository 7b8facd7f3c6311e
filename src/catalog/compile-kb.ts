import type { Localized } from '../i18n/lang.ts';
import type { KbRecord } from './types.ts';
import type { ParsedFile } from './front-matter.ts';
import { FieldReader } from './fields.ts';
import { canonicalKb, SHA256_PATTERN } from './identifiers.ts';
import { compileBody } from './compile-body.ts';
import type { CompileContext } from './context.ts';
import { checkReferences } from './check-references.ts';

const KINDS = ['cumulative', 'servicing-stack', 'dotnet', 'other'] as const;
/** Facts whose origin a KB record must name in `sources` when it states them. */
const SOURCED_FACTS = ['release_date', 'os_build', 'size', 'sha256', 'file_name', 'download_url', 'vendor_date'];

export function compileKb(parsed: ParsedFile, ctx: CompileContext): KbRecord {
  const read = new FieldReader(parsed);
  const kbText = read.string(['kb']);
  const kb = canonicalKb(kbText) ?? read.fail(['kb'], `'${kbText}' is not a KB number: write KB + digits`);
  if (!parsed.file.endsWith(`/${kb.toLowerCase()}.md`) && parsed.file !== `${kb.toLowerCase()}.md`) {
    read.fail(['kb'], `${kb} does not match the file name`, `name the file ${kb.toLowerCase()}.md`);
  }
  const sha256 = read.nullableString(['sha256']);
  if (sha256 !== null && !SHA256_PATTERN.test(sha256)) {
    read.fail(['sha256'], `SHA-256 must be 64 hex digits; got ${sha256.length} characters`, 'copy the hash again from its source, or write null when it was never published');
  }
  const sources = read.raw(['sources']);
  if (!sources || typeof sources !== 'object' || Array.isArray(sources)) read.fail(['sources'], 'sources must map each fact field to where it comes from');
  for (const fact of SOURCED_FACTS) {
    if (read.has([fact]) && !read.has(['sources', fact])) read.fail([fact], `'${fact}' is stated without a source`, `add sources.${fact}`);
  }
  const kbList = (field: string) => read.stringList([field]).map((k, i) => canonicalKb(k) ?? read.fail([field, i], `'${k}' is not a KB number`));
  const arch = read.stringList(['architecture']);
  if (arch.length === 0) read.fail(['architecture'], "missing required field 'architecture'");
  checkReferences(read, 'prerequisites', kbList('prerequisites'), ctx.kbIds, 'KB', 'a prerequisite needs its own record in content/kb/');
  return {
    kb,
    title: read.localized(['title']),
    titleDerived: read.boolean(['title_derived']),
    // A product named alike in both languages is written once; one with a Chinese name, in each (`zh-CN:`, `en:`).
    product: read.has(['product', 'en']) ? read.localized(['product']) : sameInBoth(read.string(['product'])),
    architecture: arch,
    kind: read.oneOf(['kind'], KINDS),
    releaseType: read.optionalString(['release_type']),
    releaseDate: read.date(['release_date']),
    vendorDate: read.has(['vendor_date']) ? read.date(['vendor_date']) : undefined,
    osBuild: read.optionalString(['os_build']),
    size: read.nullableString(['size']),
    sha256: sha256 === null ? null : sha256.toUpperCase(),
    fileName: read.optionalString(['file_name']),
    downloadUrl: read.optionalString(['download_url']),
    prerequisites: kbList('prerequisites'),
    supersedes: kbList('supersedes'),
    supersededBy: kbList('superseded_by'),
    knownIssues: read.localizedList(['known_issues'], { required: false }),
    // A source named alike in both languages (an address, a file) is written once; one in words, in each.
    sources: Object.fromEntries(Object.keys(sources as object).map((k) => [k, typeof read.raw(['sources', k]) === 'object' ? read.localized(['sources', k]) : sameInBoth(read.string(['sources', k]))])),
    html: compileBody(parsed, ctx).html,
    source: { file: parsed.file, line: 1 },
  };
}

const sameInBoth = (text: string): Localized => ({ 'zh-CN': text, en: text });
