/**
 * The slot-type control on a booking page: finding it, reading which channel is chosen, and listing
 * the choices it offers. Five shapes cover the systems we know: a native select, a radio group, a
 * checkbox (Bahmni's "Teleconsultation"), a grid of slot cards, and plain text naming the channel.
 */
import { recogniseChannel } from '../channel/recognise';
import { SYSTEM_CHANNEL_WORDS } from '../channel/words';
import type { Channel, ChannelReading } from '../model';
import { collapse, controlLabel, selectedOptionText } from './page-text';
import type { ChannelControl, ChannelLabelMapping } from './schema';

export type ControlKind = 'select' | 'radio' | 'checkbox' | 'grid' | 'text';

/** One choice the control offers, with what it means. */
export interface ChannelChoice {
  element: Element;
  text: string;
  channel: Channel;
  selected: boolean;
}

export interface ChannelControlHandle {
  kind: ControlKind;
  /** The select, the radio group container (or first radio), the grid container, or the text element. */
  element: Element;
  /** The region's name as the receptionist would say it, e.g. "Appointment type". */
  label: string;
  mapping: ChannelLabelMapping[];
  /** For grids, how to find the cards inside the container. */
  itemSelector?: string;
  /** For a checkbox: the channel when it is not ticked (ticked is the channel its label names). */
  uncheckedChannel?: Channel;
}

const SELECTED_CARD =
  '[aria-pressed="true"], [aria-selected="true"], [aria-checked="true"], .selected, .is-selected, .active, .selected-hour';
export const GRID_CARD_CANDIDATES =
  'button, [role="gridcell"], [role="option"], [role="button"], [class*="slot" i]';

export function classify(text: string, mapping: ChannelLabelMapping[]): Channel {
  return recogniseChannel(text, mapping).channel;
}

function radiosOf(handle: ChannelControlHandle): HTMLInputElement[] {
  const el = handle.element;
  if (el.tagName === 'INPUT') {
    const name = (el as HTMLInputElement).name;
    const scope = el.closest('form') ?? el.ownerDocument;
    if (!name || !scope) return [el as HTMLInputElement];
    return Array.from(scope.querySelectorAll<HTMLInputElement>('input[type="radio"]')).filter(
      (r) => r.name === name,
    );
  }
  return Array.from(el.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
}

/** The checkbox itself, or the first one inside the configured container. */
function checkboxOf(handle: ChannelControlHandle): HTMLInputElement | undefined {
  const el = handle.element;
  if (el.tagName === 'INPUT') return el as HTMLInputElement;
  return el.querySelector<HTMLInputElement>('input[type="checkbox"]') ?? undefined;
}

function radioText(radio: HTMLInputElement): string {
  const label = controlLabel(radio);
  return label || radio.value;
}

function cardsOf(handle: ChannelControlHandle, limit: number): Element[] {
  return Array.from(handle.element.querySelectorAll(handle.itemSelector ?? GRID_CARD_CANDIDATES)).slice(
    0,
    limit,
  );
}

function cardText(card: Element): string {
  const data = [
    card.getAttribute('data-mode'),
    card.getAttribute('data-type'),
    card.getAttribute('data-channel'),
  ]
    .filter(Boolean)
    .join(' ');
  const text = collapse(card.textContent ?? '').slice(0, 300);
  return data ? `${text} ${data}` : text;
}

function classifyWithFallback(primary: string, fallback: string, mapping: ChannelLabelMapping[]): Channel {
  const first = classify(primary, mapping);
  return first !== 'unknown' || !fallback ? first : classify(fallback, mapping);
}

/** Every choice the control offers, in page order (grids: the first `limit` cards). */
export function choicesOf(handle: ChannelControlHandle, limit = 10_000): ChannelChoice[] {
  const { mapping } = handle;
  switch (handle.kind) {
    case 'select': {
      const select = handle.element as HTMLSelectElement;
      return Array.from(select.options).map((option) => {
        const text = collapse(option.textContent ?? '');
        return {
          element: option,
          text,
          channel: classifyWithFallback(text, option.value, mapping),
          selected: option.selected,
        };
      });
    }
    case 'radio':
      return radiosOf(handle).map((radio) => ({
        element: radio,
        text: radioText(radio),
        channel: classifyWithFallback(radioText(radio), radio.value, mapping),
        selected: radio.checked,
      }));
    case 'checkbox': {
      // Two choices on one element: ticked (the channel its label names) and not ticked.
      const box = checkboxOf(handle);
      if (!box) return [];
      const text = radioText(box);
      return [
        {
          element: box,
          text,
          channel: classifyWithFallback(text, box.value, mapping),
          selected: box.checked,
        },
        {
          element: box,
          text: `${text}: not ticked`,
          channel: handle.uncheckedChannel ?? 'unknown',
          selected: !box.checked,
        },
      ];
    }
    case 'grid':
      return cardsOf(handle, limit).map((card) => {
        const text = cardText(card);
        return {
          element: card,
          text,
          channel: classify(text, mapping),
          selected: card.matches(SELECTED_CARD),
        };
      });
    case 'text':
      return [];
  }
}

/** Which channel the control shows as chosen now. */
export function readChannel(handle: ChannelControlHandle): ChannelReading {
  const source = handle.label;
  if (handle.kind === 'select') {
    const select = handle.element as HTMLSelectElement;
    const text = selectedOptionText(select);
    if (!text && !select.value) return { channel: 'unknown', evidence: '', source };
    return {
      channel: classifyWithFallback(text, select.value, handle.mapping),
      evidence: text || select.value,
      source,
    };
  }
  if (handle.kind === 'text') {
    const text = collapse(handle.element.textContent ?? '').slice(0, 200);
    return { channel: classify(text, handle.mapping), evidence: text, source };
  }
  if (handle.kind === 'grid') {
    // Only the chosen card matters; scanning all cards on every read would be slow on big grids.
    const chosen = handle.element.querySelector(SELECTED_CARD);
    if (!chosen) return { channel: 'unknown', evidence: '', source };
    const text = cardText(chosen);
    return { channel: classify(text, handle.mapping), evidence: text.slice(0, 200), source };
  }
  const chosen = choicesOf(handle).find((c) => c.selected);
  if (!chosen) return { channel: 'unknown', evidence: '', source };
  return { channel: chosen.channel, evidence: chosen.text.slice(0, 200), source };
}

function distinctKnown(channels: Channel[]): number {
  return new Set(channels.filter((c) => c !== 'unknown')).size;
}

function kindOf(el: Element): ControlKind {
  if (el.tagName === 'SELECT') return 'select';
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'checkbox') return 'checkbox';
  if (
    (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'radio') ||
    el.querySelector('input[type="radio"]')
  ) {
    return 'radio';
  }
  if (el.querySelector(GRID_CARD_CANDIDATES)) return 'grid';
  return 'text';
}

