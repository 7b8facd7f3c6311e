import { describe, expect, it } from 'vitest';
import { joinFoldedChinese, joinWrappedChinese } from '../../src/i18n/cjk-joins.ts';

describe('joinFoldedChinese', () => {
  it('takes out the space a folded line left between Chinese characters and after full-width punctuation', () => {
    expect(joinFoldedChinese('手动安装并复现故障， 最后用 DISM 检查')).toBe('手动安装并复现故障，最后用 DISM 检查');
    expect(joinFoldedChinese('第 1 步输出的版本号、 wusa 的日志')).toBe('第 1 步输出的版本号、wusa 的日志');
    expect(joinFoldedChinese('先停止服务 再删除')).toBe('先停止服务再删除');
    expect(joinFoldedChinese('白白多了一轮往返。 UBR 不变')).toBe('白白多了一轮往返。UBR 不变');
  });

  it('keeps the spaces Chinese text uses around Latin words and numbers', () => {
    const kept = '在 Windows 10 神州网信政府版 V2020-L 上，第 1 步用 DISM /Online 检查 KB5016623';
    expect(joinFoldedChinese(kept)).toBe(kept);
  });
});

describe('joinWrappedChinese', () => {
  it('joins a paragraph wrapped between Chinese characters or after full-width punctuation', () => {
    expect(joinWrappedChinese('下载离线包后先核对\nSHA-256，与上方数值\n逐字符一致才可使用。\n请不要')).toBe('下载离线包后先核对\nSHA-256，与上方数值逐字符一致才可使用。请不要');
  });

  it('leaves a break between Latin words, and spaces on one line, as they are', () => {
    expect(joinWrappedChinese('Windows\nUpdate 服务 与 BITS')).toBe('Windows\nUpdate 服务 与 BITS');
  });
});
