import { describe, expect, it } from 'vitest';
import { analyzeStrings } from '../../src/i18n/analyze.ts';

describe("the analyzer page's sentences", () => {
  it('give a span of one day as that day, and count attempts in words that fit the number', () => {
    expect(analyzeStrings('zh-CN').failedSpan(6, '2022-10-12', '2022-10-28')).toBe('日志中共有 6 次失败的安装尝试（2022-10-12 至 2022-10-28），按结果统计见下文。');
    expect(analyzeStrings('zh-CN').failedSpan(2, '2022-10-13', '2022-10-13')).toBe('日志中共有 2 次失败的安装尝试（2022-10-13），按结果统计见下文。');
    expect(analyzeStrings('en').failedSpan(1, '2025-06-08', '2025-06-08')).toBe('The logs hold 1 failed install attempt (2025-06-08); the counts by outcome are below.');
    expect(analyzeStrings('en').failedSpan(2, '2025-06-08', '2025-06-09')).toBe('The logs hold 2 failed install attempts (2025-06-08 to 2025-06-09); the counts by outcome are below.');
  });
});
