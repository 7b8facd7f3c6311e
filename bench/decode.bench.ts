/** How fast the lookup box answers, and how long building the index from its JSON takes. */
import { bench, describe } from 'vitest';
import { deserializeCodeIndex, serializeCodeIndex } from '../src/hresult/code-index.ts';
import { decode } from '../src/hresult/index.ts';
import { loadCodeIndex } from '../scripts/lib/code-index.ts';

const index = loadCodeIndex();
const json = JSON.stringify(serializeCodeIndex(index));

describe('decode', () => {
  bench('hex code', () => void decode('0x8024001E', index));
  bench('all digits (two readings)', () => void decode('80070570', index));
  bench('code in a log line', () => void decode('2022-10-27 08:38:33, Info CBS Client aborted the install. [HRESULT = 0x800f0821 - CBS_E_ABORT]', index));
  bench('name substring', () => void decode(':SERVICE_STOP', index));
});

describe('code index', () => {
  bench('deserialize from JSON', () => void deserializeCodeIndex(JSON.parse(json)));
});
