/**
 * Reading needs from the page: from the regions a profile names, or, for the generic profile, from
 * the places booking systems usually show them (alerts, flags, banner tags, notes fields).
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
