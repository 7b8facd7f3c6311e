/** The words of the decoder's text output, in both languages. */
import type { Lang } from '../i18n/lang.ts';

export interface Labels {
  readingOf: (form: string, text: string) => string;
  forms: Record<string, string>;
  decimal: string;
  asHresult: string;
  asNtstatus: string;
  severity: string;
  failure: string;
  success: string;
  /** an NTSTATUS's two severity bits, by the names ntstatus.h gives them (STATUS_SEVERITY_…) */
  ntSeverity: Record<'SUCCESS' | 'INFORMATIONAL' | 'WARNING' | 'ERROR', string>;
  facility: string;
  code: string;
  flags: string;
  noName: string;
  unknownFacility: string;
  via: Record<string, string>;
  weakHeading: string;
  weakNote: string;
  relations: string;
  nearby: string;
  setupExtend: string;
  phase: string;
  operation: string;
  unknown: string;
  matches: (n: number, input: string) => string;
  nothing: (input: string) => string;
}

export const LABELS: Record<Lang, Labels> = {
  en: {
    readingOf: (form, text) => `read as ${form} from "${text}"`,
    forms: {
      hex: 'hex',
      decimal: 'decimal',
      'signed-decimal': 'signed decimal',
      name: 'symbolic name',
      'name-substring': 'part of a name',
    },
    decimal: 'decimal',
    asHresult: 'as an HRESULT',
    asNtstatus: 'as an NTSTATUS',
    severity: 'Severity',
    failure: 'FAILURE',
    success: 'SUCCESS',
    ntSeverity: { SUCCESS: 'SUCCESS', INFORMATIONAL: 'INFORMATIONAL', WARNING: 'WARNING', ERROR: 'ERROR' },
    facility: 'Facility',
    code: 'Code',
    flags: 'flags',
    noName: 'no symbolic name is known for this value',
    unknownFacility: 'unnamed facility',
    via: {
      value: '',
      HRESULT_FROM_WIN32: 'via HRESULT_FROM_WIN32',
      HRESULT_FROM_NT: 'via HRESULT_FROM_NT',
      NTSTATUS_FROM_WIN32: 'via NTSTATUS_FROM_WIN32',
      HRESULT_FROM_SETUPAPI: 'via HRESULT_FROM_SETUPAPI',
      'low-word': 'weaker',
    },
    weakHeading: 'weaker reading: the low word taken as a Win32 code',
    weakNote: 'this facility defines its own codes, so this re-reading is usually wrong',
    relations: 'relations',
    nearby: 'known codes nearby in the same facility',
    setupExtend: 'setup extend code',
    phase: 'phase',
    operation: 'operation',
    unknown: 'unknown',
    matches: (n, input) => `${n} match${n === 1 ? '' : 'es'} found for "${input}"`,
    nothing: (input) => `no code could be read from "${input}"`,
  },
  'zh-CN': {
    readingOf: (form, text) => `按${form}读取自 "${text}"`,
    forms: {
      hex: '十六进制',
      decimal: '十进制',
      'signed-decimal': '有符号十进制',
      name: '符号名',
      'name-substring': '符号名片段',
    },
    decimal: '十进制',
    asHresult: '按 HRESULT 解析',
    asNtstatus: '按 NTSTATUS 解析',
    severity: '严重性',
    failure: '失败',
    success: '成功',
    ntSeverity: { SUCCESS: '成功', INFORMATIONAL: '信息', WARNING: '警告', ERROR: '错误' },
    facility: '设施',
    code: '代码',
    flags: '标志位',
    noName: '此值没有已知的符号名',
    unknownFacility: '未命名的设施',
    via: {
      value: '',
      HRESULT_FROM_WIN32: '经 HRESULT_FROM_WIN32',
      HRESULT_FROM_NT: '经 HRESULT_FROM_NT',
      NTSTATUS_FROM_WIN32: '经 NTSTATUS_FROM_WIN32',
      HRESULT_FROM_SETUPAPI: '经 HRESULT_FROM_SETUPAPI',
      'low-word': '较弱',
    },
    weakHeading: '较弱的解读：把低 16 位当作 Win32 错误码',
    weakNote: '该设施有自己的代码，这种重新解读通常是错的',
    relations: '换算关系',
    nearby: '同一设施中相邻的已知代码',
    setupExtend: '安装程序扩展码',
    phase: '阶段',
    operation: '操作',
    unknown: '未知',
    matches: (n, input) => `"${input}" 共找到 ${n} 个匹配`,
    nothing: (input) => `无法从 "${input}" 中读出错误码`,
  },
};
