/**
 * The whole path through every layer, in one test: the content script reads the patient's need and
 * the chosen appointment type on the demo GP form, the prompt appears, its fix changes the page's
 * select (the page sees the change event), the background appends the FlagEvent to storage, the
 * options page lists the rule, and the log page lists the event.
 */
import { expect, test } from './extension';

test('need read → prompt → fix applied → event stored → rule in options → event in the log', async ({
  page,
  sites,
  serviceWorker,
  openExtensionPage,
}) => {
  await page.goto(`${sites}/gp-form/?patient=p3`);
  // Listen as the booking system itself would.
  await page.evaluate(() => {
    const w = window as unknown as { __changes: string[] };
    w.__changes = [];
    document.getElementById('appointment-type')!.addEventListener('change', (e) => {
      w.__changes.push((e.target as HTMLSelectElement).value);
    });
  });
  await page.selectOption('#appointment-type', 'TC');
  const card = page.locator('equity-prompts-panel').getByRole('article').first();
  await expect(card).toContainText('Interpreter needed - Polish');
  await card.getByRole('button', { name: /Switch to a face-to-face slot/ }).click();
  await expect(page.locator('#appointment-type')).toHaveValue('F2F');
  expect(await page.evaluate(() => (window as unknown as { __changes: string[] }).__changes)).toEqual([
    'TC',
    'F2F',
  ]);

  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => {
        const all = await chrome.storage.local.get(null);
        return Object.entries(all)
          .filter(([key]) => key.startsWith('log:chunk:'))
          .flatMap(([, body]) => {
            const records = Array.isArray(body) ? body : ((body as { records?: unknown[] }).records ?? []);
            return (records as Array<{ event: { type: string; kind?: string; ruleId?: string } }>).map(
              (r) => r.event,
            );
          })
          .filter((e) => e.type === 'flag' && e.kind === 'accepted')
          .map((e) => e.ruleId);
      }),
    )
    .toEqual(['interpreter-telephone-online']);

  const options = await openExtensionPage('options.html#rules');
  await expect(options.getByText('Interpreter needed: telephone or online slot').first()).toBeVisible();
  // The site list knows the demo site was seen and raised prompts: the telephone warning, then, once
  // the slot is face-to-face, the card asking for the interpreter to be booked for the visit.
  await options.goto(options.url().replace('#rules', '#sites'));
  await expect(options.locator('[data-site="demo-sites"] [data-activity]')).toContainText(
    /Last seen .* 2 prompts raised/,
  );

  const log = await openExtensionPage('log.html');
  const grid = log.getByRole('grid', { name: 'Log events' });
  await expect(grid).toContainText('Prompt accepted');
  await expect(grid).toContainText('Prompt shown');
});
