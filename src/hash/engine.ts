/**
 * Which way a file is hashed. WebCrypto's digest is native code (several times faster than any
 * script) but takes the whole file as one buffer and exists only in a secure context (https or
 * localhost; a plain-http intranet host is not one). The streaming hash reads the file chunk by
 * chunk in constant memory and works everywhere.
 */
export type HashEngine = 'webcrypto' | 'stream';

export interface EngineCapabilities {
  /** crypto.subtle is there (secure context) */
  subtle: boolean;
  /** navigator.deviceMemory in GB, when the browser tells (Chromium, secure contexts; capped at 8) */
  deviceMemoryGb?: number;
}

const MB = 1024 * 1024;

/** Largest file read into memory for WebCrypto: 256 MB, or 768 MB on machines with 8 GB or more. */
export function inMemoryLimit(deviceMemoryGb?: number): number {
  return deviceMemoryGb !== undefined && deviceMemoryGb >= 8 ? 768 * MB : 256 * MB;
}

export function chooseEngine(size: number, capabilities: EngineCapabilities): HashEngine {
  if (!capabilities.subtle) return 'stream';
  return size <= inMemoryLimit(capabilities.deviceMemoryGb) ? 'webcrypto' : 'stream';
}
