/**
 * Lines worth reading in the big logs: any code form, KB, update package identity
 * (`Package_for_…`; component packages are read only on lines read for another reason),
 * server setting or build. Everything else is skipped without being split out of its chunk.
 */
export const GENERIC_TRIGGER = [
  '(?<![\\w@])0[xX][0-9a-fA-F]{8}(?![0-9a-fA-F])',
  '\\*FAILED\\*',
  'result(?:Un)?Mapped=',
  'HRESULT',
  '\\bhr ?[=:]',
  '\\bHR ?[=:]',
  'errorCode',
  'Exit code',
  'NTSTATUS',
  '\\[Error,Facility=',
  '\\[Warning,Facility=',
  '^Error:',
  'KB ?\\d{6}',
  'kb\\d{6}',
  'Package_(?:\\d+_)?for_',
  'WSUS',
  'Server URL',
  'WUServer',
  'Managed server',
  'OS Version=',
  'OS Build',
].join('|');

/**
 * One global, multiline regex from the trigger sources. Case is spelled out in the
 * classes instead of the `i` flag, which makes V8 scan about three times slower.
 */
export function triggerRegex(sources: readonly string[]): RegExp {
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'gm');
}

/**
 * The line filter of a format: the generic trigger, the format's own and the content patterns
 * still sought, in one regex, or with `apart` in two whose hits the line reader merges. Which
 * is faster depends on the words: on dense and sparse 50 MB logs, WindowsUpdate's trigger words
 * searched apart from the generic trigger cut the filter's scan by a third, and CBS's slow it by a
 * quarter (bench/analyzer-throughput.ts measures the filter alone).
 */
export function lineFilter(formatTrigger: string, patterns: readonly string[], apart = false): RegExp | RegExp[] {
  if (!apart) return triggerRegex([GENERIC_TRIGGER, formatTrigger, ...patterns]);
  return [triggerRegex([GENERIC_TRIGGER]), triggerRegex([formatTrigger, ...patterns])];
}
