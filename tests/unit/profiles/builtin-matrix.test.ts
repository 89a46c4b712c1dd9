// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "disableCSSFileLoading": true, "disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true } }
/**
 * Every built-in profile against every page: each page is recognised by its own profile and by no
 * other, and the demo booking systems by none (they are read by the generic profile). Also checks the
 * profiles as data: valid, versioned, built in, signals only, every selector parses, and every
 * profile has a page to be tested on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_PROFILE_INPUTS,
  BUILT_IN_PROFILES,
  BUILT_IN_PROFILES_VERSION,
} from '../../../lib/profiles/builtin';
import { profileMatchesPage } from '../../../lib/profiles/read';
import { domSelectorChecker, SiteProfile, validateProfileSelectors } from '../../../lib/profiles/schema';
import { matchesUrlPattern } from '../../../lib/profiles/url-match';
import {
  BAHMNI_FIXTURE,
  EASYAPPOINTMENTS_CALENDAR_FIXTURE,
  HAVE_REAL_PAGES,
  loadPage,
  NO_REAL_PAGES_MESSAGE,
  OPENEMR_FIXTURE,
  realPageHtml,
} from './pages';

interface PageCase {
  name: string;
  html: () => string;
  /** The profile that must recognise the page; null: none may (the generic profile reads it). */
  expected: string | null;
}

const demoSite = (file: string) => () => readFileSync(path.resolve('tests/fixtures/sites', file), 'utf8');

const REAL_PAGES: PageCase[] = [
  {
    name: 'real: OpenMRS 3 create appointment',
    html: () => realPageHtml('openmrs3'),
    expected: 'openmrs3-appointments',
  },
  {
    name: 'real: Easy!Appointments booking wizard',
    html: () => realPageHtml('easyappointments'),
    expected: 'easyappointments-booking',
  },
];

const FIXTURES: PageCase[] = [
  { name: 'fixture: Bahmni appointment editor', html: () => BAHMNI_FIXTURE, expected: 'bahmni-appointments' },
  {
    name: 'fixture: OpenEMR add/edit event',
    html: () => OPENEMR_FIXTURE,
    expected: 'openemr-add-edit-event',
  },
  {
    name: 'fixture: Easy!Appointments staff calendar',
    html: () => EASYAPPOINTMENTS_CALENDAR_FIXTURE,
    expected: 'easyappointments-calendar',
  },
  { name: 'demo: GP form', html: demoSite('gp-form/index.html'), expected: null },
  { name: 'demo: SPA', html: demoSite('spa/index.html'), expected: null },
  { name: 'demo: iframe booking frame', html: demoSite('iframe/frame.html'), expected: null },
];

function matching(page: PageCase): string[] {
  const doc = loadPage(page.html());
  return BUILT_IN_PROFILES.filter((p) =>
    profileMatchesPage(p, doc, 'https://booking.example.org/any/path', matchesUrlPattern),
  ).map((p) => p.id);
}

describe('built-in profiles as data', () => {
  it('are versioned, valid, built in, and recognise their system from the page on any host', () => {
    expect(BUILT_IN_PROFILES_VERSION).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(BUILT_IN_PROFILES.length).toBe(BUILT_IN_PROFILE_INPUTS.length);
    expect(new Set(BUILT_IN_PROFILES.map((p) => p.id)).size).toBe(BUILT_IN_PROFILES.length);
    for (const input of BUILT_IN_PROFILE_INPUTS) {
      const profile = SiteProfile.parse(input);
      expect(profile.builtIn, profile.id).toBe(true);
      expect(profile.version, profile.id).toBeGreaterThanOrEqual(1);
      expect(profile.match.urlPatterns, profile.id).toEqual([]);
      expect(profile.match.pageSignals.length, profile.id).toBeGreaterThan(0);
      expect(profile.needs.length, profile.id).toBeGreaterThan(0);
      expect(profile.channel, profile.id).toBeDefined();
    }
  });

  it('have only selectors that parse', () => {
    const check = domSelectorChecker(document);
    for (const profile of BUILT_IN_PROFILES)
      expect(validateProfileSelectors(profile, check), profile.id).toEqual([]);
  });

  it('survive a JSON round trip (export and import)', () => {
    for (const profile of BUILT_IN_PROFILES) {
      expect(SiteProfile.parse(JSON.parse(JSON.stringify(profile)))).toEqual(profile);
    }
  });

  it('each have a page to be tested on (a real page or a fixture from the project)', () => {
    const tested = new Set([...REAL_PAGES, ...FIXTURES].map((p) => p.expected));
    for (const profile of BUILT_IN_PROFILES) expect(tested.has(profile.id), profile.id).toBe(true);
  });
});

describe('every profile × every fixture page', () => {
  it.each(FIXTURES)('$name is recognised by $expected only', (page) => {
    expect(matching(page)).toEqual(page.expected ? [page.expected] : []);
  });
});

describe.skipIf(!HAVE_REAL_PAGES)(
  `every profile × every real page (${HAVE_REAL_PAGES ? 'present' : NO_REAL_PAGES_MESSAGE})`,
  () => {
    it.each(REAL_PAGES)('$name is recognised by $expected only', (page) => {
      expect(matching(page)).toEqual([page.expected]);
    });

    it('a URL pattern narrows a profile but the page must still match', () => {
      const doc = loadPage(realPageHtml('openmrs3'));
      const profile = BUILT_IN_PROFILES.find((p) => p.id === 'openmrs3-appointments')!;
      const narrowed = {
        ...profile,
        match: { ...profile.match, urlPatterns: ['https://emr.example.org/*'] },
      };
      expect(
        profileMatchesPage(narrowed, doc, 'https://emr.example.org/openmrs/spa/home', matchesUrlPattern),
      ).toBe(true);
      expect(profileMatchesPage(narrowed, doc, 'https://other.example.org/', matchesUrlPattern)).toBe(false);
    });
  },
);
