/**
 * Recognising the moment a booking is confirmed: a click on the profile's confirm button, or, for the
 * generic profile, on a button that says Book/Confirm/Save, or the submit of the form holding the
 * slot-type control.
 */
import { collapse } from '../../lib/profiles/page-text';

const CONFIRM_WORDS = /\b(book|confirm|save|schedule|submit)\b/i;

export function isConfirmClick(target: EventTarget | null, confirmSelector: string | undefined): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as Element;
  if (confirmSelector) {
    try {
      return el.closest(confirmSelector) !== null;
    } catch {
      return false;
    }
  }
  const button = el.closest('button, input[type="submit"], input[type="button"], [role="button"]');
  if (!button) return false;
  if (button.getAttribute('type') === 'submit' && button.closest('form')) return false; // counted on submit
  const text = collapse(
    `${button.textContent ?? ''} ${(button as HTMLInputElement).value ?? ''} ${button.getAttribute('aria-label') ?? ''}`,
  );
  return CONFIRM_WORDS.test(text) && !/\b(cancel|back|search)\b/i.test(text);
}
