import { render } from 'preact';
import { PopupView } from '../../components/PopupView';
import { messaging } from '../../platform/protocol';

async function load() {
  // ?tabId= lets the popup be opened as a page for one tab (tests, keyboard users' bookmarks).
  const requested = Number(new URLSearchParams(location.search).get('tabId'));
  const tabId =
    Number.isInteger(requested) && requested > 0
      ? requested
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const statuses = tabId === undefined ? [] : await messaging.sendMessage('getTabStatus', { tabId });
  render(
    <PopupView
      statuses={statuses}
      onOpenOptions={() => browser.runtime.openOptionsPage()}
      onOpenLog={() => void browser.tabs.create({ url: browser.runtime.getURL('/log.html') })}
    />,
    document.getElementById('app')!,
  );
}

void load();
