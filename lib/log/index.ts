/** Public API of the event log: the store, its verification, CSV/JSON export and the auditor's summaries. */
export { canonicalJson } from './canonical';
export {
  type ChainSegment,
  type VerifyFailure,
  type VerifyReason,
  type VerifyResult,
  verifyChain,
} from './chain';
export { CSV_COLUMNS, type CsvColumnId, csvCell, csvRows, DEFAULT_CSV_COLUMNS, toCsv } from './csv';
export {
  buildExport,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportLog,
  type LogExport,
  verifyExport,
} from './export';
export { type Digest, GENESIS_HASH, recordHash, sha256Hex, webCryptoDigest } from './hash';
export { type KeyValueStore, MemoryStore, type MemoryStoreOptions } from './kv';
export { chunkKey, indexKey, LogRecord, metaKey } from './layout';
export {
  type AppendResult,
  type ClearResult,
  LogCorruptError,
  type LogInfo,
  type LogSnapshot,
  LogStore,
  type LogStoreOptions,
  type RejectedEvent,
  type RetentionResult,
} from './store';
export {
  type ByDayOptions,
  countsByKind,
  type DayBucket,
  dayKey,
  type EquityReport,
  type EquityRow,
  equityReport,
  eventFilter,
  type KindCounts,
  type LogFilter,
  type NeedOrNone,
  outcomesByDay,
  type PromptOutcomes,
} from './summary';
