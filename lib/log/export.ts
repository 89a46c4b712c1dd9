/**
 * JSON export of the log, and a check of such a file that needs nothing but the file: it runs the
 * same `verifyChain` as the live store, from the anchor the file states. (A file alone cannot show
 * records cut from its end, nor stop someone who rewrites every hash; it shows that what is there
 * hangs together as the writer made it.)
 */
import { z } from 'zod';
import { type VerifyResult, verifyChain } from './chain';
import { type Digest, webCryptoDigest } from './hash';
import { Hex64, type LogRecord } from './layout';
import type { LogSnapshot } from './store';

export const EXPORT_FORMAT = 'equity-prompts-log';
export const EXPORT_VERSION = 1;

export interface LogExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  /** `prev` of the first record: genesis, or the hash of the last record dropped by retention. */
  anchor: string;
  records: LogRecord[];
}

const ExportShape = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  anchor: Hex64,
  records: z.array(z.unknown()),
});

export function buildExport(snapshot: Pick<LogSnapshot, 'anchor' | 'records'>, exportedAt: Date): LogExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    anchor: snapshot.anchor,
    records: snapshot.records,
  };
}

/** Exports a consistent snapshot of the store (taken between appends). */
export async function exportLog(
  store: { snapshot(): Promise<LogSnapshot> },
  now: Date = new Date(),
): Promise<LogExport> {
  return buildExport(await store.snapshot(), now);
}

/** Checks an export, given as parsed JSON or as its text. */
export async function verifyExport(json: unknown, digest: Digest = webCryptoDigest): Promise<VerifyResult> {
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
  return verifyChain(
    [{ chunkId: null, records: parsed.data.records }],
    { anchor: parsed.data.anchor, firstSeq: null },
    undefined,
    digest,
  );
}

function unparseable(message: string): VerifyResult {
  return { ok: false, firstBrokenSeq: 0, chunkId: null, reason: 'unparseable-export', message };
}
