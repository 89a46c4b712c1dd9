/**
 * Reading needs from the page: from the regions a profile names, or, for the generic profile, from
 * the places booking systems usually show them (alerts, flags, banner tags, notes fields, and text
 * under headings such as "Registration notes" or "Communication needs").
 */

import type { NeedFinding } from '../model';
import type { Vocabulary } from '../needs/compile';
import { recogniseNeedsIn } from '../needs/recognise';
import { collapse, controlLabel, regionText } from './page-text';
import type { NeedsRegion } from './schema';

export interface FoundRegion {
  label: string;
  element: Element;
  read: NeedsRegion['read'];
}

/** Elements that look like an alert, flag, banner tag or needs panel, by class, role or label. */
export const GENERIC_REGION_SELECTOR = [
  '[class*="alert" i]',
  '[class*="flag" i]',
  '[class*="banner" i]',
  '[class*="tag" i]',
  '[class*="badge" i]',
  '[class*="need" i]',
  '[class*="warning" i]',
  '[class*="toggletip" i]',
  '[role="alert"]',
  '[role="note"]',
  '[aria-label*="alert" i]',
  '[aria-label*="patient" i]',
  '[data-code]',
].join(', ');

/**
 * Headings a page shows as plain text above need statements: "Registration notes", "Communication
 * needs", "Access requirements", "Reasonable adjustments", "Alerts" (and the Welsh "Anghenion
 * cyfathrebu", "Nodiadau"). The text under them is read like an alert.
 */
const NEEDS_HEADING =
  /^(registration notes|patient notes|notes|communication( needs| support)?|access(ibility)? (needs|requirements)|accessible information|reasonable adjustments?|additional needs|special (needs|requirements)|support needs|information needs|alerts?|flags?|patient alerts|anghenion cyfathrebu|nodiadau( cofrestru)?|addasiadau rhesymol)\s*:?$/i;
const HEADING_SELECTOR =
  'h1, h2, h3, h4, h5, h6, dt, th, legend, caption, summary, [role="heading"], strong, b';
/** A heading's section is read only when it is this small: a page-wide parent is not a section. */
const MAX_SECTION_TEXT = 5000;

/**
 * The element holding what a needs heading heads: its parent when the heading is the parent's only
 * heading (a notes box), else the element right after it (<dt> → <dd>, <h3> → <p>).
 */
function headedSection(heading: Element): Element | null {
  const parent = heading.parentElement;
  if (parent && parent.tagName !== 'BODY' && parent.tagName !== 'MAIN' && parent.tagName !== 'HTML') {
    const headings = parent.querySelectorAll(HEADING_SELECTOR).length;
    if (headings === 1 && (parent.textContent ?? '').length <= MAX_SECTION_TEXT) return parent;
  }
  const next = heading.nextElementSibling;
  if (heading.tagName === 'TH') return heading.parentElement;
  return next && (next.textContent ?? '').length <= MAX_SECTION_TEXT ? next : null;
}

/** Sections under needs headings shown as text, outside the regions already found. */
function headedRegions(root: ParentNode, found: readonly FoundRegion[]): FoundRegion[] {
  const out: FoundRegion[] = [];
  for (const heading of Array.from(root.querySelectorAll(HEADING_SELECTOR)).slice(0, 300)) {
    const title = collapse(heading.textContent ?? '');
    if (title.length > 60 || !NEEDS_HEADING.test(title)) continue;
    const section = headedSection(heading);
    if (section === null) continue;
    const covered = [...found, ...out].some(
      (r) => r.element === section || r.element.contains(section) || section.contains(r.element),
    );
    if (!covered) out.push({ label: title.replace(/:$/, '').slice(0, 60), element: section, read: 'auto' });
  }
  return out;
}

/** Free-text fields whose label says they hold notes or needs. */
const NOTES_LABEL =
  /\b(notes?|comments?|needs?|interpreter|access|accessib\w*|communication|requirements?|alerts?|reason)\b/i;

