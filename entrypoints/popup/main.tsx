import '../../lib/zod-setup';
import { render } from 'preact';
import { PopupView } from '../../components/PopupView';
import { messaging } from '../../platform/protocol';

async function load() {
  // ?tabId= lets the popup be opened as a page for one tab (tests, keyboard users' bookmarks).
  const requested = Number(new URLSearchParams(location.search).get('tabId'));
  // activeTab: opening the popup lets us see this tab's address, and only this tab's.
  const active = (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const tabId = Number.isInteger(requested) && requested > 0 ? requested : active?.id;
  const address = active?.url && /^https?:/.test(active.url) ? active.url : undefined;
  const statuses = tabId === undefined ? [] : await messaging.sendMessage('getTabStatus', { tabId });
  render(
    <PopupView
      statuses={statuses}
      onOpenOptions={() => browser.runtime.openOptionsPage()}
      onWatchThisSite={
        address
          ? () =>
              void browser.tabs.create({
                url: browser.runtime.getURL(`/options.html?add=${encodeURIComponent(address)}`),
              })
          : undefined
      }
      onOpenLog={() => void browser.tabs.create({ url: browser.runtime.getURL('/log.html') })}
    />,
    document.getElementById('app')!,
  );
}

void load();
