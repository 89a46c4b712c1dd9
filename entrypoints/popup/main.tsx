import { render } from 'preact';
import { PopupView } from '../../components/PopupView';
import { messaging } from '../../platform/protocol';

async function load() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const statuses = tab?.id === undefined ? [] : await messaging.sendMessage('getTabStatus', { tabId: tab.id });
  render(
    <PopupView
      statuses={statuses}
      onOpenOptions={() => browser.runtime.openOptionsPage()}
      onOpenLog={() => browser.tabs.create({ url: browser.runtime.getURL('/log.html') })}
    />,
    document.getElementById('app')!,
  );
}

void load();
