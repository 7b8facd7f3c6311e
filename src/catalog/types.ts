/** The compiled catalog: what pages, the analyzer and the CLI read. Plain data, JSON-safe. */

import type { Localized } from '../i18n/lang.ts';
import type { CodeEntry } from '../hresult/code-names.ts';

// Code names are the decoder's; the catalog holds one entry per page value.
export type { CodeEntry, CodeName } from '../hresult/code-names.ts';

// Moved to src/i18n/lang.ts; re-exported so code written against the old home still compiles.
export { LANGS, type Lang, type Localized } from '../i18n/lang.ts';

/** Where a file or fact came from, for `file:line` messages. */
export interface SourceRef {
  file: string;
  line: number;
}


/** A diagnosis rule, taken from a signature in an article or a runbook. */
export interface Rule {
  /** `runbook:<id>` or `code:<0x…>` plus the signature index */
  id: string;
  log: LogKind | 'any';
  /** upper-case `0x…` form, or undefined when only a pattern is given */
  code?: string;
  pattern?: string;
  /** a later line matching this, after the pattern's last match in the file, makes the finding history */
  cleared?: string;
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
  /** the title was rebuilt from a naming pattern, not copied as published */
  titleDerived: boolean;
  product: Localized;
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
  /** per fact field, where it comes from, in each language (an address reads alike in both) */
  sources: Record<string, Localized>;
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
  /** how to undo this step, or why it needs no undo; given for every step that changes the machine */
  undo?: Localized;
  changes: boolean;
}

export interface Runbook {
  id: string;
  title: Localized;
  summary: Localized;
  owner: Localized;
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
  /** a second, independent public source confirming the row */
  confirmedBy?: string;
}

/** Every known value: the page key is the upper-case `0x…` form. */
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
