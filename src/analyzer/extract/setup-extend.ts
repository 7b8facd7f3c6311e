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

/** An extend code as the report gives it: its value (`0x30018`) and the names of its phase and operation. */
export interface SetupExtendNames {
  value: string;
  phase: string;
  operation: string;
}

export interface ReportedExtend extends SetupExtendNames {
  /** the failure, as codes are written in the report (`0xC1900101`) */
  code: string;
}

export function readSetupExtend(text: string): ReportedExtend | undefined {
  const m = REPORTED.exec(text);
  if (!m) return undefined;
  const code = normalizeCode(m[1]);
  const { value, phaseName, operationName } = decodeSetupExtend(parseInt(m[2], 16));
  if (!isFailureCode(code) || !phaseName || !operationName) return undefined;
  return { code, value: `0x${value.toString(16).toUpperCase()}`, phase: phaseName, operation: operationName };
}
