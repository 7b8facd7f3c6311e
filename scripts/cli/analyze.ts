/** `update-triage analyze <paths…>` and `analyze --fleet DIR`: the log analyzer on the command line. */
import { knowledgeFromJSON, renderText, type Knowledge } from '../../src/analyzer/index.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { KNOWLEDGE_FILE } from '../lib/catalog-files.ts';
import { cliSiteRoot, readCliFile } from '../lib/cli-data.ts';
import { pageLinksText } from './analyze-links.ts';
import { collectFiles } from './analyze-inputs.ts';
import { analyzeFiles } from './analyze-parallel.ts';
import { parseCommand, positiveInteger } from './args.ts';
import { catalogData, stdio, type CliIo } from './io.ts';

export const HELP: Record<Lang, string> = {
  en: `usage: update-triage analyze <files, folders or zips…> [--json] [--lang zh-CN|en] [--max-expanded BYTES] [--jobs N]
       update-triage analyze --fleet DIR [--out FILE] [--jobs N]

Reads WindowsUpdate.log, CBS.log, DISM.log, setupact.log, event exports and collector zips,
finds the failed attempts and their root cause, and points to the runbook that fixes it.
Logs never leave this machine.

  --json               the versioned JSON report (docs/report-format.md)
  --lang LANG          zh-CN or en (default: from LANG/LC_ALL)
  --max-expanded N     the most bytes a zip may expand to (default 2 GiB)
  --fleet DIR          one bundle (zip or folder) per machine in DIR: one JSON line each, then a summary
  --out FILE           with --fleet: write the lines to FILE and print the summary
  --jobs N             files (or zip entries) analyzed at once; with --fleet, machines
                       (default: one per core once the input holds 128 MB or more to read,
                       else one thread, which is faster there; 1 reads everything on one thread)
  -h, --help           this text

Exit status: 0 analyzed, 1 an input was missing or unreadable, 2 usage error.
`,
  'zh-CN': `用法：update-triage analyze <文件、文件夹或 zip…> [--json] [--lang zh-CN|en] [--max-expanded 字节数] [--jobs N]
      update-triage analyze --fleet 目录 [--out 文件] [--jobs N]

读取 WindowsUpdate.log、CBS.log、DISM.log、setupact.log、事件导出和收集工具的 zip，
找出失败的安装尝试及其根本原因，并指向解决它的排查手册。日志不会离开本机。

  --json               输出带版本号的 JSON 报告（docs/report-format.md）
  --lang LANG          zh-CN 或 en（默认取 LANG/LC_ALL）
  --max-expanded N     zip 最多可解压的字节数（默认 2 GiB）
  --fleet 目录         目录中每台机器一个包（zip 或文件夹）：每台输出一行 JSON，最后是汇总
  --out 文件           与 --fleet 同用：各行写入该文件，屏幕只显示汇总
  --jobs N             同时分析的文件（或 zip 内的条目）数；与 --fleet 同用时为机器数
                       （默认：待读内容达到 128 MB 时每个核一个，不足时用一个线程，这时更快；
                       1 表示全部在一个线程中依次读取）
  -h, --help           显示本说明

退出码：0 已分析，1 有输入缺失或无法读取，2 用法错误。
`,
};

export interface AnalyzeIo extends CliIo {
  knowledge?: () => Promise<Knowledge>;
}

/** The analyzer's knowledge written with the catalog; compiled from content/ now (slow) when it never was. */
export async function catalogKnowledge(): Promise<Knowledge> {
  const text = readCliFile(KNOWLEDGE_FILE);
  if (text) return knowledgeFromJSON(text);
  const [{ loadCatalog }, { knowledgeFromCatalog }] = await Promise.all([import('../lib/load-catalog.ts'), import('../../src/analyzer/knowledge.ts')]);
  return knowledgeFromCatalog(await loadCatalog());
}

/** Exit 0 when analyzed, 1 when an input was missing or unreadable as a whole, 2 for usage errors. */
export async function run(args: string[], io: AnalyzeIo = stdio): Promise<number> {
  const parsed = parseCommand(args, { json: { type: 'boolean' }, fleet: { type: 'string' }, out: { type: 'string' }, jobs: { type: 'string' }, 'max-expanded': { type: 'string' } }, io.env ?? {});
  const usage = (reason: string) => (io.err(`update-triage analyze: ${reason}\n\n${HELP.en}`), 2);
  if (typeof parsed === 'string') return usage(parsed);
  if (parsed.help) return (io.out(HELP[parsed.lang]), 0);
  const { values, positionals: paths, lang } = parsed;
  const jobs = positiveInteger(values.jobs);
  const maxExpanded = positiveInteger(values['max-expanded']);
  if (values.jobs !== undefined && !jobs) return usage('--jobs needs a positive whole number');
  if (values['max-expanded'] !== undefined && !maxExpanded) return usage('--max-expanded needs a positive whole number');
  const fleet = values.fleet as string | undefined;
  if (fleet === undefined && !paths.length) return usage('give at least one file, folder or zip');
  if (fleet !== undefined && !fleet) return usage('--fleet needs a folder');

  const knowledge = await catalogData(io.knowledge ?? catalogKnowledge, io, 'analyze');
  if (!knowledge) return 1;
  if (fleet) {
    const { runFleet } = await import('./fleet-run.ts');
    return runFleet({ dir: fleet, out: values.out as string | undefined, jobs, knowledge, io });
  }
  const { files, missing } = await collectFiles(paths);
  for (const path of missing) io.err(`update-triage analyze: ${path}: no such file or folder\n`);
  const report = await analyzeFiles(files, knowledge, { ...(jobs ? { jobs } : {}), ...(maxExpanded ? { maxExpandedBytes: maxExpanded } : {}) });
  io.out(values.json ? JSON.stringify(report, null, 2) + '\n' : renderText(report, lang) + pageLinksText(report, lang, cliSiteRoot(io.env ?? {})));
  return missing.length ? 1 : 0;
}
