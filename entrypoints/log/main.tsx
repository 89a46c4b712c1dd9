/** The auditor's log page: wires extension storage (read-only) and the background's messages to LogPage. */
import '../../lib/zod-setup';
import { render } from 'preact';
import { type LogApi, LogPage, type LogSource } from '../../components/log/LogPage';
import { nextTask } from '../../components/log/tasks';
import { makeDayKeyer } from '../../lib/log/view-model';
import { LogViewReader } from '../../lib/log/view-reader';
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
  verifyFile: (text) => messaging.sendMessage('verifyExportFile', { text }),
  clear: (reason) => messaging.sendMessage('clearLog', { reason }),
  applyRetention: () => messaging.sendMessage('applyRetention'),
};

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const reader = new LogViewReader(source.get, makeDayKeyer(timeZone), { pause: nextTask });
// Storage starts on the newest events now, while the page renders its first frame.
reader.prefetch();

render(
  <LogPage source={source} api={api} timeZone={timeZone} reader={reader} />,
  document.getElementById('app')!,
);
