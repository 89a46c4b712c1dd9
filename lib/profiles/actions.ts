/**
 * Acting on the slot-type control when, and only when, the receptionist clicks a suggestion. It does
 * what a person would: picks the option, clicks the radio or the slot card, and sends the events a
 * real action sends, so framework-controlled inputs (React and the like) see the change. It never
 * submits or books anything.
 */
import type { Channel } from '../model';
import { type ChannelChoice, type ChannelControlHandle, choicesOf } from './channel-control';
import { collapse, controlLabel } from './page-text';

export type ActionResult =
  | { ok: true; description: string; undo: () => ActionResult }
  | { ok: false; reason: string; manual: string };

function fire(el: Element, type: 'input' | 'change'): void {
  const view = el.ownerDocument?.defaultView;
  const EventCtor = view?.Event ?? Event;
  el.dispatchEvent(new EventCtor(type, { bubbles: true }));
}

/**
 * Sets a form control's value through the prototype's setter, not the element's own property, so
 * value trackers that frameworks install on the element notice that the value changed.
 */
function setNativeValue(el: HTMLSelectElement | HTMLInputElement, value: string): void {
  let proto: object | null = Object.getPrototypeOf(el);
  while (proto) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
    if (descriptor?.set) {
      descriptor.set.call(el, value);
      break;
    }
    proto = Object.getPrototypeOf(proto);
  }
  if (el.value !== value) el.value = value;
  fire(el, 'input');
  fire(el, 'change');
}

function selectValue(select: HTMLSelectElement, value: string, text: string, label: string): ActionResult {
  const previous = select.value;
  const previousText =
    select.selectedIndex >= 0 ? collapse(select.options[select.selectedIndex]?.textContent ?? '') : '';
  setNativeValue(select, value);
  return {
    ok: true,
    description: `${label}: "${previousText || previous}" → "${text}"`,
    undo: () => selectValue(select, previous, previousText, label),
  };
}

function clickChoice(
  choice: Element,
  text: string,
  previous: Element | undefined,
  previousText: string,
  label: string,
): ActionResult {
  (choice as HTMLElement).click();
  return {
    ok: true,
    description: `${label}: "${previousText || 'none'}" → "${text}"`,
    undo: () => {
      if (!previous) {
        return {
          ok: false,
          reason: 'Nothing was chosen before, so there is nothing to go back to.',
          manual: `Choose the slot type you want in "${label}".`,
        };
      }
      return clickChoice(previous, previousText, choice, text, label);
    },
  };
}

/** In a grid, the card with the wanted channel nearest (in page order) to the one chosen now. */
function nearest(choices: ChannelChoice[], target: Channel): ChannelChoice | undefined {
  const current = choices.findIndex((c) => c.selected);
  let best: ChannelChoice | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  choices.forEach((choice, index) => {
    if (choice.channel !== target) return;
    if (
      (choice.element as HTMLButtonElement).disabled ||
      choice.element.getAttribute('aria-disabled') === 'true'
    )
      return;
    const distance = current === -1 ? index : Math.abs(index - current);
    if (distance < bestDistance) {
      best = choice;
      bestDistance = distance;
    }
  });
  return best;
}

/**
 * The choice to switch to: an enabled one with the wanted channel, preferring the chosen option's
 * own group (a select's optgroup, e.g. "Nurse appointments"), so the clinician type stays the same.
 */
function preferredChoice(
  choices: ChannelChoice[],
  current: ChannelChoice | undefined,
  target: Channel,
): ChannelChoice | undefined {
  const candidates = choices.filter(
    (c) => c.channel === target && !(c.element as HTMLOptionElement).disabled,
  );
  const group = current?.element.parentElement;
  const sameGroup =
    group?.tagName === 'OPTGROUP' ? candidates.find((c) => c.element.parentElement === group) : undefined;
  return sameGroup ?? candidates[0];
}

export function manualChannelInstruction(handle: ChannelControlHandle | undefined, target: string): string {
  return handle
    ? `Choose a ${target} slot in "${handle.label}" yourself.`
    : `Choose a ${target} slot on the booking page yourself.`;
}

