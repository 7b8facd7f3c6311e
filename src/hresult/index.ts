/** The error-code decoder: framework-free, runs in the browser, a worker, the CLI and tests. */
export { decode, MAX_SUBSTRING_HITS, type DecodeResult, type DecodedReading, type InputForm } from './decode.ts';
export { decodeValue, type Match, type MatchVia, type NearbyCode, type Reading } from './lookup.ts';
export { parseInput, type NameQuery, type NumberCandidate, type ParsedInput, type ReadingForm, type SetupPair } from './parse-input.ts';
export { formatDecodeText } from './format-text.ts';
export { pageKey, aliasesOf } from './page-key.ts';
export { hresultFields, ntstatusFields, shownFacility, type HresultFields, type NtStatusFields } from './fields.ts';
export { hresultFacilityNames, ntstatusFacilityNames, type FacilityName } from './facilities.ts';
export * from './relations.ts';
export { decodeSetupExtend, type SetupExtend } from './setup-extend.ts';
export { LABELS, type Labels } from './labels.ts';
export { toHex } from './code-names.ts';
