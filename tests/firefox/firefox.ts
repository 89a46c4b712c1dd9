/**
 * The Firefox tier: the built *release* extension installed into Debian's Firefox ESR, driven over
 * WebDriver BiDi by puppeteer-core (scripts/firefox.mjs; Playwright cannot drive a stock Firefox).
 * Playwright Test is only the runner here, for its fixtures, `expect.poll` and the JSON totals
 * `npm test` reads. Every test gets a fresh Firefox profile.
 */
import { test as base } from '@playwright/test';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { type FirefoxOptions, launchFirefox } from '../../scripts/firefox.mjs';
import { startSiteServer } from '../../scripts/serve-sites.mjs';

export {
  addBookingSystem,
  clickInPanel,
  EXTENSION_ORIGIN,
  GECKO_ID,
  LOGGED_EVENTS,
  launchFirefox,
  promptTitles,
  readPanel,
} from '../../scripts/firefox.mjs';
export type Firefox = Awaited<ReturnType<typeof launchFirefox>>;

/** A RegExp or string as it crosses into the page. */
type Name = string | RegExp;
const wire = (name: Name) =>
  typeof name === 'string' ? { text: name } : { source: name.source, flags: name.flags };

/**
 * The first visible element matching `selector` whose accessible name (aria-label, associated label,
 * or text) matches `name`, in an extension page or a booking page (not the prompt panel, whose shadow
 * root is closed: see readPanel and clickInPanel). Waits for it.
 */
export async function findByName(
  where: Page | Frame,
  selector: string,
  name: Name,
  { timeout = 10_000 } = {},
): Promise<ElementHandle<Element>> {
  const handle = await where.waitForFunction(
    (sel: string, wanted: { text?: string; source?: string; flags?: string }) => {
      const root: ParentNode = document;
      const matches = (value: string) =>
        wanted.text !== undefined
          ? value.trim() === wanted.text
          : new RegExp(wanted.source ?? '', wanted.flags).test(value);
      for (const element of Array.from(root.querySelectorAll(sel))) {
        const html = element as HTMLElement;
        if (html.offsetParent === null && getComputedStyle(html).position !== 'fixed') continue;
        const labels = 'labels' in html ? Array.from((html as HTMLInputElement).labels ?? []) : [];
        const names = [
          html.getAttribute('aria-label') ?? '',
          ...labels.map((l) => l.textContent ?? ''),
          html.textContent ?? '',
        ];
        if (names.some((n) => n && matches(n))) return element;
      }
      return null;
    },
    { timeout },
    selector,
    wire(name),
  );
  const element = handle.asElement();
  if (!element) throw new Error(`No ${selector} named ${String(name)}`);
  return element as ElementHandle<Element>;
}

interface Fixtures {
  firefox: Firefox;
  firefoxOptions: FirefoxOptions;
}
interface WorkerFixtures {
  /** Origin of the local demo booking systems, e.g. http://127.0.0.1:41234 */
  sites: string;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  sites: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
    async ({}, use) => {
      const server = await startSiteServer({ port: 0 });
      await use(server.origin);
      await server.close();
    },
    { scope: 'worker' },
  ],
  firefoxOptions: [{}, { option: true }],
  firefox: async ({ firefoxOptions }, use) => {
    const firefox = await launchFirefox(firefoxOptions);
    await use(firefox);
    await firefox.close();
  },
});

export const expect = test.expect;
