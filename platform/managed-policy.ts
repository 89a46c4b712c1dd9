/**
 * The organisation policy from the browser's managed storage, and the settings in force (local
 * settings with the policy applied, lib/settings/policy.ts). Chrome returns {} when no policy is set;
 * Firefox rejects when there is no policies.json: both read as "no policy".
 */
import { browser } from '#imports';
import {
  applyPolicy,
  isEmptyPolicy,
  type ParsedPolicy,
  type PolicyLocks,
  parsePolicy,
} from '../lib/settings/policy';
import type { Settings } from '../lib/settings/schema';
import { loadSettings } from './settings-service';

export interface ManagedPolicy extends ParsedPolicy {
  /** False when the browser would not let us read managed storage at all. */
  readable: boolean;
}

export async function readManagedPolicy(): Promise<ManagedPolicy> {
  try {
    const raw = await browser.storage.managed.get(null);
    return { ...parsePolicy(raw), readable: true };
  } catch {
    return { policy: {}, warnings: [], readable: false };
  }
}

export interface EffectiveSettings {
  local: Settings;
  effective: Settings;
  locks: PolicyLocks;
  managed: ManagedPolicy;
  active: boolean;
}

export async function loadSettingsWithPolicy(): Promise<EffectiveSettings> {
  const [local, managed] = await Promise.all([loadSettings(), readManagedPolicy()]);
  const { settings, locks } = applyPolicy(local, managed.policy);
  return { local, effective: settings, locks, managed, active: !isEmptyPolicy(managed.policy) };
}

/** The settings in force: what content scripts, registration and retention must use. */
export async function loadEffectiveSettings(): Promise<Settings> {
  return (await loadSettingsWithPolicy()).effective;
}
