import { expect, test } from './extension';

test('scratch: permission request headless', async ({ page, openExtensionPage, serviceWorker }) => {
  void page;
  const options = await openExtensionPage('options.html');
  await options.getByLabel('Address of the booking system').fill('https://booking.example.nhs.uk/appointments');
  await options.getByRole('button', { name: 'Add and allow access' }).click();
  await options.waitForTimeout(3000);
  console.log(await options.getByTestId('site-progress').textContent());
  console.log(await serviceWorker.evaluate(() => chrome.permissions.contains({ origins: ['https://booking.example.nhs.uk/*'] })));
  await options.screenshot({ path: '/tmp/ep/added.png', fullPage: true });
});
