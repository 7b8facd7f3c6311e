import type { CompileInput, ContentFile } from '../../src/catalog/compile.ts';
import type { CodeEntry } from '../../src/catalog/types.ts';

/** A small, valid content set; each test breaks one thing in it. */
export const CODES: CodeEntry[] = [
  { value: '0x80070570', names: [{ name: 'ERROR_FILE_CORRUPT', header: 'winerror.h', source: 'test', kind: 'win32', raw: 1392 }] },
  { value: '0x8024001E', names: [{ name: 'WU_E_SERVICE_STOP', header: 'wuerror.h', source: 'test', kind: 'hresult', raw: 0x8024001e }] },
];

export const ARTICLE = `---
code: "0x80070570"
name: ERROR_FILE_CORRUPT
title:
  zh-CN: 文件或目录损坏且无法读取
  en: The file or directory is corrupted and unreadable
summary:
  zh-CN: 文件损坏。
  en: A file is corrupt.
runbooks: [offline-install]
related: ["0x8024001E"]
kbs: [KB5016623]
signatures:
  - log: windowsupdate
    code: "0x80070570"
    outcome: true
keywords:
  zh-CN: [文件损坏]
  en: [file corrupt, corrupted file]
sources:
  - winerror.h
---

# zh-CN

## 含义

安装 KB5016623 时出现 0x80070570，另见 0x8024001E。

## 常见原因

- 下载的包损坏。

## 先做什么

1. 核对哈希。

# en

## Meaning

Seen with KB5016623 as 0x80070570.

## Typical causes

- A corrupt download.

## What to do first

1. Check the hash.
`;

export const KB = `---
kb: KB5016623
title:
  zh-CN: 2022-08 累积更新 (KB5016623)
  en: 2022-08 Cumulative Update (KB5016623)
product: Windows 10 Version 1809
architecture: x64
kind: cumulative
release_date: 2022-08-09
os_build: "17763.3287"
sha256: 1CBE086CA4CC793EAE498F625CC6A9D09085CA1C29725A7143426289B8FB6CED
prerequisites: []
sources:
  release_date: https://example.test/kb5016623
  os_build: https://example.test/kb5016623
  sha256: vendor package record
---
`;

export const RUNBOOK = `---
id: offline-install
title:
  zh-CN: 离线安装
  en: Offline install
summary:
  zh-CN: 离线安装并核对哈希。
  en: Install offline and check the hash.
owner:
  zh-CN: 运维支持组
  en: Support Engineering
reviewed: 2026-11-01
applies_to: ["17763"]
codes: ["0x80070570"]
kbs: [KB5016623]
when:
  zh-CN: [安装失败]
  en: [The install fails]
prerequisites:
  zh-CN: [管理员权限]
  en: [Administrator rights]
steps:
  - title:
      zh-CN: 核对哈希
      en: Check the hash
    command: certutil -hashfile x.msu SHA256
    shell: cmd
    expect:
      zh-CN: 与 KB 页一致
      en: It matches the KB page
  - title:
      zh-CN: 安装
      en: Install
    expect:
      zh-CN: 成功
      en: It succeeds
    check:
      zh-CN: 查看版本
      en: Check the build
    changes: true
rollback:
  zh-CN: [卸载]
  en: [Uninstall]
escalate:
  zh-CN: 发送日志。
  en: Send the logs.
---
`;

export const BUILDS = `line: "17763"
rows:
  - build: "17763.3287"
    kb: KB5016623
    date: 2022-08-09
    type: B
    source: https://example.test/builds
`;

export function input(overrides: Partial<Record<'article' | 'kb' | 'runbook' | 'builds', string>> & { extra?: Partial<CompileInput> } = {}): CompileInput {
  const file = (path: string, text: string): ContentFile => ({ path, text });
  return {
    articles: [file('content/codes/0x80070570.md', overrides.article ?? ARTICLE)],
    kbs: [file('content/kb/kb5016623.md', overrides.kb ?? KB)],
    runbooks: [file('content/runbooks/offline-install.md', overrides.runbook ?? RUNBOOK)],
    builds: [file('content/builds/17763.yaml', overrides.builds ?? BUILDS)],
    codes: CODES,
    today: '2026-11-24',
    ...overrides.extra,
  };
}

/** The line (1-based) of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}
