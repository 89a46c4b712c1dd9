/**
 * JSON export of the log, and a check of such a file that needs nothing but the file: it runs the
 * same `verifyChain` as the live store, from the anchor the file states.
 *
 * Version 2 also states where the chain starts (`anchorSeq`), its head (last seq and hash) and the
 * record count, and the check holds the records to them: a file cut short, or with records added,
 * no longer matches its own head. (A file alone still cannot stop someone who rewrites every hash
 * and the head with it: compare the head with the one the log page showed, or with an earlier
 * export, and use an organisation secret (keyed records) so a rewrite without it is detected.)
 * Version 1 files (no head) are still checked, for their chain only.
 */
import { z } from 'zod';
import { type VerifyResult, verifyChain } from './chain';
import { type ChainKey, type Digest, webCryptoDigest } from './hash';
import { Hex64, type LogRecord } from './layout';
import type { LogSnapshot } from './store';

export const EXPORT_FORMAT = 'equity-prompts-log';
export const EXPORT_VERSION = 2;

export interface LogHead {
  seq: number;
  hash: string;
}

export interface LogExport<R = unknown> {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  /** `prev` of the first record: genesis, or the hash of the last record dropped by retention. */
  anchor: string;
  /** Seq of the record the anchor is the hash of (0 for genesis). */
  anchorSeq: number;
  /** The log's last record when exported (the anchor when it holds none). */
  head: LogHead;
  count: number;
  records: R[];
}

const Seq = z.number().int().nonnegative();
const Head = z.object({ seq: Seq, hash: Hex64 });
const ExportShape = z.discriminatedUnion('version', [
  z.object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(1),
    exportedAt: z.string(),
    anchor: Hex64,
    records: z.array(z.unknown()),
  }),
  z.object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(2),
    exportedAt: z.string(),
    anchor: Hex64,
    anchorSeq: Seq,
    head: Head,
    count: Seq,
    records: z.array(z.unknown()),
  }),
]);

export type ExportSource<R = unknown> = Pick<LogSnapshot, 'anchor' | 'anchorSeq' | 'lastSeq' | 'headHash'> & {
  records: readonly R[];
};

export function buildExport<R>(snapshot: ExportSource<R>, exportedAt: Date): LogExport<R> {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    anchor: snapshot.anchor,
    anchorSeq: snapshot.anchorSeq,
    head: { seq: snapshot.lastSeq, hash: snapshot.headHash },
    count: snapshot.records.length,
    records: [...snapshot.records],
  };
}

/** Exports a consistent snapshot of the store (taken between appends). */
export async function exportLog(
  store: { snapshot(): Promise<LogSnapshot> },
  now: Date = new Date(),
): Promise<LogExport<LogRecord>> {
  return buildExport(await store.snapshot(), now);
}

/**
 * Checks an export, given as parsed JSON or as its text. With `key` (the background, when the
 * organisation set a secret), records keyed with it are checked with it; others for their links.
 */
export async function verifyExport(
  json: unknown,
  digest: Digest = webCryptoDigest,
  key: ChainKey | null = null,
): Promise<VerifyResult> {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      return unparseable('The file is not valid JSON.');
    }
  }
  const parsed = ExportShape.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return unparseable(
      `The file is not an ${EXPORT_FORMAT} version ${EXPORT_VERSION} export` +
        (issue ? ` (${issue.path.join('.') || 'file'}: ${issue.message}).` : '.'),
    );
  }
  const file = parsed.data;
  if (file.version === 1) {
    const segments = [{ chunkId: null, records: file.records }];
    return verifyChain(segments, { anchor: file.anchor, firstSeq: null }, undefined, digest, { key });
  }
  // The chain first: its findings name the record; then the count and head the file states.
  const result = await verifyChain(
    [{ chunkId: null, records: file.records }],
    { anchor: file.anchor, firstSeq: file.anchorSeq + 1 },
    undefined,
    digest,
    { key },
  );
  if (!result.ok) return result;
  if (file.count !== file.records.length) {
    return mismatch(
      `The file says it holds ${file.count} records but holds ${file.records.length}: records were removed or added.`,
    );
  }
  // The chain check passed, so the last record has a seq and a hash.
  const last = file.records.at(-1) as { seq: number; hash: string } | undefined;
  const end = last ? { seq: last.seq, hash: last.hash } : { seq: file.anchorSeq, hash: file.anchor };
  if (end.seq !== file.head.seq || end.hash !== file.head.hash) {
    return mismatch(
      `The file's records end at #${end.seq} (hash ${end.hash.slice(0, 12)}…) but its stated head is #${file.head.seq} (hash ${file.head.hash.slice(0, 12)}…): records were removed from or added to the end.`,
      Math.min(end.seq, file.head.seq) + 1,
    );
  }
  return { ...result, head: end };
}

function mismatch(message: string, firstBrokenSeq = 0): VerifyResult {
  return { ok: false, firstBrokenSeq, chunkId: null, reason: 'export-mismatch', message };
}

function unparseable(message: string): VerifyResult {
  return { ok: false, firstBrokenSeq: 0, chunkId: null, reason: 'unparseable-export', message };
}
