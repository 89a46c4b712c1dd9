/** The popup tells the receptionist what the extension read on the current tab. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './extension';

test('popup shows the profile, the needs with evidence, the channel and the prompts', async ({
  page,
  sites,
  serviceWorker,
  openExtensionPage,
}) => {
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.selectOption('#appointment-type', 'TC');
  await expect(page.locator('equity-prompts-panel').getByRole('article').first()).toBeVisible();
  const tabId = await serviceWorker.evaluate(async (url) => {
    const tabs = await (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> } };
      }
    ).chrome.tabs.query({});
    return tabs.find((t) => t.url?.startsWith(url))?.id;
  }, `${sites}/gp-form/`);
  const popup = await openExtensionPage(`popup.html?tabId=${tabId}`);
  await expect(popup.getByText('Demo booking systems (127.0.0.1)')).toBeVisible();
  await expect(popup.locator('main')).toContainText('Interpreter needed - Polish');
  await expect(popup.locator('main')).toContainText(/Telephone/);
  await expect(popup.locator('main')).toContainText(/Warning/);
  const axe = await new AxeBuilder({ page: popup }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('popup on a page that is not a booking system says so', async ({
  page,
  openExtensionPage,
  serviceWorker,
}) => {
  await page.goto('about:blank');
  const tabId = await serviceWorker.evaluate(async () => {
    const tabs = await (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } }
    ).chrome.tabs.query({});
    return tabs[0]?.id;
  });
  const popup = await openExtensionPage(`popup.html?tabId=${tabId}`);
  await expect(popup.getByText(/not a booking system the extension watches/)).toBeVisible();
});
