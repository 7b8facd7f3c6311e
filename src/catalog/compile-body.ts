import { LANGS, type Lang, type Localized } from '../i18n/lang.ts';
import { ContentError } from './content-error.ts';
import type { ParsedFile } from './front-matter.ts';
import { splitLanguages } from '../markdown/split-languages.ts';
import { renderMarkdown } from '../markdown/render.ts';
import { renderOptionsFor, type CompileContext } from './context.ts';

export interface CompiledBody {
  html: Localized;
  headings: Localized<{ id: string; text: string }[]>;
}

/**
 * Renders a file's `# zh-CN` / `# en` body. With `required`, both sections must exist and hold
 * the given headings (by their ids); without it, an empty body is fine.
 */
export function compileBody(
  parsed: ParsedFile,
  ctx: CompileContext,
  options: { required?: boolean; knownHeadings?: Localized<Record<string, string>>; requiredIds?: string[]; self?: string } = {},
): CompiledBody {
  const { sections, problems } = splitLanguages(parsed.body);
  const at = (line: number) => parsed.bodyLine + line - 1;
  if (problems.length) throw new ContentError(parsed.file, at(problems[0].line), problems[0].message, 'the body is `# zh-CN` then `# en`');
  const empty = !parsed.body.trim();
  const html = {} as Localized;
  const headings = {} as Localized<{ id: string; text: string }[]>;
  for (const lang of LANGS) {
    const section = sections[lang];
    if (!section) {
      if (options.required || !empty) {
        throw new ContentError(parsed.file, at(1), `missing '# ${lang}' section in the body`, 'write both languages: `# zh-CN` first, then `# en`');
      }
      html[lang] = '';
      headings[lang] = [];
      continue;
    }
    const rendered = renderMarkdown(section.markdown, {
      ...renderOptionsFor(ctx, lang as Lang, parsed.file, at(section.line), options.self),
      knownHeadings: options.knownHeadings?.[lang],
    });
    for (const id of options.requiredIds ?? []) {
      if (!rendered.headings.some((h) => h.id === id)) {
        const expected = Object.entries(options.knownHeadings?.[lang] ?? {}).filter(([, v]) => v === id).map(([k]) => `'## ${k}'`);
        throw new ContentError(parsed.file, at(section.line - 1), `the ${lang} section lacks the heading ${expected.join(' / ')}`);
      }
    }
    html[lang] = rendered.html;
    headings[lang] = rendered.headings.filter((h) => h.depth === 2).map(({ id, text }) => ({ id, text }));
  }
  return { html, headings };
}
