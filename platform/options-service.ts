/**
 * The background's side of the options page. The background is the single writer of settings: the page
 * sends what the manager changed, this checks the whole result strictly (lib/settings/envelope.ts) and
 * saves it, or answers with every problem and saves nothing. Organisation policy is applied on read;
 * changes to what the organisation locked are refused here too, not only greyed out in the page.
 */
import { browser } from '#imports';
import { validateSettingsStrict } from '../lib/settings/envelope';
import type { SettingsIssue } from '../lib/settings/issues';
import { describePolicy } from '../lib/settings/policy';
import { SETTINGS_PARTS, type Settings } from '../lib/settings/schema';
import { siteFromAddress } from '../lib/settings/site-entry';
import { type EffectiveSettings, loadSettingsWithPolicy } from './managed-policy';
import { messaging, type OptionsResult, type OptionsState } from './protocol';
import { syncContentScripts } from './registration';
import { isExtensionPage } from './senders';
import { serial } from './serial';
import { saveSettings } from './settings-service';
import { errorLogItem, settingsSetAsideItem, settingsWarningsItem, siteActivityItem } from './storage';

const LOCKED_ALL = 'Your organisation manages these settings: they cannot be changed here';

export async function optionsState(loaded?: EffectiveSettings): Promise<OptionsState> {
  const current = loaded ?? (await loadSettingsWithPolicy());
  const [warnings, setAside, errors, activity] = await Promise.all([
    settingsWarningsItem.getValue(),
    settingsSetAsideItem.getValue(),
    errorLogItem.getValue(),
    siteActivityItem.getValue(),
  ]);
  const granted: Record<string, boolean> = {};
  for (const site of current.effective.sites) {
    try {
      granted[site.id] = await browser.permissions.contains({ origins: [site.origin] });
    } catch {
      granted[site.id] = false;
    }
  }
  return {
    local: current.local,
    effective: current.effective,
    locks: current.locks,
    policy: {
      readable: current.managed.readable,
      active: current.active,
      lines: describePolicy(current.managed.policy),
      warnings: current.managed.warnings,
    },
    granted,
    activity: activity && typeof activity === 'object' ? activity : {},
    settingsWarnings: Array.isArray(warnings) ? warnings : [],
    setAsideAt: setAside?.time ?? null,
    errors: Array.isArray(errors) ? errors : [],
  };
}

const refused = (message: string, path = '(settings)'): OptionsResult => ({
  ok: false,
  errors: [{ path, message }],
});

/** Checks and saves new local settings; answers with the new state or every problem. */
async function commit(next: unknown, notes: string[] = []): Promise<OptionsResult> {
  const checked = validateSettingsStrict(next);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  await saveSettings(checked.settings);
  return { ok: true, state: await optionsState(), notes: [...notes, ...checked.notes] };
}

/** Which of the requested changes touch something the organisation locked. */
function lockedChanges(current: EffectiveSettings, changes: Partial<Settings>): SettingsIssue[] {
  const { locks, local } = current;
  const issues: SettingsIssue[] = [];
  const changed = <T>(value: T | undefined, before: T) =>
    value !== undefined && JSON.stringify(value) !== JSON.stringify(before);
  if (locks.rules && changed(changes.rules, local.rules)) {
    issues.push({ path: 'rules', message: 'Your organisation sets the rules: they cannot be changed here' });
  }
  const sites = changes.sites;
  if (
    sites &&
    locks.siteIds.some((id) =>
      changed(
        sites.find((s) => s.id === id),
        local.sites.find((s) => s.id === id),
      ),
    )
  ) {
    issues.push({
      path: 'sites',
      message: 'Booking systems added by your organisation cannot be changed here',
    });
  }
  return issues;
}

/** Settings change only from the extension's own pages, never from a content script (same id, page URL). */
function requireOptionsPage(sender: { id?: string; url?: string }): void {
  if (!isExtensionPage(sender))
    throw new Error("Only the extension's own pages may read or change its settings.");
}

export function registerOptionsHandlers(): void {
  // Every settings write from the options page goes through one queue: read, change, check, save.
  const queue = serial();

  messaging.onMessage('optionsState', ({ sender }) => {
    requireOptionsPage(sender);
    return optionsState();
  });

  messaging.onMessage('optionsAddSite', ({ data, sender }) =>
    queue(async () => {
      requireOptionsPage(sender);
      const current = await loadSettingsWithPolicy();
      if (current.locks.all) return refused(LOCKED_ALL);
      const address = String(data?.address ?? '').slice(0, 2000);
      const name = String(data?.name ?? '').slice(0, 100);
      const added = siteFromAddress(address, name, current.effective.sites);
      if (!added.ok) return refused(added.message, 'address');
      return commit({ ...current.local, sites: [...current.local.sites, added.site] }, [
        `Added ${added.site.name} (${added.site.origin})`,
      ]);
    }),
  );

  messaging.onMessage('optionsRemoveSite', ({ data, sender }) =>
    queue(async () => {
      requireOptionsPage(sender);
      const current = await loadSettingsWithPolicy();
      if (current.locks.all) return refused(LOCKED_ALL);
      const id = String(data?.id ?? '');
      if (current.locks.siteIds.includes(id)) {
        return refused(
          'This booking system was added by your organisation and cannot be removed here',
          'sites',
        );
      }
      const site = current.local.sites.find((s) => s.id === id);
      if (!site) return refused('That booking system is no longer in the list', 'sites');
      return commit({ ...current.local, sites: current.local.sites.filter((s) => s.id !== id) }, [
        `Removed ${site.name}`,
      ]);
    }),
  );

  messaging.onMessage('optionsSave', ({ data, sender }) =>
    queue(async () => {
      requireOptionsPage(sender);
      const current = await loadSettingsWithPolicy();
      if (current.locks.all) return refused(LOCKED_ALL);
      const changes = (data?.changes ?? {}) as Record<string, unknown>;
      const unknown = Object.keys(changes).filter((k) => !(SETTINGS_PARTS as readonly string[]).includes(k));
      if (unknown.length > 0) return refused(`Cannot change ${unknown.join(', ')}`);
      const locked = lockedChanges(current, changes as Partial<Settings>);
      if (locked.length > 0) return { ok: false, errors: locked };
      return commit({ ...current.local, ...changes, version: current.local.version });
    }),
  );

  messaging.onMessage('optionsImport', ({ data, sender }) =>
    queue(async () => {
      requireOptionsPage(sender);
      const current = await loadSettingsWithPolicy();
      if (current.locks.all) return refused(LOCKED_ALL);
      return commit(data?.settings);
    }),
  );

  messaging.onMessage('optionsClearErrors', async ({ sender }) => {
    requireOptionsPage(sender);
    await errorLogItem.setValue([]);
    return optionsState();
  });

  // A policy change (IT pushed new values) can add or remove sites: re-register the content script.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    void loadSettingsWithPolicy()
      .then((current) => syncContentScripts(current.effective.sites))
      .catch(() => undefined);
  });
}
