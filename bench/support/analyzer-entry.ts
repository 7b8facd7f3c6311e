/** What the benchmark's child processes run of the analyzer, compiled as the CLI is (compiled.ts). */
export { analyze, knowledgeFromJSON } from '../../src/analyzer/index.ts';
export { detectFormat } from '../../src/analyzer/formats/detect.ts';
export { lineFilter } from '../../src/analyzer/scan/triggers.ts';
export { TokenLineReader } from '../../src/analyzer/scan/tokens/token-line-reader.ts';
export { ChunkDecoder, LineReader } from '../../src/input/index.ts';
export { fileInput, readFileChunks } from '../../scripts/cli/analyze-inputs.ts';
export { analysisTokenTable } from './analysis-token-table.ts';