/** The control a profile names, or undefined when it is not on the page (yet). */
export function locateConfiguredControl(
  root: ParentNode,
  config: ChannelControl,
): ChannelControlHandle | undefined {
  let element: Element | null;
  try {
    element = root.querySelector(config.selector);
  } catch {
    return undefined;
  }
  if (!element) return undefined;
  const kind = config.kind === 'auto' ? kindOf(element) : config.kind;
  return {
    kind,
    element,
    label: config.label,
    mapping: configuredMapping(config),
    itemSelector: config.itemSelector,
    ...(config.uncheckedChannel ? { uncheckedChannel: config.uncheckedChannel } : {}),
  };
}

// The merged list is built once per profile control, so lib/channel compiles it once too.
const mergedMappings = new WeakMap<ChannelControl, ChannelLabelMapping[]>();

/** The manager's mapping, then the system's own words the profile opted into (`systemWords`). */
function configuredMapping(config: ChannelControl): ChannelLabelMapping[] {
  const system = config.systemWords ? SYSTEM_CHANNEL_WORDS[config.systemWords] : undefined;
  if (!system || system.length === 0) return config.mapping;
  let merged = mergedMappings.get(config);
  if (!merged) {
    merged = [...config.mapping, ...system];
    mergedMappings.set(config, merged);
  }
  return merged;
}

function groupLabel(el: Element): string {
  const fieldset = el.closest('fieldset');
  const legend = fieldset?.querySelector('legend')?.textContent;
  if (legend) return collapse(legend);
  const group = el.closest('[role="radiogroup"]');
  const aria = group ? controlLabel(group) : '';
  return aria || 'Slot type';
}

const GRID_CONTAINERS =
  '[role="grid"], [class*="slot-grid" i], [class*="slots" i], [class*="available-hours" i]';

function discoverGrid(root: ParentNode, mapping: ChannelLabelMapping[]): ChannelControlHandle | undefined {
  const grid = root.querySelector(GRID_CONTAINERS);
  if (!grid) return undefined;
  const handle: ChannelControlHandle = {
    kind: 'grid',
    element: grid,
    label: controlLabel(grid) || 'Slots',
    mapping,
  };
  // Judge the grid on its first cards: a 5,000-slot day must not be classified card by card.
  return distinctKnown(choicesOf(handle, 200).map((c) => c.channel)) >= 2 ? handle : undefined;
}

/**
 * Finds the slot-type control without configuration. A grid in which the receptionist has chosen a
 * slot card comes first (the card is the booking); then a select or radio group whose choices name at
 * least two different channels; then a grid of cards that do.
 */
export function discoverControl(
  root: ParentNode,
  mapping: ChannelLabelMapping[] = [],
): ChannelControlHandle | undefined {
  const grid = discoverGrid(root, mapping);
  if (grid?.element.querySelector(SELECTED_CARD)) return grid;
  for (const select of Array.from(root.querySelectorAll('select')).slice(0, 200)) {
    const handle: ChannelControlHandle = {
      kind: 'select',
      element: select,
      label: controlLabel(select) || 'Slot type',
      mapping,
    };
    if (distinctKnown(choicesOf(handle).map((c) => c.channel)) >= 2) return handle;
  }
  const byName = new Map<string, HTMLInputElement>();
  for (const radio of Array.from(root.querySelectorAll<HTMLInputElement>('input[type="radio"]')).slice(
    0,
    500,
  )) {
    if (radio.name && !byName.has(radio.name)) byName.set(radio.name, radio);
  }
  for (const first of byName.values()) {
    const container = first.closest('fieldset, [role="radiogroup"]') ?? first;
    const handle: ChannelControlHandle = {
      kind: 'radio',
      element: container,
      label: groupLabel(first),
      mapping,
    };
    if (distinctKnown(choicesOf(handle).map((c) => c.channel)) >= 2) return handle;
  }
  return grid;
}
