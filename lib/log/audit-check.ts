/**
 * Whether an audit record (of a clear or a retention run) can be read back from storage among the
 * newest records: the change is evidence only with it.
 */
import { LogCorruptError, type LogStore } from './store';

const LOOK_BACK = 10;

export async function auditRecordStored(store: LogStore, auditId: string): Promise<boolean> {
  const { lastSeq } = store.info();
  try {
    const recent = await store.readRange(Math.max(1, lastSeq - LOOK_BACK), lastSeq);
    return recent.some((record) => record.event.id === auditId);
  } catch (error) {
    if (error instanceof LogCorruptError) return false; // the chunk holding it is gone or unreadable
    throw error;
  }
}
