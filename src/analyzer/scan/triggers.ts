/**
 * Lines worth reading in the big logs: any code form, KB, package identity, server
 * setting or build. Everything else is skipped without being split out of its chunk.
 */
export const GENERIC_TRIGGER = [
  '0x[0-9a-f]{8}',
  '\\*FAILED\\*',
  'result(?:Un)?Mapped=',
  'HRESULT',
  '\\bhr\\s?[=:]',
  'errorCode',
  'Exit code',
  'NTSTATUS',
  '^Error:',
  'KB ?\\d{6}',
  '~[0-9a-f]{16}~',
  'WSUS',
  'Server URL',
  'WUServer',
  'Managed server',
  'OS Version=',
  'OS Build',
].join('|');

/** One global, multiline, case-insensitive regex from the trigger sources. */
export function triggerRegex(sources: readonly string[]): RegExp {
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'gim');
}
