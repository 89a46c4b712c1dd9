/**
 * The built demo extension on the real booking screens from other projects (OpenMRS 3 and
 * Easy!Appointments, rendered from their own templates: ../shared/real-pages, served under /real/).
 * The built-in profiles recognise the systems from the page alone; the prompt names the patient's
 * needs, goes when the slot changes, and its face-to-face suggestion changes the page's own control
 * so that the page's own script reacts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, REAL_PAGES_DIR, test } from './extension';

const HAVE_REAL_PAGES = existsSync(path.join(REAL_PAGES_DIR, 'openmrs3', 'booking.html'));
test.skip(!HAVE_REAL_PAGES, `real pages not found in ${REAL_PAGES_DIR}: e2e on real booking screens skipped`);

const cards = (page: Page) => page.locator('equity-prompts-panel').getByRole('article');
const card = (page: Page, rule: string) => page.locator(`equity-prompts-panel article[data-rule="${rule}"]`);

test.describe('OpenMRS 3 "Create new appointment"', () => {
  test('Virtual raises the interpreter and digital-access prompts for the banner tags; Scheduled leaves only "book the interpreter"', async ({
    page,
    sites,
  }) => {
    await page.goto(`${sites}/real/openmrs3/booking.html`);
    const type = page.locator('select#appointmentType');
    await expect(type).toHaveValue('');
    await page.waitForTimeout(300);
    await expect(cards(page)).toHaveCount(0);

    await type.selectOption('Virtual');
    const interpreter = card(page, 'interpreter-telephone-online');
    await expect(interpreter).toContainText('Interpreter needed (Polish)');
    // OpenMRS "Virtual" does not say which: the card names it telephone or video, quoting the page.
    await expect(interpreter).toContainText(/telephone or video/i);
    await expect(interpreter).toContainText('(Virtual)');
    await expect(interpreter).toContainText('Patient tags: Polish interpreter required');
    await expect(card(page, 'no-digital-access')).toContainText('No digital access');

    // Face-to-face meets the digital need; the interpreter must still be booked (information, not a switch).
    await type.selectOption('Scheduled');
    await expect(cards(page)).toHaveCount(1);
    await expect(card(page, 'interpreter-in-person')).toContainText(
      'Interpreter needed (Polish): book one for this face-to-face appointment',
    );
  });

  test('the face-to-face suggestion sets the appointment type, and the page sees the change', async ({
    page,
    sites,
  }) => {
    await page.goto(`${sites}/real/openmrs3/booking.html`);
    const type = page.locator('select#appointmentType');
    await type.selectOption('Virtual');
    // The page's own script keeps the select's title in step with the choice.
    await expect(type).toHaveAttribute('title', 'Virtual');
    const interpreter = card(page, 'interpreter-telephone-online');
    await interpreter
      .getByRole('button', { name: /face-to-face/i })
      .first()
      .click();
    await expect(type).toHaveValue('Scheduled');
    await expect(type).toHaveAttribute('title', 'Scheduled');
    await expect(interpreter).toContainText(/Changed/);
    await interpreter.getByRole('button', { name: 'Undo' }).click();
    await expect(type).toHaveValue('Virtual');
    await expect(type).toHaveAttribute('title', 'Virtual');
  });
});

test.describe('Easy!Appointments booking wizard', () => {
  test('a video service with "no internet" in the custom fields raises the prompt; the face-to-face service clears it', async ({
    page,
    sites,
  }) => {
    await page.goto(`${sites}/real/easyappointments/booking.html`);
    const service = page.locator('select#select-service');
    await expect(service).toHaveValue('3');
    const digital = card(page, 'no-digital-access');
    await expect(digital).toContainText(/video/i);
    await expect(digital).toContainText('No internet or smartphone at home, landline only');
    // Read through the built-in profile's regions (the generic profile names fields by their labels).
    await expect(digital).toContainText('Custom fields');

    // Face-to-face clears the digital prompt; the patient's Urdu interpreter must still be booked.
    await service.selectOption('1');
    await expect(digital).toHaveCount(0);
    await expect(cards(page)).toHaveCount(1);
    await expect(card(page, 'interpreter-in-person')).toContainText(
      'Interpreter needed (Urdu): book one for this face-to-face appointment',
    );
    await service.selectOption('5');
    await expect(card(page, 'interpreter-telephone-online')).toContainText('Interpreter needed (Urdu)');
  });

  test('the face-to-face suggestion picks the face-to-face service, and the page updates its header and description', async ({
    page,
    sites,
  }) => {
    await page.goto(`${sites}/real/easyappointments/booking.html`);
    const header = page.locator('.display-booking-selection');
    await expect(header).toHaveText('GP appointment - video │ Priya Nair');
    const digital = card(page, 'no-digital-access');
    await digital
      .getByRole('button', { name: /face-to-face/i })
      .first()
      .click();
    await expect(page.locator('select#select-service')).toHaveValue('1');
    await expect(header).toHaveText('GP appointment - face to face │ Priya Nair');
    await expect(page.locator('#service-description')).toContainText('Riverside Health Centre, 2 Mill Lane');
    await expect(digital).toContainText(/Changed/);
  });
});
