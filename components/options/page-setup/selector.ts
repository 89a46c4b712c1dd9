/**
 * Proposes CSS selectors for an element the practice manager picked on a booking page. Robust first:
 * a stable id, test ids, form names, ARIA labels and roles, stable class names, each alone or under a
 * stable ancestor. A position-based selector (`:nth-of-type`) is offered only as a last resort and
 * marked as fragile. Runs in the booking page (injected by the options page), so it uses only the DOM.
 */

export interface SelectorCandidate {
  selector: string;
  /** How many elements it matches on the page now (1 for the proposals, except the fragile one). */
  count: number;
  /** False for position-based selectors that break when the page changes. */
  robust: boolean;
  /** In plain words, what the selector relies on, e.g. "its id" or "its label". */
  why: string;
}

const TEST_ATTRIBUTES = [
  'data-testid',
  'data-test-id',
  'data-test',
  'data-qa',
  'data-cy',
  'data-automation-id',
];

/** Ids and classes made by frameworks or build tools change between releases: do not rely on them. */
const GENERATED =
  /(^|[-_:])([a-f0-9]{6,}|\d{3,})($|[-_:])|^(ember|react|ext-gen|yui|gwt|ng-|mui-|radix-|headlessui-|css-|sc-|jsx-|emotion-|svelte-)|:/i;
const STATE_CLASS =
  /^(is-|has-|js-|active$|selected$|hover$|focus|open$|show$|hidden$|disabled$|visible$|ng-)/i;

function esc(value: string): string {
  return globalThis.CSS?.escape ? globalThis.CSS.escape(value) : value.replace(/([^\w-])/g, '\\$1');
}

function attr(name: string, value: string): string {
  return `[${name}="${value.replace(/["\\]/g, '\\$&')}"]`;
}

export function isStableToken(token: string): boolean {
  return token.length > 0 && token.length <= 60 && !GENERATED.test(token);
}

function stableClasses(el: Element): string[] {
  return Array.from(el.classList)
    .filter((c) => isStableToken(c) && !STATE_CLASS.test(c))
    .slice(0, 6);
}

/** Selectors that describe the element itself, most robust first, with the reason. */
function ownSelectors(el: Element): Array<{ selector: string; why: string; robust: boolean }> {
  const tag = el.tagName.toLowerCase();
  const out: Array<{ selector: string; why: string; robust: boolean }> = [];
  if (el.id && isStableToken(el.id)) out.push({ selector: `#${esc(el.id)}`, why: 'its id', robust: true });
  for (const name of TEST_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value) out.push({ selector: attr(name, value), why: `its ${name} attribute`, robust: true });
  }
  const nameAttr = el.getAttribute('name');
  if (nameAttr && isStableToken(nameAttr))
    out.push({ selector: `${tag}${attr('name', nameAttr)}`, why: 'its form name', robust: true });
  const aria = el.getAttribute('aria-label');
  if (aria && aria.length <= 80)
    out.push({ selector: `${tag}${attr('aria-label', aria)}`, why: 'its accessible label', robust: true });
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy?.split(/\s+/).every(isStableToken)) {
    out.push({
      selector: `${tag}${attr('aria-labelledby', labelledBy)}`,
      why: 'the heading that labels it',
      robust: true,
    });
  }
  const role = el.getAttribute('role');
  if (role) out.push({ selector: `${tag}${attr('role', role)}`, why: 'its role', robust: true });
  const classes = stableClasses(el);
  for (const c of classes) out.push({ selector: `${tag}.${esc(c)}`, why: `its class "${c}"`, robust: true });
  for (let i = 0; i < classes.length; i++) {
    for (let j = i + 1; j < classes.length; j++) {
      out.push({
        selector: `${tag}.${esc(classes[i]!)}.${esc(classes[j]!)}`,
        why: 'its classes',
        robust: true,
      });
    }
  }
  const type = el.getAttribute('type');
  if (type && (tag === 'input' || tag === 'button'))
    out.push({ selector: `${tag}${attr('type', type)}`, why: 'its type', robust: true });
  const title = el.getAttribute('title');
  if (title && title.length <= 80)
    out.push({ selector: `${tag}${attr('title', title)}`, why: 'its title', robust: true });
  out.push({ selector: tag, why: 'its tag', robust: true });
  return out;
}

