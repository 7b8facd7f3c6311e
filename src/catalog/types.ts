/** The compiled catalog: what pages, the analyzer and the CLI read. Plain data, JSON-safe. */

export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Localized<T = string> = Record<Lang, T>;

/** Where a file or fact came from, for `file:line` messages. */
export interface SourceRef {
  file: string;
  line: number;
}

/** One symbolic name of a value, with the table it comes from. */
export interface CodeName {
  name: string;
  /** header file (`winerror.h`) or document the name comes from */
  header: string;
  /** URL or package/version of the source */
  source: string;
  /** how the name is defined: an HRESULT, a Win32 code (shown under its 0x8007 form), an NTSTATUS, … */
  kind: 'hresult' | 'win32' | 'ntstatus' | 'setupapi' | 'other';
  /** the value as written in its table, before mapping onto the page value (e.g. 1392 for a Win32 code) */
  raw: number;
}

/** A diagnosis rule, taken from a signature in an article or a runbook. */
export interface Rule {
  /** `runbook:<id>` or `code:<0x…>` plus the signature index */
  id: string;
  log: LogKind | 'any';
  /** upper-case `0x…` form, or undefined when only a pattern is given */
  code?: string;
  pattern?: string;
  outcome: boolean;
  /** what the finding links to */
  runbook?: string;
  article?: string;
  title: Localized;
  source: SourceRef;
}

export type LogKind =
  | 'windowsupdate'
  | 'windowsupdate-legacy'
  | 'cbs'
  | 'dism'
  | 'setupact'
  | 'reportingevents'
  | 'events'
  | 'setupdiag';

export interface Article {
  code: string;
  name?: string;
  title: Localized;
  summary: Localized;
  noise: boolean;
  wrapper: boolean;
  runbooks: string[];
  related: string[];
  kbs: string[];
  sources: string[];
  /** words users search with for this code (`文件损坏`), per language; indexed with the aliases */
  keywords: Localized<string[]>;
  /** rendered HTML of the body, per language */
  html: Localized;
  headings: Localized<{ id: string; text: string }[]>;
  source: SourceRef;
}

export interface KbRecord {
  kb: string;
  title: Localized;
  product: string;
  architecture: string[];
  kind: 'cumulative' | 'servicing-stack' | 'dotnet' | 'other';
  releaseType?: string;
  releaseDate: string;
  vendorDate?: string;
  osBuild?: string;
  size: string | null;
  sha256: string | null;
  fileName?: string;
  downloadUrl?: string;
  prerequisites: string[];
  supersedes: string[];
  supersededBy: string[];
  knownIssues: Localized<string[]>;
  sources: Record<string, string>;
  html: Localized;
  source: SourceRef;
}

export interface RunbookStep {
  id: string;
  title: Localized;
  detail?: Localized;
  /** rendered inline HTML of detail */
  detailHtml?: Localized;
  command?: string;
  shell?: 'powershell' | 'cmd' | 'text';
  expect: Localized;
  check?: Localized;
  changes: boolean;
}

export interface Runbook {
  id: string;
  title: Localized;
  summary: Localized;
  owner: string;
  reviewed: string;
  appliesTo: string[];
  codes: string[];
  kbs: string[];
  when: Localized<string[]>;
  prerequisites: Localized<string[]>;
  steps: RunbookStep[];
  rollback: Localized<string[]>;
  escalate: Localized;
  sources: string[];
  html: Localized;
  source: SourceRef;
}

/** Where a customer sees a symptom: the index page groups symptoms by it. */
export const SYMPTOM_PLACES = ['settings', 'restart-screen', 'installer', 'command-line', 'event-viewer', 'wsus-console'] as const;
export type SymptomPlace = (typeof SYMPTOM_PLACES)[number];

/** Where an answer of the troubleshooter leads: a later question, a runbook step, a code article or another symptom. */
export type SymptomTarget =
  | { kind: 'question'; id: string }
  | { kind: 'runbook'; runbook: string; step: number }
  | { kind: 'code'; code: string }
  | { kind: 'symptom'; symptom: string };

export interface SymptomQuestion {
  /** `q-1`, `q-2`, …: the node's anchor on the page */
  id: string;
  ask: Localized;
  hint?: Localized;
  answers: { label: Localized; go: SymptomTarget }[];
}

export interface Symptom {
  id: string;
  title: Localized;
  summary: Localized;
  place: SymptomPlace;
  /** what the user sees: the exact UI text in the languages `quoted` names, else a description */
  seen: Localized;
  /** per language, the public source of the UI text when `seen` quotes it */
  quoted: Partial<Localized>;
  causes: Localized<string[]>;
  questions: SymptomQuestion[];
  /** words customers search with, colloquial and misspelt ones included */
  searchWords: Localized<string[]>;
  /** every runbook and code article the answers lead to (computed) */
  runbooks: string[];
  codes: string[];
  reviewed: string;
  sources: string[];
  html: Localized;
  source: SourceRef;
}

export interface BuildRow {
  build: string;
  kb: string;
  date: string;
  type?: string;
  source: string;
}

/** Every known value: the page key is the upper-case `0x…` form. */
export interface CodeEntry {
  value: string;
  names: CodeName[];
}

export interface Catalog {
  version: 1;
  generatedAt: string;
  codes: CodeEntry[];
  articles: Article[];
  kbs: KbRecord[];
  runbooks: Runbook[];
  builds: BuildRow[];
  rules: Rule[];
  symptoms: Symptom[];
}
