import type { Lang } from './lang.ts';

/**
 * UI strings of the hash verifier. `{kb}`, `{expected}`, `{runbook}` and `{file}` are slots the
 * component renders as elements, so that the client script fills in links and names without
 * carrying any text of its own.
 */
const strings = {
  'zh-CN': {
    'verify.page.title': '核对补丁包哈希',
    'verify.page.lead': '把下载的补丁包与目录中记录的 SHA-256 比对：它是哪个补丁、是否完好。',
    'verify.page.coverage': '目录中的 {total} 个 KB 里，有 {published} 个记录了公布的 SHA-256；其余的 KB 没有可比对的值，本站无法判定它们的文件是否完好。',
    'verify.sidebar': '核对哈希',
    'verify.heading': '在浏览器中核对文件',
    'verify.lead': '选择或拖入下载的补丁包，本机浏览器会计算它的 SHA-256 并与目录比对。文件不会上传到任何地方。',
    'verify.drop': '把文件拖到这里，或点击选择文件',
    'verify.against': '核对对象：{expected}',
    'verify.kbMiss.check': '改为核对：',
    'verify.progress': '正在计算 SHA-256',
    'verify.cancel': '取消',
    'verify.cancelled': '已取消，没有得出结论。',
    'verify.error': '无法读取这个文件，请重新选择。',
    'verify.computed': '{file} 的 SHA-256：',
    'verify.match.title': '一致：这就是 {kb} 的正式补丁包。',
    'verify.match.next': '可以安装。下一步按照 {runbook} 操作。',
    'verify.other.title': '不是 {expected}：这个文件是 {kb} 的补丁包。',
    'verify.other.next': '文件本身完好，但不是要装的补丁。请下载 {expected}，或者确认 {kb} 确实就是需要的补丁。',
    'verify.mismatch.title': '不一致：这个文件与 {expected} 公布的 SHA-256 不同，也不是目录中的任何补丁包。',
    'verify.mismatch.next': '不要安装。文件已损坏或不完整：删除后重新下载，再核对一次。只与 {expected} 页面上的值比对，不要使用邮件里的哈希值。',
    'verify.unpublished.title': '{expected} 没有公布 SHA-256，本站无法判定。',
    'verify.unpublished.next': '请把下面计算出的值与厂商网站上公布的值逐字符比对，一致才安装。',
    'verify.unknown.title': '目录中没有哪个补丁包具有这个 SHA-256。',
    'verify.unknown.next': '本站只为少数补丁包记录了公布的 SHA-256（见本页开头）。如果这个文件应当是其中之一，不要安装，请重新下载；如果是其他补丁包，本站没有可比对的值，请把下面的值与厂商网站上公布的值逐字符比对，一致才安装。',
    'verify.runbook': '离线安装并核对哈希',
    'verify.paste.label': '或者粘贴一个 SHA-256（certutil 或 Get-FileHash 的输出也可以），与目录中记录的值比对：',
    'verify.paste.placeholder': '例如 1CBE086C…',
    'verify.paste.invalid': '这里没有 SHA-256：需要 64 个十六进制字符（可以带空格或冒号）。',
    'verify.paste.sha1': '这是 40 个十六进制字符的值，像是 SHA-1，不是 SHA-256：请用 certutil -hashfile 文件名 SHA256 重新计算。',
    'verify.paste.short': '这里有 {digits} 个十六进制字符，SHA-256 是 64 个：抄写时可能漏了字符。',
    'verify.paste.long': '这里有 {digits} 个十六进制字符，SHA-256 是 64 个：抄写时可能多了字符。',
    'verify.paste.dropped': '这不是 {kb} 的 SHA-256：与记录相比少了 1 个字符（在第 {position} 位）。请从 {kb} 的页面重新复制，或用 certutil 重新计算。',
    'verify.paste.added': '这不是 {kb} 的 SHA-256：与记录相比多了 1 个字符（在第 {position} 位）。请从 {kb} 的页面重新复制，或用 certutil 重新计算。',
    'verify.paste.subject': '粘贴的值（不是所选的文件）：',
  },
  en: {
    'verify.page.title': 'Verify a package hash',
    'verify.page.lead': 'Compare a downloaded package with the SHA-256 values the catalog records: which package it is, and whether it is intact.',
    'verify.page.coverage': 'A published SHA-256 is on record for {published} of the {total} KBs in the catalog; the others have no value to compare with, and this site cannot tell whether their files are intact.',
    'verify.sidebar': 'Verify a hash',
    'verify.heading': 'Check a file in this browser',
    'verify.lead': 'Choose or drop the downloaded package: this browser computes its SHA-256 on your computer and compares it with the catalog. The file is never uploaded.',
    'verify.drop': 'Drop the file here, or click to choose it',
    'verify.against': 'Checking against {expected}',
    'verify.kbMiss.check': 'Check against instead:',
    'verify.progress': 'Computing SHA-256',
    'verify.cancel': 'Cancel',
    'verify.cancelled': 'Cancelled: no verdict.',
    'verify.error': 'The file could not be read. Choose it again.',
    'verify.computed': 'SHA-256 of {file}:',
    'verify.match.title': 'Match: this is the genuine {kb} package.',
    'verify.match.next': 'It is safe to install. Next, follow {runbook}.',
    'verify.other.title': 'Not {expected}: this file is the {kb} package.',
    'verify.other.next': 'The file is intact but it is a different package. Download {expected}, or make sure {kb} is the one you need.',
    'verify.mismatch.title': 'No match: this file differs from the SHA-256 published for {expected}, and it is no other package in the catalog.',
    'verify.mismatch.next': 'Do not install it. The file is damaged or incomplete: delete it, download it again and check again. Compare only with the value on the {expected} page, never with a hash from an e-mail.',
    'verify.unpublished.title': 'No SHA-256 was ever published for {expected}: this site cannot decide.',
    'verify.unpublished.next': "Compare the hash computed below with the one on the vendor's site, character by character; install only if they are equal.",
    'verify.unknown.title': 'No package in the catalog has this SHA-256.',
    'verify.unknown.next': "This site records a published SHA-256 for only some packages (see the top of this page). If the file should be one of those, do not install it: download it again. If it is another package, there is no value here to compare with: compare the hash below with the one on the vendor's site, character by character, and install it only if they are equal.",
    'verify.runbook': 'Offline install with a hash check',
    'verify.paste.label': 'Or paste a SHA-256 (certutil or Get-FileHash output will do) to compare it with the recorded hashes:',
    'verify.paste.placeholder': 'e.g. 1CBE086C…',
    'verify.paste.invalid': 'No SHA-256 here: it takes 64 hex digits (spaces or colons are fine).',
    'verify.paste.sha1': 'This is a 40-digit hex value, which looks like a SHA-1, not a SHA-256: compute it again with certutil -hashfile FILE SHA256.',
    'verify.paste.short': 'This has {digits} hex digits where a SHA-256 has 64: a digit was likely dropped in copying.',
    'verify.paste.long': 'This has {digits} hex digits where a SHA-256 has 64: a digit was likely added in copying.',
    'verify.paste.dropped': 'This is NOT the SHA-256 of {kb}: one digit is missing compared with the record (at position {position}). Copy it again from the {kb} page, or compute it again with certutil.',
    'verify.paste.added': 'This is NOT the SHA-256 of {kb}: it has one digit more than the record (at position {position}). Copy it again from the {kb} page, or compute it again with certutil.',
    'verify.paste.subject': 'The pasted value (not the chosen file):',
  },
} satisfies Record<Lang, Record<string, string>>;

export type VerifyKey = keyof (typeof strings)['en'];

export function tv(lang: Lang, key: VerifyKey): string {
  return strings[lang][key];
}

/** A string cut at its slots: `'Not {expected}.'` → `['Not ', { slot: 'expected' }, '.']`. */
export function slotParts(text: string): (string | { slot: string })[] {
  return text
    .split(/(\{[a-z]+\})/)
    .filter((part) => part !== '')
    .map((part) => (/^\{[a-z]+\}$/.test(part) ? { slot: part.slice(1, -1) } : part));
}
