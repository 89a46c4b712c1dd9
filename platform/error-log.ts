/** The error log a manager sees: errors caught in content scripts and the background, capped. */
import { serial } from './serial';
import { ERROR_LOG_LIMIT, type ErrorEntry, errorLogItem } from './storage';

const queue = serial();

export function recordError(entry: Omit<ErrorEntry, 'time'>): Promise<void> {
  return queue(async () => {
    const log = await errorLogItem.getValue();
    const next = [...(Array.isArray(log) ? log : []), { ...entry, time: new Date().toISOString() }];
    await errorLogItem.setValue(next.slice(-ERROR_LOG_LIMIT));
  });
}
