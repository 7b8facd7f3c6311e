import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerLabel } from '../../src/i18n/header-label.ts';

const DOCS = 'content/code-tables/docs';
const docHeaders = readdirSync(DOCS).map((f) => /^header: (.+)$/m.exec(readFileSync(`${DOCS}/${f}`, 'utf8'))![1]);

describe("a code table's source, in the page's language", () => {
  it('names every document and log line that stands in for a header in Chinese on Chinese pages', () => {
    expect(docHeaders.length).toBeGreaterThanOrEqual(7);
    for (const header of docHeaders) {
      const zh = headerLabel(header, 'zh-CN');
      expect(zh, header).not.toBe(header);
      expect(zh, header).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(headerLabel('Microsoft documentation (MOSETUP)', 'zh-CN')).toBe('Microsoft 文档（MOSETUP）');
    expect(headerLabel('CBS.log (name printed by Windows)', 'zh-CN')).toBe('CBS.log（Windows 自己写出的名称）');
  });

  it('says a facility group in Chinese, with full-width brackets, and one no header names as unnamed', () => {
    expect(headerLabel('FACILITY_WIN32 (HRESULT 0x7)', 'zh-CN')).toBe('FACILITY_WIN32（HRESULT 0x7）');
    expect(headerLabel('FACILITY_SSPI / FACILITY_SECURITY (HRESULT 0x9)', 'zh-CN')).toBe('FACILITY_SSPI / FACILITY_SECURITY（HRESULT 0x9）');
    expect(headerLabel('HRESULT facility 1993 (HRESULT 0x7C9)', 'zh-CN')).toBe('未命名的设施 1993（HRESULT 0x7C9）');
    expect(headerLabel('NTSTATUS facility 0 (NTSTATUS 0x0)', 'zh-CN')).toBe('未命名的设施 0（NTSTATUS 0x0）');
    expect(headerLabel('HRESULT facility 1993 (HRESULT 0x7C9)', 'en')).toBe('HRESULT facility 1993 (HRESULT 0x7C9)');
  });

  it('keeps a header file its own name in both languages, and English as written', () => {
    expect(headerLabel('winerror.h', 'zh-CN')).toBe('winerror.h');
    expect(headerLabel('Microsoft documentation (USO)', 'en')).toBe('Microsoft documentation (USO)');
  });
});
