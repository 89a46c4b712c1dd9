import { afterEach, describe, expect, it, vi } from 'vitest';
import { askAgain, withDeadline } from '../../lib/deadline';

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

describe('askAgain', () => {
  it('asks again, later each time, until an answer comes', async () => {
    vi.useFakeTimers();
    const ask = vi
      .fn()
      .mockRejectedValueOnce(new Error('stopped'))
      .mockRejectedValueOnce(new Error('stopped'));
    ask.mockResolvedValue('config');
    const answer = askAgain(ask, { attempts: 5, maxWaitMs: 5000 });
    await vi.advanceTimersByTimeAsync(249);
    expect(ask).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1); // 250 ms after the first failure
    expect(ask).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(500); // then 500 ms
    await expect(answer).resolves.toBe('config');
    expect(ask).toHaveBeenCalledTimes(3);
  });

  it('waits no longer than maxWaitMs, and gives up with the last error', async () => {
    vi.useFakeTimers();
    let n = 0;
    const result = askAgain(() => Promise.reject(new Error(`no answer ${++n}`)), {
      attempts: 4,
      maxWaitMs: 300,
    });
    const settled = expect(result).rejects.toThrow('no answer 4');
    await vi.advanceTimersByTimeAsync(250 + 300 + 300);
    await settled;
    expect(n).toBe(4);
  });
});
