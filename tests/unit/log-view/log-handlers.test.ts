import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { isExtensionPage } from '../../../platform/senders';

describe('isExtensionPage (who may verify, clear or apply retention)', () => {
  const page = fakeBrowser.runtime.getURL('/log.html');
  it('accepts the extension’s own pages', () => {
    expect(isExtensionPage({ id: fakeBrowser.runtime.id, url: page })).toBe(true);
  });
  it('refuses content scripts (same extension id, web page URL) and other extensions', () => {
    expect(isExtensionPage({ id: fakeBrowser.runtime.id, url: 'https://booking.example/nhs' })).toBe(false);
    expect(isExtensionPage({ id: fakeBrowser.runtime.id })).toBe(false);
    expect(isExtensionPage({ id: 'another-extension', url: page })).toBe(false);
  });
});
