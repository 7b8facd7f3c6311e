import { decodeSetupExtend } from '../../hresult/setup-extend.ts';
import { isFailureCode, normalizeCode } from './codes.ts';

/**
 * A failure Windows Setup reports with its extend code, which says in which phase and operation
 * it failed: SetupHost's event (`Reporting post reboot event -> [0xC1900101, 0x30018]`, `Reporting
 * error event -> [0x80070032, 0x50013]`) and SetupDiag's result (`Error = 0x8007000D-0x2000C`).
 * The second value of an event may be a code of its own (`[0x800704D3, 0x800704C7]`): only a
 * value the published table decodes whole is an extend code.
 */
const REPORTED = /(?:event -> \[|Error = )(0x[0-9A-Fa-f]{8})(?:, |-)0x([0-9A-Fa-f]{1,5})(?![0-9A-Fa-f])/;

export interface ReportedExtend {
  /** the failure, as codes are written in the report (`0xC1900101`) */
  code: string;
  extend: number;
}

export function readSetupExtend(text: string): ReportedExtend | undefined {
  const m = REPORTED.exec(text);
  if (!m) return undefined;
  const code = normalizeCode(m[1]);
  const extend = parseInt(m[2], 16);
  const decoded = decodeSetupExtend(extend);
  if (!isFailureCode(code) || !decoded.phaseName || !decoded.operationName) return undefined;
  return { code, extend };
}
