import { describe, expect, it } from 'vitest';
import { hasHan } from '../../src/i18n/han.ts';

describe('hasHan', () => {
  it('tells a Chinese source from an English one', () => {
    expect(hasHan('厂商软件包记录（支持案例，2022-11）')).toBe(true);
    expect(hasHan('vendor package record (support case, 2022-11)')).toBe(false);
  });
});
