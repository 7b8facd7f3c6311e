/** KB numbers and package hashes as people type them, matched against the catalog's records. */
export { readKbNumber, kbNumbersIn, kbInFileName } from './kb-number.ts';
export { editDistance, singleEdit, type EditKind } from './edit-distance.ts';
export { matchKb, type KbFact, type KbMatch, type NearKb } from './near-kb.ts';
export { matchHash, differences, differenceMarks, NEAR_HASH_DIGITS, type HashRecord, type HashMatch, type HashDifference } from './hash-match.ts';
export { findSha256 } from './find-sha256.ts';
export { kbFacts, hashRecords } from './from-catalog.ts';
export { almostHash, visibleText, type AlmostHash } from './hash-length.ts';
export { almostHashText } from './almost-hash-text.ts';