function regionName(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return collapse(aria).slice(0, 60);
  const cls = (el.getAttribute('class') ?? '').toLowerCase();
  if (cls.includes('alert') || el.getAttribute('role') === 'alert') return 'Alert';
  if (cls.includes('flag')) return 'Flag';
  if (cls.includes('tag') || cls.includes('badge') || cls.includes('toggletip')) return 'Patient tag';
  if (cls.includes('banner')) return 'Patient banner';
  if (cls.includes('need')) return 'Needs';
  return 'Page';
}

/** The generic profile's regions: outermost matches only, so nested tags are not read twice. */
export function discoverNeedsRegions(root: ParentNode): FoundRegion[] {
  const found: FoundRegion[] = [];
  const matched = Array.from(root.querySelectorAll(GENERIC_REGION_SELECTOR)).slice(0, 500);
  const set = new Set(matched);
  for (const el of matched) {
    let parent = el.parentElement;
    let nested = false;
    while (parent) {
      if (set.has(parent)) {
        nested = true;
        break;
      }
      parent = parent.parentElement;
    }
    if (!nested && el.tagName !== 'HTML' && el.tagName !== 'BODY')
      found.push({ label: regionName(el), element: el, read: 'auto' });
  }
  found.push(...headedRegions(root, found));
  for (const field of Array.from(
    root.querySelectorAll('textarea, input[type="text"], input:not([type])'),
  ).slice(0, 200)) {
    const label =
      controlLabel(field) || field.getAttribute('placeholder') || field.getAttribute('name') || field.id;
    if (label && NOTES_LABEL.test(label) && !found.some((r) => r.element.contains(field))) {
      found.push({ label: collapse(label).slice(0, 60), element: field, read: 'value' });
    }
  }
  return found;
}

/** The regions a profile names; a selector that fails is skipped (it was validated on save). */
export function locateConfiguredRegions(root: ParentNode, regions: NeedsRegion[]): FoundRegion[] {
  const found: FoundRegion[] = [];
  for (const region of regions) {
    let elements: Element[];
    try {
      elements = Array.from(root.querySelectorAll(region.selector)).slice(0, 200);
    } catch {
      continue;
    }
    for (const element of elements) found.push({ label: region.label, element, read: region.read });
  }
  return found;
}

const isField = (el: Element): boolean =>
  el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';

/**
 * A form field's answer often only makes sense with its question: "Yes - Somali" under "Interpreter
 * needed? (language)". When the value alone names no need, it is read again after its label (the
 * page's, else the region's name), so the recogniser sees "Interpreter needed? (language): Yes -
 * Somali". Only as a fallback: a label such as "Communication needs" is a heading, not a need.
 */
function recogniseField(region: FoundRegion, text: string, vocabulary: Vocabulary) {
  const found = recogniseNeedsIn(text, vocabulary);
  if (found.length > 0 || !isField(region.element)) return found;
  const label = collapse(controlLabel(region.element) || region.label).replace(/[\s:]+$/, '');
  return label ? recogniseNeedsIn(`${label}: ${collapse(text)}`, vocabulary) : found;
}

/** Needs found in the regions, one per category and evidence, in page order. */
export function readNeeds(regions: FoundRegion[], vocabulary: Vocabulary): NeedFinding[] {
  const findings: NeedFinding[] = [];
  const seen = new Set<string>();
  for (const region of regions) {
    const text = regionText(region.element, region.read);
    if (!text.trim()) continue;
    for (const match of recogniseField(region, text, vocabulary)) {
      const key = `${match.category}|${match.evidence.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        category: match.category,
        evidence: match.evidence.slice(0, 300),
        source: region.label.slice(0, 80),
        ...(match.language ? { language: match.language } : {}),
        ...(match.code ? { code: match.code } : {}),
      });
    }
  }
  return findings;
}
