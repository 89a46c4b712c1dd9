/**
 * The element picker, run inside the booking tab: hovering outlines an element, a click chooses it,
 * Escape cancels. Keyboard alternative: Tab / Shift+Tab step through likely candidates for what is being
 * picked, Up / Down widen to the surrounding element or narrow to the first inner one, Enter chooses.
 * While picking, clicks and these keys never reach the booking page. The overlay lives in a shadow
 * root and announces the current candidate politely; everything is removed when picking ends.
 */
import { proposeSelectors, suggestLabel } from './selector';
import type { PickPurpose, PickRequest, PickResult } from './types';

const ACTIVE_KEY = '__equityPromptsPickerCancel';
const TIMEOUT_MS = 5 * 60_000;

const CANDIDATES: Record<PickPurpose, string> = {
  needs:
    '[role="alert"], [role="note"], [role="status"], [role="region"], aside, section, ul, ol, dl, table, textarea, [class*="alert" i], [class*="flag" i], [class*="banner" i], [class*="warning" i], [class*="note" i], [id*="alert" i], [id*="note" i]',
  channel:
    'select, [role="radiogroup"], fieldset, [role="listbox"], [role="grid"], [role="tablist"], input[type="checkbox"], [class*="slot" i], [class*="type" i]',
  confirm: 'button, input[type="submit"], input[type="button"], [role="button"], a[href]',
  anchor: 'form, section, main, [role="main"], fieldset, select, button, aside',
};

function visible(el: Element): boolean {
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.display !== 'none';
}

function describeElement(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const label = suggestLabel(el) || (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
  return label ? `${tag} “${label}”` : tag;
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, text?: string) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text) el.textContent = text;
  return el;
}

