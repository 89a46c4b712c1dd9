/**
 * Bringing stored rules up to a new shipped default rule set. Settings store the whole rule list, so
 * nothing else refreshes the defaults an install started with. This runs inside a settings migration
 * (migrations.ts) on plain, not yet validated data:
 *
 * - a stored rule identical to the previous shipped default (ignoring `enabled`) is replaced by the new
 *   default, keeping the manager's on/off choice;
 * - a stored rule with a shipped id but other content was edited by the manager and is kept as it is;
 * - a rule the manager added (an id the previous defaults never had) is kept, even if a new default
 *   uses the same id (the manager's rule wins, and is counted with the edited ones);
 * - a new default whose id the previous defaults did not have is added at the end of the list (so every
 *   stored rule keeps its position, and a problem found later in an imported file is reported at the
 *   position the manager sees in that file);
 * - a previous default id missing from the stored list was deleted by the manager on purpose (every
 *   install started with all of them), so it is not brought back: it is listed in `notRestored`;
 * - when the manager kept none of the previous defaults switched on (deleted or switched off every one,
 *   or emptied the list), new defaults are added switched off, so "no default prompts" stays true.
 *
 * What it did is returned as a RulesUpdate for the options page to tell the manager.
 *
 * For a later rule set version: freeze the current defaults as data (as defaults-v1.ts), bump
 * SETTINGS_VERSION and add a migration that calls refreshDefaultRules with them.
 */
import { z } from 'zod';
import { canonicalJson } from '../log/canonical';
import { MAX_RULES } from '../rules/limits';
import { Rule } from '../rules/schema';
import { isPlainRecord } from './sanitize';

const RuleIds = z.array(z.string().max(64)).max(MAX_RULES);

/** What a default rules refresh changed; kept in the settings until the manager dismisses it. */
export const RulesUpdate = z.object({
  from: z.number().int().min(0),
  to: z.number().int().min(1),
  /** Default rules left as shipped and now replaced by the new version. */
  refreshed: RuleIds,
  /** New default rules added. */
  added: RuleIds,
  /** True when the added rules were added switched off (the manager had no default rule on). */
  addedOff: z.boolean(),
  /** Default rules the manager had edited (or own rules using a new default's id): kept as they were. */
  edited: RuleIds,
  /** Previous defaults the manager had deleted: not brought back. */
  notRestored: RuleIds,
});
export type RulesUpdate = z.infer<typeof RulesUpdate>;

export interface RefreshResult {
  /** The new rule list (still unvalidated data: stored rules the refresh did not touch are as they were). */
  rules: unknown;
  update: RulesUpdate | null;
}

/** Rule content without the on/off switch: switching a default off is a choice, not an edit. */
function content(rule: Record<string, unknown>): string {
  const { enabled: _enabled, ...rest } = rule;
  return canonicalJson(rest);
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function refreshDefaultRules(
  stored: unknown,
  previous: readonly Rule[],
  current: readonly Rule[],
  versions: { from: number; to: number },
): RefreshResult {
  // Not a list, or a list of only unreadable rules: parseSettings repairs it to the current defaults
  // (switched on), which is already a refresh. Refreshing it here would add the new defaults switched
  // off ("no default was on") and leave no prompt at all once the unreadable ones are dropped. (An
  // empty list is the manager's choice and is refreshed below: new defaults added switched off.)
  const unreadable = (list: unknown[]) =>
    list.length > 0 && !list.some((element) => Rule.safeParse(element).success);
  if (!Array.isArray(stored) || unreadable(stored)) {
    return { rules: stored, update: null };
  }

  const previousById = new Map(previous.map((r) => [r.id, r]));
  const currentById = new Map(current.map((r) => [r.id, r]));
  const update: RulesUpdate = {
    ...versions,
    refreshed: [],
    added: [],
    addedOff: false,
    edited: [],
    notRestored: [],
  };

  const storedIds = new Set<string>();
  let defaultOn = false;
  const next: unknown[] = [];
  for (const element of stored) {
    const id = isPlainRecord(element) && typeof element.id === 'string' ? element.id : null;
    if (id === null || !isPlainRecord(element)) {
      next.push(element); // left for parseSettings to report and drop
      continue;
    }
    storedIds.add(id);
    const shipped = previousById.get(id);
    if (shipped && element.enabled !== false) defaultOn = true;
    // A rule whose switch is not true/false is not a rule as shipped: left for parseSettings to report.
    if (typeof element.enabled !== 'boolean') {
      next.push(element);
      continue;
    }
    if (shipped && content(element) === content(shipped as unknown as Record<string, unknown>)) {
      const replacement = currentById.get(id);
      if (!replacement) continue; // a default retired by the new set, never changed here: dropped
      next.push({ ...copy(replacement), enabled: element.enabled });
      if (canonicalJson(replacement) !== canonicalJson(shipped)) update.refreshed.push(id);
      continue;
    }
    if (shipped || currentById.has(id)) update.edited.push(id);
    next.push(element);
  }

  update.addedOff = previous.length > 0 && !defaultOn;
  for (const rule of current) {
    if (previousById.has(rule.id)) {
      if (!storedIds.has(rule.id)) update.notRestored.push(rule.id);
      continue;
    }
    if (storedIds.has(rule.id) || next.length >= MAX_RULES) continue;
    next.push({ ...copy(rule), enabled: !update.addedOff });
    storedIds.add(rule.id);
    update.added.push(rule.id);
  }
  return { rules: next, update };
}
