import { cbs, dism, setupact } from './cbs.ts';
import { events } from './events.ts';
import { reportingEvents } from './reportingevents.ts';
import { setupDiag } from './setupdiag.ts';
import { plainText } from './text.ts';
import type { LogFormat } from './types.ts';
import { windowsUpdate } from './windowsupdate.ts';
import { windowsUpdateLegacy } from './windowsupdate-legacy.ts';

/** Every format, in the order ties are settled. A new format is one more entry here. */
export const FORMATS: readonly LogFormat[] = [
  windowsUpdate,
  windowsUpdateLegacy,
  reportingEvents,
  setupDiag,
  events,
  cbs,
  dism,
  setupact,
  plainText,
];

export const SAMPLE_LINES = 200;

export interface Detected {
  format: LogFormat;
  confidence: number;
}

/** Picks the format from the first non-empty lines of a file, by content only. */
export function detectFormat(lines: readonly string[]): Detected {
  const sample = lines.filter((l) => l.trim() !== '').slice(0, SAMPLE_LINES);
  let best: Detected = { format: plainText, confidence: 0 };
  for (const format of FORMATS) {
    const confidence = format.detect(sample);
    if (confidence > best.confidence) best = { format, confidence };
  }
  return best.confidence < 0.1 ? { format: plainText, confidence: best.confidence } : best;
}
