/**
 * The notes the readers write (English, as the JSON report keeps them) in Chinese, for the
 * Chinese page and text report: each reader's sentence by its shape, its numbers kept. A
 * `file: byte N:` or `byte N:` lead is said as `第 N 字节`. A note of no known shape stays English.
 */
type Said = (...parts: string[]) => string;

const NOTES: [RegExp, Said][] = [
  // .evtx (src/input/evtx)
  [/^(\d+) events of the channel (.+), which records no updating, were read for their times only: their codes are not counted$/, (n, channel) => `${channel} 频道的 ${n} 个事件与更新无关，只读取了它们的时间，其中的代码不计入`],
  [/^the log was not closed cleanly \(copied while in use\): every chunk is read, the header's counts are not trusted$/, () => '日志没有正常关闭（在使用中被复制）：已读取每个数据块，不采信文件头中的计数'],
  [/^the file ends in a (\d+)-byte piece of a chunk: the file is truncated$/, (n) => `文件结束于一个 ${n} 字节的数据块片段：文件被截断了`],
  [/^the file ends in a (\d+)-byte piece of a chunk: the file is truncated; the (\d+) records whole in it were read$/, (n, read) => `文件结束于一个 ${n} 字节的数据块片段：文件被截断了；已读取其中完整的 ${read} 条记录`],
  [/^the file ends in a file header cut short: the file is truncated$/, () => '文件结束于不完整的文件头：文件被截断了'],
  [/^no chunk of events could be read \(the file is cut short or damaged\)$/, () => '没有读到任何完整的事件数据块（文件被截断或已损坏）'],
  [/^the file header has no ElfFile signature$/, () => '文件头没有 ElfFile 签名'],
  [/^the file header claims a (\d+)-byte header block; 4096 is used$/, (n) => `文件头声明的头块大小为 ${n} 字节；按 4096 字节读取`],
  [/^the file header checksum does not match$/, () => '文件头校验和不符'],
  [/^no ElfChnk signature: the chunk is skipped$/, () => '没有 ElfChnk 签名：跳过此数据块'],
  [/^the chunk header checksum does not match: its records are read with care$/, () => '数据块头校验和不符：谨慎读取其中的记录'],
  [/^the checksum of the chunk's records does not match: its records are read with care$/, () => '数据块记录的校验和不符：谨慎读取其中的记录'],
  [/^the chunk claims its records end at (\d+): read to the end of the chunk instead$/, (n) => `数据块声明其记录结束于 ${n}：改为读到数据块末尾`],
  [/^a record holds no event with a provider and an event id: skipped$/, () => '一条记录中没有带提供程序和事件 ID 的事件：已跳过'],
  [/^a record could not be read \((.*)\): skipped$/, (why) => `一条记录无法读取（${why}）：已跳过`],
  [/^(\d+) bytes that are no record were skipped$/, (n) => `跳过了 ${n} 个不属于任何记录的字节`],
  [/^a record claims (\d+) bytes, which its chunk does not hold: skipped$/, (n) => `一条记录声明长 ${n} 字节，超出其数据块：已跳过`],
  [/^a record does not end with its size \(written while the file was copied\): read as far as it goes$/, () => '一条记录的末尾不是它的长度（复制文件时正在写入）：尽量读取'],
  [/^(\d+) records written after the chunk header was last updated were read$/, (n) => `读取了数据块头最后更新之后写入的 ${n} 条记录`],
  // .etl (src/input/etl)
  [/^damaged record skipped \((.*)\)$/, (why) => `跳过了损坏的记录（${why}）`],
  [/^(\d+) damaged records were skipped in all$/, (n) => `共跳过 ${n} 条损坏的记录`],
  [/^(\d+) events are not TraceLogging \(their text needs the provider's manifest or format files\) and were skipped; (\d+) events were decoded$/, (n, d) => `${n} 个事件不是 TraceLogging 事件（其文本需要提供程序的清单或格式文件），已跳过；解码了 ${d} 个事件`],
  [/^(\d+) events were too far out of time order to be sorted and stand where the file has them$/, (n) => `${n} 个事件的时间顺序偏差太大，无法排序，按文件中的位置保留`],
  [/^the file ends inside a buffer \((\d+) of (\d+) bytes\); its complete records were read$/, (have, of) => `文件在一个缓冲区中间结束（${of} 字节中的 ${have} 字节）；已读取其中完整的记录`],
  [/^(\d+) bytes after the last buffer were ignored$/, (n) => `忽略了最后一个缓冲区之后的 ${n} 个字节`],
  [/^a buffer claims (\d+) bytes \(a buffer holds (\d+) to (\d+)\); the rest of the file is not read$/, (n, lo, hi) => `一个缓冲区声明长 ${n} 字节（缓冲区应为 ${lo} 至 ${hi} 字节）；文件其余部分未读取`],
  [/^a buffer claims (\d+) bytes \(a buffer holds (\d+) to (\d+)\); read on after it, as a buffer of the trace's size \((\d+) bytes\)$/, (n, lo, hi, size) => `一个缓冲区声明长 ${n} 字节（缓冲区应为 ${lo} 至 ${hi} 字节）；已按跟踪文件的缓冲区大小（${size} 字节）跳过它，继续读取`],
  [/^the trace holds no event: only its header was read$/, () => '这个跟踪文件中没有任何事件：只读到了它的文件头'],
  [/^an event comes before the trace logfile header; the file is not read$/, () => '事件出现在跟踪日志文件头之前；未读取此文件'],
  // archives (src/input/cab, zip)
  [/^the cabinet ends at byte (\d+), inside data block (\d+) of folder (\d+)$/, (n, block, folder) => `CAB 文件在第 ${n} 字节处结束，截断在文件夹 ${folder} 的第 ${block} 个数据块中间`],
  [/^(cabinet header|reserve sizes|folder \d+|file entry \d+) at byte (\d+) is cut off: the file ends at byte (\d+)$/, (what, n, end) => `第 ${n} 字节处的${cabPart(what)}不完整：文件在第 ${end} 字节处结束`],
  [/^a name at byte (\d+) is cut off: the file ends$/, (n) => `第 ${n} 字节处的文件名不完整：文件已结束`],
  [/^the folder's data ends at uncompressed byte (\d+), before the end of this file$/, (n) => `文件夹的数据在解压后的第 ${n} 字节处结束，早于这个文件的末尾`],
  [/^no entry could be read \(truncated archive\?\)$/, () => '没有读到任何条目（压缩包可能被截断）'],
  [/^the file continues in another cabinet of the set$/, () => '文件接续在同一套 CAB 的另一个分卷中'],
  [/^folder (\d+) begins in the previous cabinet of the set$/, (n) => `文件夹 ${n} 从同一套 CAB 的上一个分卷开始`],
  [/^the archive ends at byte (\d+), inside this file: it was cut short$/, (n) => `压缩包在第 ${n} 字节处结束，正好截断在这个文件中间：压缩包不完整`],
  [/^its compressed data is damaged \((.*)\)$/, (why) => `它的压缩数据已损坏（${why}）`],
  [/^unpack the archive with its password and give the files$/, () => '请用密码解开压缩包，再提供其中的文件'],
  // text logs and the report (src/analyzer)
  [/^(\d+) lines were not valid UTF-8 and were read as Windows-1252$/, (n) => `${n} 行不是有效的 UTF-8，已按 Windows-1252 读取`],
  [/^(\d+) lines longer than 1 MiB were read in pieces$/, (n) => `${n} 行超过 1 MiB，已分段读取`],
  [/^(\d+) attempts were not kept: the first (\d+) and the latest (\d+) were$/, (n, first, last) => `有 ${n} 次尝试未保留：保留了最早的 ${first} 次和最近的 ${last} 次`],
  [/^(\d+) occurrences of codes beyond the first (\d+) distinct ones were not counted$/, (n, distinct) => `前 ${distinct} 个不同代码之外的代码出现了 ${n} 次，未计入`],
];

/** A part of a cabinet's directory, as directory.ts names it. */
function cabPart(what: string): string {
  const [, kind, n] = /^(folder|file entry) (\d+)$/.exec(what) ?? [];
  if (kind === 'folder') return `文件夹 ${n} 的条目`;
  if (kind === 'file entry') return `文件条目 ${n}`;
  return what === 'cabinet header' ? 'CAB 文件头' : '保留区大小字段';
}

const AT_BYTE = /^(?:(.+?): )?byte (\d+): (.*)$/s;
const OF_FILE = /^(.+?): (.*)$/s;

/** The note in Chinese, or undefined when its shape is not known. Its lead: `file: byte N:`, `byte N:`, `file:` or none. */
export function warningInChinese(message: string): string | undefined {
  const at = AT_BYTE.exec(message);
  const file = OF_FILE.exec(message);
  const reads: [string | undefined, string | undefined, string][] = at ? [[at[1], at[2], at[3]]] : [[undefined, undefined, message], ...(file ? [[file[1], undefined, file[2]] as [string, undefined, string]] : [])];
  for (const [name, byte, rest] of reads) {
    for (const [shape, said] of NOTES) {
      const m = shape.exec(rest);
      if (m) return `${name ? `${name}：` : ''}${byte === undefined ? '' : `第 ${byte} 字节：`}${said(...m.slice(1))}`;
    }
  }
  return undefined;
}
