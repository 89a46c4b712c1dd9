/** The auditor's log page: wires extension storage (read-only) and the background's messages to LogPage. */
import { render } from 'preact';
import { type LogApi, LogPage, type LogSource } from '../../components/log/LogPage';
import { messaging } from '../../platform/protocol';

const source: LogSource = {
  get: (keys) => browser.storage.local.get(keys),
  onChange(listener) {
    const handler = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local') listener(Object.keys(changes));
    };
    browser.storage.onChanged.addListener(handler);
    return () => browser.storage.onChanged.removeListener(handler);
  },
};

const api: LogApi = {
  status: () => messaging.sendMessage('logStatus'),
  verify: () => messaging.sendMessage('verifyLog'),
  clear: (reason) => messaging.sendMessage('clearLog', { reason }),
  applyRetention: () => messaging.sendMessage('applyRetention'),
};

render(
  <LogPage source={source} api={api} timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone} />,
  document.getElementById('app')!,
);
