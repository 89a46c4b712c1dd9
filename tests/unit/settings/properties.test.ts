/** Property-based checks of settings parsing: it never throws, and valid settings round-trip. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../lib/settings';
import { defaultSettings, Settings } from '../../../lib/settings/schema';

describe('parseSettings (properties)', () => {
  it('never throws and always returns valid settings, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (raw) => {
        const { settings } = parseSettings(raw);
        expect(Settings.safeParse(settings).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('valid settings survive a JSON round trip unchanged and without warnings', () => {
    fc.assert(
      fc.property(
        fc.record({
          adviceOnly: fc.boolean(),
          language: fc.constantFrom('en' as const, 'cy' as const),
          retentionDays: fc.integer({ min: 1, max: 3650 }),
          patientReference: fc.constantFrom('off' as const, 'pseudonymous' as const),
        }),
        (p) => {
          const original = defaultSettings();
          original.adviceOnly = p.adviceOnly;
          original.language = p.language;
          original.privacy = { patientReference: p.patientReference, retentionDays: p.retentionDays };
          const { settings, warnings } = parseSettings(JSON.parse(JSON.stringify(original)));
          expect(warnings).toEqual([]);
          expect(settings).toEqual(original);
        },
      ),
    );
  });

  it('a version-0 file with the same content migrates to the current version', () => {
    fc.assert(
      fc.property(fc.boolean(), (adviceOnly) => {
        const current = { ...defaultSettings(), adviceOnly };
        const { version: _dropped, ...withoutVersion } = current;
        const { settings } = parseSettings(withoutVersion);
        expect(settings.version).toBe(current.version);
        expect(settings.adviceOnly).toBe(adviceOnly);
      }),
    );
  });
});
