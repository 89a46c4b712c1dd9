// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPatientReference } from '../../../lib/profiles/patient';
import { SiteProfile } from '../../../lib/profiles/schema';

const dom = (html: string) =>
  new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');

describe('reading the patient reference a booking page shows', () => {
  it('generic: a patient banner data attribute or a hidden patient id field', () => {
    expect(readPatientReference(dom('<section data-patient-id=" P-12 ">Ann</section>'), undefined)).toBe(
      'P-12',
    );
    expect(readPatientReference(dom('<input type="hidden" name="patientId" value="77">'), undefined)).toBe(
      '77',
    );
  });

  it('skips empty fields and finds none when the page shows none', () => {
    expect(
      readPatientReference(
        dom('<input name="patientId" value=""><div data-patient-id="9"></div>'),
        undefined,
      ),
    ).toBe('9');
    expect(readPatientReference(dom('<p>No patient</p>'), undefined)).toBeNull();
  });

  it("uses the profile's own selector, reading text", () => {
    const profile = SiteProfile.parse({
      id: 'p',
      name: 'P',
      match: { urlPatterns: ['https://x.example/*'] },
      patientRef: { selector: '.mrn' },
    });
    expect(readPatientReference(dom('<span class="mrn">\n MRN 5 </span>'), profile)).toBe('MRN 5');
  });
});
