/** The PageConfig for a URL: which configured site it belongs to and what runs there. */

import { LocalVocabularyEntry } from '../lib/needs/local-vocabulary';
import { BUILT_IN_VOCABULARY } from '../lib/needs/vocabulary';
import { SiteProfile } from '../lib/profiles/schema';
import { matchesUrlPattern } from '../lib/profiles/url-match';
import { DEFAULT_RULESET_VERSION } from '../lib/rules/defaults';
import type { Settings } from '../lib/settings/schema';
import type { PageConfig } from './protocol';

/** Built-in profiles are added by lib/profiles/builtin when that module ships them. */
export function pageConfigFor(
  settings: Settings,
  url: string,
  builtIns: SiteProfile[] = [],
): PageConfig | null {
  const site = settings.sites.find((s) => s.enabled && matchesUrlPattern(s.origin, url));
  if (!site) return null;
  const configured = settings.profiles.flatMap((raw) => {
    const parsed = SiteProfile.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  const own = configured.filter((p) => p.id === site.profileId);
  const others = configured.filter((p) => p.id !== site.profileId);
  return {
    siteId: site.id,
    siteName: site.name,
    profiles: [...own, ...others, ...(settings.builtInProfiles ? builtIns : [])],
    rules: settings.rules.filter((r) => r.enabled),
    rulesetLabel: `Practice equity rules v${DEFAULT_RULESET_VERSION}`,
    // The content script compiles this without zod: only entries the recogniser's own schema accepts go.
    vocabulary: {
      data: BUILT_IN_VOCABULARY,
      local: {
        entries: settings.vocabulary.entries.filter((e) => LocalVocabularyEntry.safeParse(e).success),
      },
    },
    adviceOnly: settings.adviceOnly,
    language: settings.language,
    patientReference: settings.privacy.patientReference,
    reminderDays: settings.fatigue.reminderDays,
    askNeeds: settings.askNeeds.enabled,
  };
}
