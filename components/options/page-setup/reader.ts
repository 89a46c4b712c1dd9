/**
 * "What the extension reads with these selectors", run inside the booking tab with the same readers
 * the booking content script uses (lib/profiles), so the manager sees exactly what prompts will see.
 */
import { buildVocabulary, defaultVocabulary } from '../../../lib/needs';
import { choicesOf, locateConfiguredControl, readChannel } from '../../../lib/profiles/channel-control';
import { locateConfiguredRegions, readNeeds } from '../../../lib/profiles/needs-regions';
import { collapse, regionText } from '../../../lib/profiles/page-text';
import { domSelectorChecker, SiteProfile, validateProfileSelectors } from '../../../lib/profiles/schema';
import type { ReadRequest, ReadResult } from './types';

const MAX_SHOWN_TEXT = 600;
const MAX_CHOICES = 60;

function count(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function readPage(request: ReadRequest, root: Document = document): ReadResult {
  const empty: ReadResult = {
    problems: [],
    regions: [],
    needs: [],
    channel: null,
    confirm: null,
    anchor: null,
  };
  const parsed = SiteProfile.safeParse(request.profile);
  if (!parsed.success) {
    return {
      ...empty,
      problems: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    };
  }
  const profile = parsed.data;
  const problems = validateProfileSelectors(profile, domSelectorChecker(root));

  const regions = profile.needs.map((region) => {
    const found = count(root, region.selector);
    const text = found
      .slice(0, 20)
      .map((el) => regionText(el, region.read))
      .join('\n')
      .trim();
    return {
      label: region.label,
      selector: region.selector,
      count: found.length,
      text: text.length > MAX_SHOWN_TEXT ? `${text.slice(0, MAX_SHOWN_TEXT)}…` : text,
    };
  });
  let vocabulary: ReturnType<typeof buildVocabulary>;
  try {
    vocabulary = buildVocabulary(request.vocabulary);
  } catch {
    // Unusable local words are reported where they are edited; the preview reads with the built-in ones.
    vocabulary = defaultVocabulary();
  }
  const needs = readNeeds(locateConfiguredRegions(root, profile.needs), vocabulary);

  let channel: ReadResult['channel'] = null;
  if (profile.channel) {
    const handle = locateConfiguredControl(root, profile.channel);
    if (!handle) {
      channel = { found: false, choices: [] };
    } else {
      const reading = readChannel(handle);
      channel = {
        found: true,
        kind: handle.kind,
        reading: { channel: reading.channel, evidence: reading.evidence },
        choices: choicesOf(handle, MAX_CHOICES)
          .slice(0, MAX_CHOICES)
          .map((c) => ({ text: c.text.slice(0, 120), channel: c.channel, selected: c.selected })),
      };
    }
  }
  const confirmFound = profile.confirm ? count(root, profile.confirm.selector) : [];
  return {
    problems,
    regions,
    needs,
    channel,
    confirm: profile.confirm
      ? { count: confirmFound.length, text: collapse(confirmFound[0]?.textContent ?? '').slice(0, 80) }
      : null,
    anchor: profile.placement.anchor ? { count: count(root, profile.placement.anchor).length } : null,
  };
}