function matches(doc: ParentNode, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return [];
  }
}

const isOnly = (doc: ParentNode, selector: string, el: Element) => {
  const found = matches(doc, selector);
  return found.length === 1 && found[0] === el;
};

/**
 * Up to `max` selectors that find exactly this element, most robust first; the last resort, when
 * nothing else is unique, is a position under the nearest stable ancestor (robust: false).
 */
export function proposeSelectors(el: Element, max = 3): SelectorCandidate[] {
  const doc = el.ownerDocument;
  const found: SelectorCandidate[] = [];
  const add = (selector: string, why: string, robust: boolean) => {
    if (found.length < max && !found.some((f) => f.selector === selector) && isOnly(doc, selector, el)) {
      found.push({ selector, count: 1, robust, why });
    }
  };
  const own = ownSelectors(el);
  for (const s of own) if (s.selector !== el.tagName.toLowerCase()) add(s.selector, s.why, s.robust);

  // Not unique alone: qualify with a stable ancestor (nearest first, up to five levels).
  let ancestor = el.parentElement;
  for (
    let depth = 0;
    ancestor && depth < 5 && found.length < max;
    depth++, ancestor = ancestor.parentElement
  ) {
    const anchors = ownSelectors(ancestor).filter(
      (a) => a.selector !== ancestor?.tagName.toLowerCase() && isOnly(doc, a.selector, ancestor!),
    );
    for (const a of anchors.slice(0, 2)) {
      for (const s of own) add(`${a.selector} ${s.selector}`, `${s.why}, inside ${a.selector}`, true);
    }
  }
  if (found.length === 0) {
    // Last resort: position among siblings of the same tag, under the nearest ancestor with a unique selector.
    let container = el.parentElement;
    let steps: string[] = [];
    let child: Element = el;
    while (container) {
      const tag = child.tagName.toLowerCase();
      const same = Array.from(container.children).filter((c) => c.tagName === child.tagName);
      steps = [`${tag}:nth-of-type(${same.indexOf(child) + 1})`, ...steps];
      const anchor = ownSelectors(container).find(
        (a) => a.selector !== container?.tagName.toLowerCase() && isOnly(doc, a.selector, container!),
      );
      const selector = `${anchor ? anchor.selector : container.tagName.toLowerCase()} > ${steps.join(' > ')}`;
      if (anchor && isOnly(doc, selector, el)) {
        found.push({
          selector,
          count: 1,
          robust: false,
          why: 'its position on the page (may break when the page changes)',
        });
        break;
      }
      child = container;
      container = container.parentElement;
      if (steps.length > 6) break;
    }
  }
  return found;
}

/** A short name for what the element is, as the manager would call it ("Alerts", "Appointment type"). */
export function suggestLabel(el: Element): string {
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
  const aria = clean(el.getAttribute('aria-label'));
  if (aria) return aria;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = clean(
      labelledBy
        .split(/\s+/)
        .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    if (text) return text;
  }
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length > 0) {
    const text = clean(labels[0]?.textContent);
    if (text) return text;
  }
  const legend = el.tagName === 'FIELDSET' ? clean(el.querySelector('legend')?.textContent) : '';
  if (legend) return legend;
  const heading = clean(el.querySelector('h1, h2, h3, h4, h5, h6')?.textContent);
  if (heading) return heading;
  // A heading just before it (e.g. <h3>Alerts</h3><ul class="alerts">).
  let previous = el.previousElementSibling;
  for (let i = 0; previous && i < 3; i++, previous = previous.previousElementSibling) {
    if (/^H[1-6]$/.test(previous.tagName)) return clean(previous.textContent);
  }
  const title = clean(el.getAttribute('title'));
  if (title) return title;
  if (el.tagName === 'BUTTON' || el.getAttribute('role') === 'button') return clean(el.textContent);
  return '';
}
