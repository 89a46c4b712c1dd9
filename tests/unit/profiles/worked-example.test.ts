// @vitest-environment happy-dom
/**
 * The worked example of docs/writing-a-profile.md, run from the guide itself (its first html and json
 * blocks), so the example a manager copies keeps working.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultVocabulary } from '../../../lib/needs';
import { applyChannel } from '../../../lib/profiles/actions';
import { profileMatchesPage, readBookingContext } from '../../../lib/profiles/read';
import { domSelectorChecker, SiteProfile, validateProfileSelectors } from '../../../lib/profiles/schema';
import { matchesUrlPattern } from '../../../lib/profiles/url-match';

const guide = readFileSync(path.resolve('docs/writing-a-profile.md'), 'utf8');
/** The first fenced block of the given language in the guide. */
function block(lang: string): string {
  const opening = `${'```'}${lang}\n`;
  const start = guide.indexOf(opening);
  const end = guide.indexOf(`\n${'```'}`, start + opening.length);
  if (start < 0 || end < 0) throw new Error(`docs/writing-a-profile.md has no ${lang} block`);
  return guide.slice(start + opening.length, end);
}
const pageHtml = block('html');
const profileJson = block('json');

describe('worked example in docs/writing-a-profile.md', () => {
  const profile = SiteProfile.parse(JSON.parse(profileJson));
  const doc = new DOMParser().parseFromString(pageHtml, 'text/html');
  const read = () =>
    readBookingContext(doc, profile, {
      siteId: 'carepoint',
      pageUrl: 'https://carepoint.example.nhs.uk/book',
      vocabulary: defaultVocabulary(),
    });

  it('is a valid profile with valid selectors', () => {
    expect(validateProfileSelectors(profile, domSelectorChecker(doc))).toEqual([]);
  });

  it('recognises the page on its host only', () => {
    expect(profileMatchesPage(profile, doc, 'https://carepoint.example.nhs.uk/book', matchesUrlPattern)).toBe(
      true,
    );
    expect(profileMatchesPage(profile, doc, 'https://other.example.org/book', matchesUrlPattern)).toBe(false);
  });

  it('reads the alert, not the negated one, and the chosen consultation', () => {
    const { context } = read();
    expect(context.needs).toEqual([
      expect.objectContaining({
        category: 'interpreter',
        language: 'Polish',
        evidence: 'Interpreter: Polish',
        source: 'Alerts',
      }),
    ]);
    expect(context.channel).toMatchObject({ channel: 'face-to-face', evidence: 'Surgery' });
  });

  it('maps the system word, and the suggestion switches back to Surgery', () => {
    doc.querySelector<HTMLInputElement>('input[value="DDC"]')!.checked = true;
    const { context, control } = read();
    expect(context.channel).toMatchObject({ channel: 'telephone', evidence: 'Duty doctor call' });
    const result = applyChannel(control, 'face-to-face', 'face-to-face');
    expect(result.ok).toBe(true);
    expect(doc.querySelector<HTMLInputElement>('input[value="SURG"]')!.checked).toBe(true);
  });

  it('reads "Video (Accurx)" and "Online form" with the generic words', () => {
    doc.querySelector<HTMLInputElement>('input[value="VID"]')!.checked = true;
    expect(read().context.channel.channel).toBe('video');
    doc.querySelector<HTMLInputElement>('input[value="ECON"]')!.checked = true;
    expect(read().context.channel.channel).toBe('online');
  });
});
