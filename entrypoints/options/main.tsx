/** The options page: wires the browser and the background to the Preact app (components/options). */
import '../../lib/zod-setup';
import { render } from 'preact';
import type { OptionsApi } from '../../components/options/api';
import { OptionsApp } from '../../components/options/OptionsApp';
import { SETUP_REQUEST_KEY, type SetupRequest } from '../../components/options/page-setup/types';
import { messaging } from '../../platform/protocol';

const WATCHED_KEYS = ['settings', 'settingsWarnings', 'settingsSetAside', 'errorLog'];

const api: OptionsApi = {
  state: () => messaging.sendMessage('optionsState'),
  addSite: (address, name) => messaging.sendMessage('optionsAddSite', { address, name }),
  removeSite: (id) => messaging.sendMessage('optionsRemoveSite', { id }),
  save: (changes) => messaging.sendMessage('optionsSave', { changes }),
  importSettings: (settings) => messaging.sendMessage('optionsImport', { settings }),
  clearErrors: () => messaging.sendMessage('optionsClearErrors'),
  ruleStats: () => messaging.sendMessage('ruleStats'),
  // No await before this call: it must run inside the click that asked for it.
  requestAccess: (pattern) => browser.permissions.request({ origins: [pattern] }),
  removeAccess: (pattern) => browser.permissions.remove({ origins: [pattern] }),
  async tabsFor(pattern) {
    const tabs = await browser.tabs.query({ url: pattern });
    return tabs.flatMap((t) =>
      t.id === undefined || !t.url
        ? []
        : [{ id: t.id, windowId: t.windowId ?? -1, title: t.title ?? t.url, url: t.url }],
    );
  },
  async showTab(tab) {
    await browser.tabs.update(tab.id, { active: true });
    if (tab.windowId >= 0)
      await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
  },
  async showSelf() {
    const self = await browser.tabs.getCurrent();
    if (self?.id !== undefined) await browser.tabs.update(self.id, { active: true });
    if (self?.windowId !== undefined)
      await browser.windows.update(self.windowId, { focused: true }).catch(() => undefined);
  },
  async setupInTab<R>(tabId: number, request: SetupRequest): Promise<R> {
    // Leave the request in the tab's isolated world, then run the setup script that reads it.
    await browser.scripting.executeScript({
      target: { tabId },
      func: (key: string, value: unknown) => {
        (globalThis as Record<string, unknown>)[key] = value;
      },
      args: [SETUP_REQUEST_KEY, request],
    });
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/page-setup.js'] });
    return first?.result as R;
  },
  download(fileName, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  subscribe(listener) {
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || (area === 'local' && WATCHED_KEYS.some((k) => k in changes))) listener();
    };
    const onPermissions = () => listener();
    browser.storage.onChanged.addListener(onStorage);
    browser.permissions.onAdded.addListener(onPermissions);
    browser.permissions.onRemoved.addListener(onPermissions);
    return () => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.permissions.onAdded.removeListener(onPermissions);
      browser.permissions.onRemoved.removeListener(onPermissions);
    };
  },
};

const prefill = new URLSearchParams(location.search).get('add') ?? undefined;
render(<OptionsApp api={api} prefillAddress={prefill} />, document.getElementById('app')!);
