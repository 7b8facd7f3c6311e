/**
 * The byte-input library: everything between a file's bytes and the text or records a
 * reader understands — chunking, sniffing, encodings, line splitting and archives.
 * Framework-free; the analyzer and the redactor both read files through it.
 */
export { readChunks } from './read-chunks.ts';
export { sniffContainer, type Container, type UnreadableReason } from './magic.ts';
export { sniffEncoding, type Encoding, type Sniffed } from './encoding.ts';
export { ChunkDecoder, MAX_CARRY_BYTES, concat } from './text-decoder.ts';
export { LineReader, MAX_LINE_CHARS, type LineFilter, type LineHandler } from './line-reader.ts';
export { DISCARD, SAMPLE_BYTES, SniffingSink } from './sniffing-sink.ts';
export { MAX_ZIP_DEPTH, ZipReader, type ByteSink, type ExpandBudget, type ZipHost } from './zip.ts';
export { readZipDirectory, type ZipEntry } from './zip-directory.ts';
export { readZipEntry, ZipEntryError, type EntryReadOptions } from './zip-entry.ts';
export { blobAccess, bytesAccess, type RandomAccess } from './random-access.ts';
export { EvtxReader, eventFromElement, textOf, type EventField, type EventRecord, type EvtxHandler, type XmlElement } from './evtx/index.ts';
export { CabReader } from './cab/reader.ts';
export { EtlReader, TIME_ORDER_WINDOW, type EtlHost } from './etl/etl-reader.ts';
export { EtlTextSink } from './etl/etl-text.ts';
export { WU_PROVIDER } from './etl/trace-line.ts';
export { localOffsetMinutes, type TimeZone } from './etl/time-zone.ts';
