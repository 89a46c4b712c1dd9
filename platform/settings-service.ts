/**
 * Settings as the background sees them: read from storage, repaired field by field by parseSettings,
 * with a visible warning and the unusable original kept aside. The background is their only writer.
 */
import { parseSettings } from '../lib/settings';
import type { Settings } from '../lib/settings/schema';
import { settingsItem, settingsSetAsideItem, settingsWarningsItem } from './storage';

export async function loadSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const { settings, warnings, setAside } = parseSettings(raw ?? undefined);
  if (raw !== null && raw !== undefined) {
    await settingsWarningsItem.setValue(warnings);
    if (setAside !== undefined)
      await settingsSetAsideItem.setValue({ time: new Date().toISOString(), value: setAside });
  }
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
  await settingsWarningsItem.setValue([]);
}
