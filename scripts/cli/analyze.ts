/** `update-triage analyze <paths…> [--json] [--lang zh-CN|en]` and `analyze --fleet DIR [--out FILE]`. */
import { LANGS, type Lang } from '../../src/i18n/lang.ts';
import { analyze, knowledgeFromCatalog, renderText, type Knowledge } from '../../src/analyzer/index.ts';
import { loadCatalog } from '../lib/load-catalog.ts';
import { collectInputs } from './analyze-inputs.ts';

const USAGE = `usage: update-triage analyze <files, folders or zips…> [--json] [--lang zh-CN|en] [--max-expanded BYTES]
       update-triage analyze --fleet DIR [--out FILE] [--jobs N]
`;

export interface AnalyzeIo {
  out: (text: string) => void;
  err: (text: string) => void;
  knowledge?: () => Promise<Knowledge>;
}

const stdio: AnalyzeIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export const catalogKnowledge = async (): Promise<Knowledge> => knowledgeFromCatalog(await loadCatalog());

interface Options {
  paths: string[];
  json: boolean;
  lang: Lang;
  fleet?: string;
  out?: string;
  jobs?: number;
  maxExpanded?: number;
}

/** Exit 0 when analyzed, 1 when an input was missing or unreadable as a whole, 2 for usage errors. */
export async function run(args: string[], io: AnalyzeIo = stdio): Promise<number> {
  const options = parse(args);
  if (typeof options === 'string') {
    io.err(`update-triage analyze: ${options}\n${USAGE}`);
    return 2;
  }
  const knowledge = await (io.knowledge ?? catalogKnowledge)();
  if (options.fleet) {
    const { runFleet } = await import('./fleet-run.ts');
    return runFleet({ dir: options.fleet, out: options.out, jobs: options.jobs, knowledge, io });
  }
  const { inputs, missing } = await collectInputs(options.paths);
  for (const path of missing) io.err(`update-triage analyze: ${path}: no such file or folder\n`);
  const report = await analyze(inputs, knowledge, options.maxExpanded ? { maxExpandedBytes: options.maxExpanded } : {});
  io.out(options.json ? JSON.stringify(report, null, 2) + '\n' : renderText(report, options.lang));
  return missing.length ? 1 : 0;
}

function parse(args: string[]): Options | string {
  const options: Options = { paths: [], json: false, lang: 'en' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--json') options.json = true;
    else if (flag === '--lang') {
      const lang = value();
      if (!LANGS.includes(lang as Lang)) return `--lang must be one of ${LANGS.join(', ')}`;
      options.lang = lang as Lang;
    } else if (flag === '--fleet') options.fleet = value();
    else if (flag === '--out') options.out = value();
    else if (flag === '--jobs' || flag === '--max-expanded') {
      const n = Number(value());
      if (!Number.isInteger(n) || n <= 0) return `${flag} needs a positive whole number`;
      if (flag === '--jobs') options.jobs = n;
      else options.maxExpanded = n;
    } else if (flag.startsWith('--')) return `unknown option ${flag}`;
    else options.paths.push(arg);
  }
  if (options.fleet === undefined && !options.paths.length) return 'give at least one file, folder or zip';
  if (options.fleet !== undefined && !options.fleet) return '--fleet needs a folder';
  return options;
}
