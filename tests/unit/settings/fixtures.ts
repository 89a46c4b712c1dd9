/** A complete, valid settings object as it would sit in storage or an export file. */
import { defaultRules } from '../../../lib/rules/defaults';
import type { Settings } from '../../../lib/settings/schema';

export function validSettings(): Settings {
  return {
    version: 2,
    sites: [
      {
        id: 'emis',
        name: 'EMIS Web booking',
        origin: 'https://emis.example.nhs.uk/*',
        profileId: 'emis-profile',
        enabled: true,
        addedAt: '2025-01-02T03:04:05.000Z',
      },
      {
        id: 'local',
        name: 'Local demo',
        origin: 'http://localhost:8080/booking/*',
        enabled: false,
        addedAt: '2025-02-01T10:00:00+01:00',
      },
    ],
    profiles: [{ id: 'emis-profile', name: 'EMIS', readers: { needs: ['.alerts'] } }],
    rules: defaultRules(),
    vocabulary: {
      entries: [
        { category: 'no-digital-access', keyword: 'no smartphone' },
        { category: 'interpreter', keyword: 'interp req', code: '315594003' },
      ],
    },
    privacy: { patientReference: 'pseudonymous', retentionDays: 90 },
    adviceOnly: true,
    language: 'cy',
    builtInProfiles: false,
    fatigue: { reminderDays: 14 },
    askNeeds: { enabled: true },
    rulesUpdate: null,
  };
}
