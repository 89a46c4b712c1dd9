/**
 * Prompt text templates. A template is plain text with a few named placeholders, filled by plain
 * string replacement: no expressions, no code, no HTML. That keeps rules safe to import from a file
 * and easy for a practice manager to edit.
 */

export const PLACEHOLDERS = ['language', 'need', 'needs', 'channel'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateValues = Record<Placeholder, string>;

/** Any `{word}` in a template; words that are not placeholders are reported by the schema. */
const TOKEN = /\{([A-Za-z0-9_-]*)\}/g;

/** The `{...}` names in a template that are not known placeholders, each once, in order. */
export function unknownPlaceholders(template: string): string[] {
  const found: string[] = [];
  for (const match of template.matchAll(TOKEN)) {
    const name = match[1] ?? '';
    if (!(PLACEHOLDERS as readonly string[]).includes(name) && !found.includes(name)) found.push(name);
  }
  return found;
}

/** Replaces every known placeholder; unknown `{...}` text is left as written. */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template.replace(TOKEN, (whole, name: string) =>
    (PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : whole,
  );
}

/** One line: newlines, tabs and runs of spaces become single spaces (a summary is one sentence). */
export function toOneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Shortens text to at most `max` UTF-16 units (the unit zod and the DOM count), ending with "…".
 * Never splits a surrogate pair, and prefers to cut at a word boundary when one is near the end.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  const budget = max - 1; // room for the ellipsis
  let cut = '';
  for (const codePoint of text) {
    if (cut.length + codePoint.length > budget) break;
    cut += codePoint;
  }
  // Cut back to the last space if it costs no more than a fifth of the text: reads better.
  const space = cut.lastIndexOf(' ');
  if (space > 0 && space >= cut.length - Math.ceil(budget / 5)) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}
