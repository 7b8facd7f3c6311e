import { LANGS, type Lang } from '../i18n/lang.ts';

export interface LanguageSection {
  lang: Lang;
  markdown: string;
  /** 1-based line in the body where the section's text starts */
  line: number;
}

/**
 * Splits a body written as `# zh-CN` … `# en` … into its two sections.
 * Returns the headings found out of place so the caller can report them with a line.
 */
export function splitLanguages(body: string): { sections: Partial<Record<Lang, LanguageSection>>; problems: { line: number; message: string }[] } {
  const lines = body.split('\n');
  const sections: Partial<Record<Lang, LanguageSection>> = {};
  const problems: { line: number; message: string }[] = [];
  let current: { lang: Lang; start: number; buffer: string[] } | undefined;
  let inFence = false;
  let preamble = false;
  const close = () => {
    if (current) sections[current.lang] = { lang: current.lang, markdown: current.buffer.join('\n'), line: current.start };
  };
  lines.forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    const heading = inFence ? null : /^#\s+(\S+)\s*$/.exec(text);
    if (heading && (LANGS as readonly string[]).includes(heading[1])) {
      const lang = heading[1] as Lang;
      if (sections[lang] || current?.lang === lang) problems.push({ line: i + 1, message: `second '# ${lang}' section` });
      close();
      current = { lang, start: i + 2, buffer: [] };
      return;
    }
    if (current) current.buffer.push(text);
    else if (text.trim() && !preamble) {
      preamble = true;
      problems.push({ line: i + 1, message: 'text before the first language section', });
    }
  });
  close();
  if (sections.en && sections['zh-CN'] && sections.en.line < sections['zh-CN'].line) {
    problems.push({ line: sections.en.line - 1, message: "'# en' must come after '# zh-CN'" });
  }
  return { sections, problems };
}
