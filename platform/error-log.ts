/**
 * The error log a manager sees: errors caught in content scripts and the background, capped. Every
 * entry passes through recordError, which drops query strings and identifier-like path segments from
 * addresses and screens messages (lib/privacy/url.ts): whatever the caller sent.
 */
import { scrubErrorText, scrubPageAddress } from '../lib/privacy/url';
import { serial } from './serial';
import { ERROR_LOG_LIMIT, type ErrorEntry, errorLogItem } from './storage';

const queue = serial();

export function recordError(entry: Omit<ErrorEntry, 'time'>): Promise<void> {
  return queue(async () => {
    const log = await errorLogItem.getValue();
    const scrubbed = {
      where: scrubErrorText(entry.where),
      message: scrubErrorText(entry.message),
      page: entry.page ? scrubPageAddress(entry.page) : '',
    };
    const next = [...(Array.isArray(log) ? log : []), { ...scrubbed, time: new Date().toISOString() }];
    await errorLogItem.setValue(next.slice(-ERROR_LOG_LIMIT));
  });
}

/**
 * A message field as text for the error log, never throwing: messages are untrusted, and an object
 * whose toString is not a function makes String() throw.
 */
export function plainText(value: unknown, max: number): string {
  if (typeof value === 'string') return value.slice(0, max);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return '';
  return `(${typeof value})`;
}