const CSS_TEXT = `
:host { all: initial; }
.bar { position: fixed; top: 8px; left: 50%; transform: translateX(-50%); z-index: 2147483647; pointer-events: auto;
  max-width: min(640px, calc(100vw - 24px)); background: #1d1d1f; color: #fff; border: 3px solid #ffbf47; border-radius: 8px;
  padding: 8px 12px; font: 15px/1.4 system-ui, sans-serif; box-shadow: 0 4px 18px rgba(0,0,0,.35); }
.bar:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
.bar p { margin: 2px 0; }
.bar strong { color: #ffdd80; }
.bar button { font: inherit; margin-top: 4px; padding: 2px 10px; border: 2px solid #fff; border-radius: 4px; background: #fff; color: #1d1d1f; cursor: pointer; }
.box { position: fixed; z-index: 2147483646; pointer-events: none; border: 3px solid #ffbf47; outline: 2px solid #1d1d1f;
  background: rgba(255, 191, 71, .18); border-radius: 3px; display: none; }
.tag { position: fixed; z-index: 2147483647; pointer-events: none; background: #1d1d1f; color: #fff; font: 13px/1.3 system-ui, sans-serif;
  padding: 2px 6px; border-radius: 3px; display: none; max-width: 60vw; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;

export function pickElement(request: PickRequest, doc: Document = document): Promise<PickResult | null> {
  const win = doc.defaultView ?? window;
  const previous = (win as unknown as Record<string, unknown>)[ACTIVE_KEY];
  if (typeof previous === 'function') (previous as () => void)();

  return new Promise((resolve) => {
    const host = doc.createElement('equity-prompts-picker');
    host.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483647;';
    const shadow = host.attachShadow({ mode: 'open' });
    const style = make('style', {});
    style.textContent = CSS_TEXT;
    const bar = make('div', {
      class: 'bar',
      role: 'dialog',
      'aria-label': 'Equity Prompts setup',
      tabindex: '-1',
    });
    const title = make('p', {});
    title.append(make('strong', {}, 'Equity Prompts setup: '), doc.createTextNode(request.instruction));
    const keys = make(
      'p',
      {},
      'Click it. Or press Tab to step through likely places, Up for the surrounding area, Enter to choose. Escape cancels.',
    );
    const cancel = make('button', { type: 'button' }, 'Cancel');
    const live = make('div', { class: 'live', 'aria-live': 'polite', role: 'status' });
    bar.append(title, keys, cancel, live);
    const box = make('div', { class: 'box' });
    const tag = make('div', { class: 'tag' });
    shadow.append(style, box, tag, bar);
    doc.documentElement.append(host);

    const candidates = Array.from(doc.querySelectorAll(CANDIDATES[request.purpose]))
      .filter((el) => !host.contains(el) && visible(el))
      .slice(0, 500);
    let current: Element | null = null;
    let index = -1;

    const show = (el: Element | null, announce: boolean) => {
      current = el;
      if (!el) {
        box.style.display = 'none';
        tag.style.display = 'none';
        return;
      }
      const r = el.getBoundingClientRect();
      Object.assign(box.style, {
        display: 'block',
        left: `${r.left - 3}px`,
        top: `${r.top - 3}px`,
        width: `${r.width}px`,
        height: `${r.height}px`,
      });
      const text = describeElement(el);
      tag.textContent = text;
      Object.assign(tag.style, {
        display: 'block',
        left: `${Math.max(0, r.left)}px`,
        top: `${Math.max(0, r.top - 24)}px`,
      });
      if (announce) live.textContent = text;
    };

    const pageElement = (target: EventTarget | null): Element | null =>
      target instanceof Element && target !== host && !host.contains(target) ? target : null;

    const finish = (el: Element | null) => {
      cleanup();
      resolve(
        el
          ? { candidates: proposeSelectors(el), label: suggestLabel(el), description: describeElement(el) }
          : null,
      );
    };

    const block = (event: Event) => {
      if (event.composedPath().includes(host)) return; // our own Cancel button
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    const onMove = (event: MouseEvent) => {
      const el = pageElement(event.target);
      if (el && el !== current) show(el, false);
    };
    const onClick = (event: MouseEvent) => {
      if (event.composedPath().includes(host)) return;
      block(event);
      const el = pageElement(event.target);
      if (el) finish(el);
    };
    const onKey = (event: KeyboardEvent) => {
      const handled = ['Escape', 'Tab', 'Enter', 'ArrowUp', 'ArrowDown'];
      if (!handled.includes(event.key)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.type !== 'keydown') return;
      if (event.key === 'Escape') return finish(null);
      if (event.key === 'Enter') {
        if (current) finish(current);
        else live.textContent = 'Nothing chosen yet: press Tab to step through likely places.';
        return;
      }
      if (event.key === 'Tab') {
        if (candidates.length === 0) {
          live.textContent = 'No likely places found: click the element instead.';
          return;
        }
        index = (index + (event.shiftKey ? -1 : 1) + candidates.length) % candidates.length;
        const el = candidates[index]!;
        el.scrollIntoView({ block: 'nearest' });
        show(el, true);
        live.textContent = `${index + 1} of ${candidates.length}: ${describeElement(el)}`;
        return;
      }
      if (!current) return;
      const next =
        event.key === 'ArrowUp'
          ? current.parentElement &&
            current.parentElement !== doc.body &&
            current.parentElement !== doc.documentElement
            ? current.parentElement
            : null
          : (Array.from(current.children).find(visible) ?? null);
      if (next) show(next, true);
    };

    // Only a person picks: the page's own scripts cannot choose an element by a synthetic event.
    const person =
      (fn: EventListener): EventListener =>
      (event) => {
        if (event.isTrusted) fn(event);
      };
    const listeners: Array<[string, EventListener]> = [
      ['mousemove', person(onMove as EventListener)],
      ['click', person(onClick as EventListener)],
      ['mousedown', block],
      ['mouseup', block],
      ['pointerdown', block],
      ['pointerup', block],
      ['auxclick', block],
      ['dblclick', block],
      ['submit', block],
      ['keydown', person(onKey as EventListener)],
      ['keyup', person(onKey as EventListener)],
      ['keypress', person(onKey as EventListener)],
    ];
    for (const [type, fn] of listeners) win.addEventListener(type, fn, true);
    cancel.addEventListener('click', (event) => {
      if (event.isTrusted) finish(null);
    });
    const timer = win.setTimeout(() => finish(null), TIMEOUT_MS);
    const reposition = () => show(current, false);
    win.addEventListener('scroll', reposition, true);
    win.addEventListener('resize', reposition);

    function cleanup() {
      for (const [type, fn] of listeners) win.removeEventListener(type, fn, true);
      win.removeEventListener('scroll', reposition, true);
      win.removeEventListener('resize', reposition);
      win.clearTimeout(timer);
      host.remove();
      delete (win as unknown as Record<string, unknown>)[ACTIVE_KEY];
    }
    (win as unknown as Record<string, unknown>)[ACTIVE_KEY] = () => finish(null);
    bar.focus();
    live.textContent = request.instruction;
  });
}
