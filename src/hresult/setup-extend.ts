/**
 * Windows Setup extend codes (`0xC1900101 - 0x4000D`): the first hex digit is the phase,
 * the last two the operation. Phase and operation names are facts from Microsoft's
 * "Upgrade error codes" page.
 */

export const SETUP_EXTEND_SOURCE = 'https://learn.microsoft.com/windows/deployment/upgrade/upgrade-error-codes#extend-codes';

const PHASES = [
  'SP_EXECUTION_UNKNOWN',
  'SP_EXECUTION_DOWNLEVEL',
  'SP_EXECUTION_SAFE_OS',
  'SP_EXECUTION_FIRST_BOOT',
  'SP_EXECUTION_OOBE_BOOT',
  'SP_EXECUTION_UNINSTALL',
];

const OPERATIONS = [
  'UNKNOWN', 'COPY_PAYLOAD', 'DOWNLOAD_UPDATES', 'INSTALL_UPDATES', 'INSTALL_RECOVERY_ENVIRONMENT',
  'INSTALL_RECOVERY_IMAGE', 'REPLICATE_OC', 'INSTALL_DRVIERS', 'PREPARE_SAFE_OS', 'PREPARE_ROLLBACK',
  'PREPARE_FIRST_BOOT', 'PREPARE_OOBE_BOOT', 'APPLY_IMAGE', 'MIGRATE_DATA', 'SET_PRODUCT_KEY', 'ADD_UNATTEND',
  'ADD_DRIVER', 'ENABLE_FEATURE', 'DISABLE_FEATURE', 'REGISTER_ASYNC_PROCESS', 'REGISTER_SYNC_PROCESS',
  'CREATE_FILE', 'CREATE_REGISTRY', 'BOOT', 'SYSPREP', 'OOBE', 'BEGIN_FIRST_BOOT', 'END_FIRST_BOOT',
  'BEGIN_OOBE_BOOT', 'END_OOBE_BOOT', 'PRE_OOBE', 'POST_OOBE', 'ADD_PROVISIONING_PACKAGE',
].map((op) => `SP_EXECUTION_OP_${op}`); // INSTALL_DRVIERS is spelt so in the source

export interface SetupExtend {
  value: number;
  phase: number;
  /** undefined when the phase number is not in the published table */
  phaseName?: string;
  operation: number;
  operationName?: string;
  source: string;
}

export function decodeSetupExtend(extend: number): SetupExtend {
  const phase = (extend >>> 16) & 0xf;
  const operation = extend & 0xff;
  return {
    value: extend,
    phase,
    phaseName: PHASES[phase],
    operation,
    operationName: OPERATIONS[operation],
    source: SETUP_EXTEND_SOURCE,
  };
}
