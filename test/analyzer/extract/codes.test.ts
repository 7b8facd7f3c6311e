import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_FORM_SOURCES, codeOfHexAt, codeOfHexBytes, extractCodes, extractBareCodes, isFailureCode } from '../../../src/analyzer/extract/codes.ts';
import { startingBranches } from '../../../src/analyzer/scan/tokens/literal-starts.ts';

const codes = (line: string) => extractCodes(line).map((h) => `${h.code}/${h.form}`);

describe('extractCodes', () => {
  it('reads every written form and normalizes to 0x + 8 upper-case digits', () => {
    expect(codes('Failed to resolve [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]')).toEqual(['0x800F0922/0x']);
    expect(codes('WS FATAL: OnCallFailure failed with hr=0X80244007')).toEqual(['0x80244007/0x']);
    expect(codes('Agent *FAILED* [80242008] Method failed')).toEqual(['0x80242008/failed']);
    expect(codes('resultMapped=8024001E, resultUnMapped=8024000B')).toEqual(['0x8024001E/resultMapped', '0x8024000B/resultUnMapped']);
    expect(codes('processed the command line but failed. HRESULT=80070BC9')).toEqual(['0x80070BC9/HRESULT']);
    expect(codes('hr = 80072ee2 while downloading')).toEqual(['0x80072EE2/hr']);
    expect(codes('Finalize(hr:0x800f081f)')).toEqual(['0x800F081F/0x']);
    expect(codes('Error 0x80070570[gle=0x00000570]')).toEqual(['0x80070570/0x', '0x00000570/gle']);
    expect(codes('* END * Service exit Exit code = 0x240001')).toEqual(['0x00240001/exit-code']);
    expect(codes('Error: 14098')).toEqual(['0x80073712/decimal']);
    expect(codes('status NTSTATUS c0000280 from driver')).toEqual(['0xC0000280/ntstatus']);
    // -1073283059 is 0xC007000D read as a signed 32-bit number.
    expect(codes('NTSTATUS -1073283059')).toEqual(['0xC007000D/ntstatus']);
    expect(codes('Error = 0x8007000D-0x2000C')).toEqual(['0x8007000D/0x']);
  });

  it('reads CSI\'s own forms: a Win32 error in decimal, and the value before its decoding', () => {
    // Sample real-47 (line 3), and Microsoft's article on 0x800f0922 on Windows Server 2019 (the HTTP service disabled, 1058)
    expect(codes('2025-02-27 08:58:35, Error                 CSI    0000000c (F) HRESULT_FROM_WIN32(14098) #61875# from Windows::ServicingAPI::CCSITransaction')).toEqual(['0x80073712/win32']);
    expect(codes('CSI    00000e64 (F) Failed execution of queue item Installer: HTTP Installer ({…}) with HRESULT HRESULT_FROM_WIN32(1058).  Failure will not be ignored')).toEqual(['0x80070422/win32']);
    // A name is kept for the line processor to look up in the catalog (Microsoft's article on 0x800f0922 quotes a Task Scheduler installer failing so).
    expect(extractCodes('with HRESULT HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND).')).toEqual([{ code: '', form: 'win32', index: 13, name: 'ERROR_FILE_NOT_FOUND' }]);
    expect(codes('HRESULT_FROM_WIN32(0) HRESULT_FROM_WIN32(70000) HRESULT_FROM_WIN32(NotAName)')).toEqual([]);
    // Microsoft's CoreMusketeers blog (learn.microsoft.com/archive/blogs/coremusketeers, 2015, Windows 7), a setuperr.log line
    // quoted in a public project's notes (an answer file rejected) and a CSI line quoted in a blog post
    expect(codes('2015-08-30 04:26:07, Error CSI 00000238 (F) 80092004 [Warning,Facility=FACILITY_NTSSPI,Code=8196 (0x2004)] #14706236# from CCSDirectTransaction::PrepareForCommit(...)[gle=0x90092004]')).toEqual(['0x80092004/facility', '0x90092004/gle']);
    expect(codes('CSI 00000001 (F) 80220005 [Error,Facility=FACILITY_STATE_MANAGEMENT,Code=5] #121# from CWcmScalarInstanceCore::PutCurrentValue(...)')).toEqual(['0x80220005/facility']);
    expect(codes('CSI    00001676 (F) c0000279 [Error,Facility=(system),Code=633 (0x0279)] #3914314#')).toEqual(['0xC0000279/facility']);
    // After an assignment the value is read once, as the assignment's.
    expect(codes('(F) CMIADAPTER: Inner Error Message from AI HRESULT = 800f0207 [Error,Facility=(000f),Code=519 (0x0207)]')).toEqual(['0x800F0207/HRESULT']);
  });

  it('starts no keyword form with a look-behind, so V8 seeks each by its literal (one that did made the regex line layer twice as slow)', () => {
    const branches = startingBranches(CODE_FORM_SOURCES.keyword)!.map((b) => b.branch);
    expect(branches.filter((b) => b.includes('Facility='))).toHaveLength(2);
    expect(branches.filter((b) => /^(?:\^|\\b)*\(\?<[=!]/.test(b))).toEqual([]);
  });

  it('gives the codes of a line in the order they stand, whatever their forms', () => {
    expect(codes('*FAILED* [80242008] error 0x80070005, hr=80070002')).toEqual(['0x80242008/failed', '0x80070005/0x', '0x80070002/hr']);
    expect(codes('error 0x80070005 after *FAILED* [80242008]')).toEqual(['0x80070005/0x', '0x80242008/failed']);
  });

  it('searches 0x tokens from `from` on (the caller knows none stands before it), keyword forms in the whole line', () => {
    const line = 'hr=80070002 error 0x80070005, failed 0x80070570';
    const found = (from: number) => extractCodes(line, false, from).map((h) => `${h.code}/${h.form}@${h.index}`);
    expect(found(0)).toEqual(['0x80070002/hr@0', '0x80070005/0x@18', '0x80070570/0x@37']);
    expect(found(18)).toEqual(found(0));
    expect(found(19)).toEqual(['0x80070002/hr@0', '0x80070570/0x@37']);
  });

  it('leaves pointers, GUIDs, SIDs and longer hex runs alone', () => {
    expect(codes('object @0x198dfcad460 released')).toEqual([]);
    expect(codes('service 855E8A7C-ECB4-4CA3-B045-1DFA50104289 and {15BD9B72-052C-45DD-ABC3-719819615044}')).toEqual([]);
    expect(codes('S-1-5-21-97727556-3113349221-1942375865-1002')).toEqual([]);
    expect(codes('value 0x1234567890 and 0x40000 (DynamicUrl)')).toEqual([]);
    expect(codes('Thr = 12345678')).toEqual([]);
  });

  it('counts a 0x value only where the line puts a result: flags, types, masks, handles and ids stay text', () => {
    // Real lines from healthy logs (test/fixtures/logs/corpus).
    expect(codes('2021/07/13 10:52:24.3914893 4388  8940  Reporter        OS Product Type = 0x00000004')).toEqual([]);
    expect(codes('Misc            Got service 855E8A7C-ECB4-4CA3-B045-1DFA50104289 plugin Client/Server auth token of type 0x00000001')).toEqual([]);
    expect(codes('Misc            Validating signature for C:\\WINDOWS\\SoftwareDistribution\\SLS\\sls.cab with dwProvFlags 0x00000080:')).toEqual([]);
    expect(codes('CSI    00000009@2016/9/27:20:40:53.744 CSI Transaction @0x47e9e0 initialized for deployment engine {d16d444c-56d8-11d5-882d-0080c847b195} with flags 00000002')).toEqual([]);
    expect(codes('Power state mask 0x80000000, offset 0x00001000, handle 0x000002A4')).toEqual([]);
    // … and the same digits in a result position do count.
    expect(codes('CSI    0000000e Created NT transaction (seq 2) result 0x00000000, handle @0xb8')).toEqual(['0x00000000/0x']);
    expect(codes('Handler         CBS called Error with 0x80070570,')).toEqual(['0x80070570/0x']);
    expect(codes('Handler         Post-reboot status for session 30898227_2712392487: 0x00000000.')).toEqual(['0x00000000/0x']);
    expect(codes('ComApi          ClientId = UpdateOrchestrator: Exit code = 0x00000000; Call error code = 0x80240022')).toEqual(['0x00000000/0x', '0x80240022/0x']);
    expect(codes('WER: Generating failure report for package: Package_for_RollupFix~31bf3856ad364e35~amd64~~14393.4889.1.2, status: 0x8007000d, failure source: DOQ')).toEqual(['0x8007000D/0x']);
    expect(codes('[1676.1796] [0x80070570] ResExtract:(514): The file or directory is corrupted and unreadable.')).toEqual(['0x80070570/0x']);
    expect(codes('安装失败: Windows 安装下列更新失败，错误为 0x8024200B: 2024-01 安全更新')).toEqual(['0x8024200B/0x']);
    expect(codes('Checking 0x800F081F (CBS_E_SOURCE_MISSING) after the repair')).toEqual(['0x800F081F/0x']);
    expect(codes('ErrorCode   : 0x80240017')).toEqual(['0x80240017/0x']);
    expect(codes('<Data Name="errorCode">0x80070643</Data>')).toEqual(['0x80070643/0x']);
    expect(codes('Update 1 (3cbcf577-5139-49b8-afe8-620af5c52f95) finished installing (0x00000000), Reboot Required? Yes   WUAHandler')).toEqual(['0x00000000/0x']);
    expect(codes('SLS             Complete the request URL HTTPS://sls.update.microsoft.com/SLS/x with [00000000] and http status code[304] and send SLS events.')).toEqual(['0x00000000/bracket']);
  });

  it('in prose, takes a failure value anywhere, but not a mask', () => {
    const prose = (line: string) => extractCodes(line, true).map((h) => h.code);
    expect(prose('KB5034441 0x80070643 again this morning')).toEqual(['0x80070643']);
    expect(prose('Power state mask 0x80000000, flags 0x00000004')).toEqual([]);
    // Either case, normalized: an NTSTATUS failure counts, a mask in its high word does not.
    expect(prose('crashed with 0xc0000417 at start, mask 0xC0000000')).toEqual(['0xC0000417']);
    // an Application Error event, as msinfo32 and text exports quote it: the module's link time is no code, its exception code is one
    expect(prose('Faulting module name: KERNELBASE.dll, version: 10.0.17763.2989, time stamp: 0xce358de3')).toEqual([]);
    expect(prose('Faulting application name: TiWorker.exe, Timestamp=0xc2a8b0e1, Exception code: 0xc0000005')).toEqual(['0xC0000005']);
    expect(prose('Fault offset: 0x8e3f1c20')).toEqual([]);
    expect(codes('KB5034441 0x80070643 again this morning')).toEqual([]);
  });

  it('reads bare results of ReportingEvents records only when asked', () => {
    const record = '{87F8BCEC-FE1A-47A9-886D-E56112D19E42}\t2023-02-06 11:45:28:713+0900\t1\t182 [AGENT_INSTALLING_FAILED]\t101\t{53367D29-F57A-442B-9F49-DC50B1334BD4}\t205\t80070643\tAutomaticUpdates';
    expect(extractCodes(record)).toEqual([]);
    expect(extractBareCodes(record).map((h) => h.code)).toEqual(['0x80070643']);
  });
});

describe('isFailureCode', () => {
  it('is true when the severity bit is set: a first digit of 8 to F, in either case', () => {
    for (const digit of '0123456789abcdefABCDEF') expect(isFailureCode(`0x${digit}0070005`), digit).toBe(parseInt(digit, 16) >= 8);
    expect(isFailureCode('0x')).toBe(false);
    expect(isFailureCode('0xG0000000')).toBe(false);
  });
});

describe('codeOfHexBytes and codeOfHexAt', () => {
  const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

  it('give each value its normal code, in either case, whatever values were read before', () => {
    // More values than the table of recent codes has slots, so slots are reused between them.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 300, maxLength: 600 }), fc.boolean(), (values, upper) => {
        for (const value of [...values, ...values.slice(0, 50)]) {
          const digits = value.toString(16).padStart(8, '0');
          const written = upper ? digits.toUpperCase() : digits;
          const code = '0x' + digits.toUpperCase();
          expect(codeOfHexBytes(bytesOf(`x${written}`), 1, 8)).toBe(code);
          expect(codeOfHexAt(`x${written}`, 1)).toBe(code);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('read fewer than eight digits as the value they write', () => {
    expect(codeOfHexBytes(bytesOf('A'), 0, 1)).toBe('0x0000000A');
    expect(codeOfHexBytes(bytesOf('8024a10a'), 0, 8)).toBe('0x8024A10A');
    expect(codeOfHexAt('ff', 0, 2)).toBe('0x000000FF');
  });
});
