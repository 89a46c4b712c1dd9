/**
 * The background injects page code only into the frame that asked, only for our own scripts, and
 * only on a watched page; the loader's message and error reports are read defensively.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BOOKING_SCRIPT, injectIntoSender, PANEL_SCRIPT } from '../../../platform/booking-injection';
import { plainText } from '../../../platform/error-log';
import { isStartBooking, START_BOOKING } from '../../../platform/loader-message';

const WATCHED = 'https://booking.example.nhs.uk/appointments';
const allowed = async (url: string) => url.startsWith('https://booking.example.nhs.uk/');

function spyExecute() {
  return vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
}

afterEach(() => vi.restoreAllMocks());

describe('injectIntoSender', () => {
  const sender = { id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId: 3, url: WATCHED };

  it('injects into the exact document when the browser names it (Chrome)', async () => {
    const execute = spyExecute();
    expect(await injectIntoSender({ ...sender, documentId: 'doc-1' } as never, BOOKING_SCRIPT, allowed)).toBe(
      true,
    );
    expect(execute).toHaveBeenCalledWith({
      target: { tabId: 7, documentIds: ['doc-1'] },
      files: [BOOKING_SCRIPT],
    });
  });

  it('falls back to the frame id (Firefox has no document ids)', async () => {
    const execute = spyExecute();
    expect(await injectIntoSender(sender, PANEL_SCRIPT, allowed)).toBe(true);
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [PANEL_SCRIPT] });
  });

  it.each([
    ['another extension', { ...sender, id: 'someone-else' }],
    ['no tab (an extension page)', { ...sender, tab: undefined }],
    ['no address', { ...sender, url: undefined }],
    ['a page that is not watched (the frame moved on)', { ...sender, url: 'https://elsewhere.example/' }],
  ])('refuses %s and injects nothing', async (_name, who) => {
    const execute = spyExecute();
    expect(await injectIntoSender(who as never, BOOKING_SCRIPT, allowed)).toBe(false);
    expect(execute).not.toHaveBeenCalled();
  });
});

describe("the loader's message", () => {
  it('is recognised only in its own shape', () => {
    expect(isStartBooking({ equityPrompts: START_BOOKING })).toBe(true);
    for (const other of [
      null,
      undefined,
      'start-booking',
      {},
      { equityPrompts: 'other' },
      { type: 'getPageConfig' },
    ]) {
      expect(isStartBooking(other)).toBe(false);
    }
  });
});

describe('plainText (error report fields)', () => {
  it('keeps text, cut to length, and never throws on odd values', () => {
    expect(plainText('abc', 2)).toBe('ab');
    expect(plainText(42, 10)).toBe('42');
    expect(plainText(null, 10)).toBe('');
    expect(plainText({ toString: 1 }, 10)).toBe('(object)');
    expect(plainText(Symbol('x'), 10)).toBe('(symbol)');
  });
});
