/**
 * Reading text from host page elements. Form fields are read live (`.value`), never from the value
 * attribute, because apps set them as properties. Everything is capped: a hostile page can put
 * megabytes in an alert, and the prompt must still be cheap.
 */

export const MAX_REGION_TEXT = 100_000;

function isSelect(el: Element): el is HTMLSelectElement {
  return el.tagName === 'SELECT';
}
function isFormField(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA';
}

/** The label a user sees for a form control: <label for>, wrapping label, aria-label(ledby). */
export function controlLabel(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria.trim();
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => el.ownerDocument?.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return collapse(text);
  }
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length > 0) return collapse(Array.from(labels, (l) => l.textContent ?? '').join(' '));
  const wrapping = el.closest('label');
  if (wrapping) return collapse(wrapping.textContent ?? '');
  return '';
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of the selected option of a select, or '' when none. */
export function selectedOptionText(select: HTMLSelectElement): string {
  const option = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
  return option ? collapse(option.textContent ?? '') : '';
}

/**
 * What a needs region says. `auto` reads form fields by value and other elements by text plus
 * their title and aria-label (tags often keep the full wording in a tooltip).
 */
export function regionText(el: Element, read: 'text' | 'value' | 'auto'): string {
  let text: string;
  if (read !== 'text' && isFormField(el)) {
    text = el.value;
  } else if (read !== 'text' && isSelect(el)) {
    text = selectedOptionText(el);
  } else if (read === 'value') {
    text = '';
  } else {
    text = textWithLineBreaks(el);
    if (read === 'auto') {
      const extra = [el.getAttribute('title'), el.getAttribute('aria-label')].filter(Boolean).join('\n');
      if (extra) text = `${text}\n${extra}`;
      // Live values of fields inside a region (e.g. a notes box inside a "Patient" panel).
      for (const field of Array.from(
        el.querySelectorAll('textarea, input[type="text"], input:not([type])'),
      ).slice(0, 20)) {
        const value = (field as HTMLInputElement).value;
        if (value) text = `${text}\n${value}`;
      }
    }
  }
  return text.length > MAX_REGION_TEXT ? text.slice(0, MAX_REGION_TEXT) : text;
}

const BLOCK_TAGS = new Set([
  'LI',
  'P',
  'DIV',
  'TR',
  'BR',
  'DT',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
  'TD',
  'TH',
  'UL',
  'OL',
  'TABLE',
  'FORM',
  'FIELDSET',
  'HEADER',
  'FOOTER',
  'NAV',
  'ASIDE',
  'MAIN',
  'BUTTON',
  'LABEL',
  'OPTION',
]);

const CHIP_CLASS = /(^|[\s_-])(tag|badge|chip|pill|alert|flag)(s)?($|[\s_-])/i;

/** A banner tag, badge or alert shown inline: its text stands alone. */
function isChip(el: Element): boolean {
  const cls = el.getAttribute('class');
  return cls !== null && cls.length < 300 && CHIP_CLASS.test(cls);
}

/**
 * textContent with a line break between block-ish children, so "Interpreter: No" in one list item is
 * not read together with "Polish speaker" in the next. Iterative, and stops at the cap.
 */
export function textWithLineBreaks(root: Element): string {
  const parts: string[] = [];
  let length = 0;
  const stack: Node[] = [root];
  while (stack.length > 0 && length < MAX_REGION_TEXT) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      length += value.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'TEMPLATE') continue;
    // Blocks and tag-like chips get a line break (negation never crosses one, and each banner tag is
    // its own evidence); other inline elements a space.
    parts.push(BLOCK_TAGS.has(el.tagName) || isChip(el) ? '\n' : ' ');
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join('');
}
