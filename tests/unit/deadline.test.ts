import { afterEach, describe, expect, it, vi } from 'vitest';
import { withDeadline } from '../../lib/deadline';

afterEach(() => {
  vi.useRealTimers();
});

describe('withDeadline', () => {
  it('passes on an answer in time, and rejects when none comes', async () => {
    await expect(withDeadline(Promise.resolve('h-1'), 50, 'hookInstance')).resolves.toBe('h-1');
    vi.useFakeTimers();
    const never = withDeadline(new Promise<string>(() => {}), 3000, 'hookInstance');
    const settled = expect(never).rejects.toThrow('hookInstance: no answer within 3000 ms');
    await vi.advanceTimersByTimeAsync(3000);
    await settled;
  });
});
