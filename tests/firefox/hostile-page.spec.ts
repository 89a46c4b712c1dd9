/**
 * The release build's page boundary in Firefox: the prompt panel's shadow root is closed, so a
 * booking page's own script can neither read the prompt nor reach its buttons, and what it dispatches
 * at the panel changes nothing. (Chromium, with the demo build: tests/e2e/hostile-page.spec.ts.)
 */
import {
  addBookingSystem,
  clickInPanel,
  expect,
  LOGGED_EVENTS,
  promptTitles,
  readPanel,
  test,
} from './firefox';

test('the page cannot read or drive the prompt: closed shadow root, forged events ignored', async ({
  firefox,
  sites,
}) => {
  await addBookingSystem(firefox, sites, 'Demo booking systems');
  const page = await firefox.browser.newPage();
  await page.goto(`${sites}/gp-form/?patient=p3`);
  await page.select('#appointment-type', 'TC');
  await expect
    .poll(() => promptTitles(firefox, page))
    .toEqual(expect.arrayContaining([expect.stringMatching(/^Interpreter needed/)]));
  const kinds = async () =>
    (await firefox.inExtension<Array<{ kind?: string; type: string }>>(LOGGED_EVENTS)).map(
      (e) => e.kind ?? e.type,
    );
  await expect.poll(kinds).toContain('displayed');
  const before = await kinds();

  const seen = await page.evaluate(() => {
    const host = document.querySelector('equity-prompts-panel');
    for (let i = 0; i < 500; i++) {
      host?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      host?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    }
    (host as HTMLElement | null)?.click();
    return {
      host: host !== null,
      shadowRoot: host?.shadowRoot ?? null,
      text: host?.textContent ?? '',
      marked: Array.from(document.documentElement.attributes, (a) => a.name).filter((n) =>
        n.includes('equity'),
      ),
    };
  });
  // The element is there (it must be, to show the prompt), but nothing of the prompt is readable, and
  // nothing else on the page says the extension is there.
  expect(seen).toEqual({ host: true, shadowRoot: null, text: '', marked: [] });
  expect((await readPanel(firefox, page)).pageSeesRoot).toBe(false);

  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await page.$eval('#appointment-type', (e) => (e as HTMLSelectElement).value)).toBe('TC');
  expect(await kinds()).toEqual(before);
  // A person's click still acts.
  await clickInPanel(firefox, page, /Switch to a face-to-face slot/);
  await expect.poll(() => page.$eval('#appointment-type', (e) => (e as HTMLSelectElement).value)).toBe('F2F');
});
