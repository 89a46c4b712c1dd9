/**
 * Settings as the background sees them: read from storage, repaired field by field by parseSettings,
 * with a visible warning and the unusable original kept aside. The background is their only writer.
 */
import { parseSettings } from '../lib/settings';
import type { Settings } from '../lib/settings/schema';
import { settingsItem, settingsSetAsideItem, settingsWarningsItem } from './storage';

/**
 * Settings are read on every page the extension answers, so their warnings and set-aside copy are
 * written only when they change: Firefox fires storage.onChanged even for an unchanged value (Chrome
 * does not), and the options page reloads on those keys, which asks for settings again: a write on
 * every read made two open options pages ping-pong and delay every booking page's first prompt.
 */
export async function loadSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const { settings, warnings, setAside } = parseSettings(raw ?? undefined);
  if (raw !== null && raw !== undefined) {
    await setWarnings(warnings);
    if (setAside !== undefined) {
      const kept = await settingsSetAsideItem.getValue();
      if (!sameJson(kept?.value, setAside)) {
        await settingsSetAsideItem.setValue({ time: new Date().toISOString(), value: setAside });
      }
    }
  }
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
  await setWarnings([]);
}

async function setWarnings(warnings: string[]): Promise<void> {
  if (!sameJson(await settingsWarningsItem.getValue(), warnings))
    await settingsWarningsItem.setValue(warnings);
}

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}