export function applyChannel(
  handle: ChannelControlHandle | undefined,
  target: Channel,
  targetLabel: string,
): ActionResult {
  if (!handle?.element.isConnected) {
    return {
      ok: false,
      reason: 'The slot-type control is not on the page.',
      manual: manualChannelInstruction(handle, targetLabel),
    };
  }
  const choices = choicesOf(handle);
  const current = choices.find((c) => c.selected);
  if (handle.kind === 'grid') {
    const card = nearest(choices, target);
    if (!card) {
      return {
        ok: false,
        reason: `No ${targetLabel} slot is free in this list.`,
        manual: `Look for a ${targetLabel} slot on another day or with another clinician.`,
      };
    }
    return clickChoice(card.element, card.text, current?.element, current?.text ?? '', handle.label);
  }
  const choice = preferredChoice(choices, current, target);
  if (!choice) {
    return {
      ok: false,
      reason: `"${handle.label}" has no ${targetLabel} option.`,
      manual: manualChannelInstruction(handle, targetLabel),
    };
  }
  if (handle.kind === 'select') {
    return selectValue(
      handle.element as HTMLSelectElement,
      (choice.element as HTMLOptionElement).value,
      choice.text,
      handle.label,
    );
  }
  if (handle.kind === 'radio') {
    return clickChoice(choice.element, choice.text, current?.element, current?.text ?? '', handle.label);
  }
  if (handle.kind === 'checkbox') {
    // Both choices are the same box: clicking it toggles, and clicking again undoes.
    if (choice.selected) {
      return {
        ok: false,
        reason: `"${handle.label}" already shows ${targetLabel}.`,
        manual: manualChannelInstruction(handle, targetLabel),
      };
    }
    return clickChoice(choice.element, choice.text, current?.element, current?.text ?? '', handle.label);
  }
  return {
    ok: false,
    reason: 'This page shows the slot type as text only.',
    manual: manualChannelInstruction(handle, targetLabel),
  };
}

const DURATION_LABEL = /\b(duration|length|minutes?|mins?|slot length|appointment length)\b/i;

/** The slot-length control: the profile's, else a select or number field labelled like one. */
export function findDurationControl(
  root: ParentNode,
  selector?: string,
): HTMLSelectElement | HTMLInputElement | undefined {
  if (selector) {
    try {
      const el = root.querySelector(selector);
      if (el && (el.tagName === 'SELECT' || el.tagName === 'INPUT'))
        return el as HTMLSelectElement | HTMLInputElement;
    } catch {
      return undefined;
    }
    return undefined;
  }
  for (const el of Array.from(
    root.querySelectorAll<HTMLSelectElement | HTMLInputElement>('select, input[type="number"]'),
  ).slice(0, 200)) {
    const words = `${controlLabel(el)} ${el.getAttribute('name') ?? ''} ${el.id}`;
    if (DURATION_LABEL.test(words)) return el;
  }
  return undefined;
}

function minutesOf(text: string): number {
  const match = /(\d{1,3})/.exec(text);
  return match ? Number(match[1]) : Number.NaN;
}

/** Picks the next longer slot length (select), or doubles the minutes (number field). */
export function applyLongerSlot(root: ParentNode, selector?: string): ActionResult {
  const control = findDurationControl(root, selector);
  const manual = 'Choose a longer (double) slot on the booking page yourself.';
  if (!control) return { ok: false, reason: 'No slot-length control was found on this page.', manual };
  const label = controlLabel(control) || 'Slot length';
  if (control.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    const current =
      minutesOf(select.value) || minutesOf(select.options[select.selectedIndex]?.textContent ?? '');
    const longer = Array.from(select.options)
      .map((o) => ({ option: o, minutes: minutesOf(o.value) || minutesOf(o.textContent ?? '') }))
      .filter((o) => !o.option.disabled && o.minutes > (Number.isNaN(current) ? 0 : current))
      .sort((a, b) => a.minutes - b.minutes)[0];
    if (!longer) return { ok: false, reason: `"${label}" has no longer option.`, manual };
    return selectValue(select, longer.option.value, collapse(longer.option.textContent ?? ''), label);
  }
  const input = control as HTMLInputElement;
  const previous = input.value;
  const minutes = Number(previous);
  if (!Number.isFinite(minutes) || minutes <= 0)
    return { ok: false, reason: `"${label}" has no length to extend.`, manual };
  const doubled = String(minutes * 2);
  setNativeValue(input, doubled);
  const undo = (): ActionResult => {
    setNativeValue(input, previous);
    return {
      ok: true,
      description: `${label}: ${doubled} → ${previous}`,
      undo: () => applyLongerSlot(root, selector),
    };
  };
  return { ok: true, description: `${label}: ${previous} → ${doubled} minutes`, undo };
}
