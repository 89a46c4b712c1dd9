/**
 * A plain-words summary of what an import would change, for the import preview: one line per area
 * that differs, e.g. "Rules: 2 changed, 1 added" or "Privacy: retention 365 → 90 days". Empty when the
 * two settings are the same.
 */
import type { Rule } from '../rules/schema';
import type { Settings, SiteConfig } from './schema';

/** JSON with object keys sorted, so equal data compares equal whatever the key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);
const onOff = (value: boolean): string => (value ? 'on' : 'off');
const LANGUAGE_NAMES: Record<Settings['language'], string> = { en: 'English', cy: 'Welsh' };

interface Changes<T> {
  added: T[];
  removed: T[];
  changed: Array<{ before: T; after: T }>;
}

function compareById<T>(before: readonly T[], after: readonly T[], id: (item: T) => string): Changes<T> {
  const beforeById = new Map(before.map((item) => [id(item), item]));
  const afterIds = new Set(after.map(id));
  const changes: Changes<T> = { added: [], removed: [], changed: [] };
  for (const item of after) {
    const old = beforeById.get(id(item));
    if (old === undefined) changes.added.push(item);
    else if (!same(old, item)) changes.changed.push({ before: old, after: item });
  }
  for (const item of before) if (!afterIds.has(id(item))) changes.removed.push(item);
  return changes;
}

/** "2 changed, 1 added (Accurx Web)" — names shown for up to three items. */
function names<T>(items: readonly T[], name: (item: T) => string): string {
  if (items.length === 0 || items.length > 3) return '';
  return ` (${items.map(name).join(', ')})`;
}

function sitesLine(a: readonly SiteConfig[], b: readonly SiteConfig[]): string | null {
  const c = compareById(a, b, (s) => s.id);
  const parts: string[] = [];
  if (c.changed.length) parts.push(`${c.changed.length} changed${names(c.changed, (x) => x.after.name)}`);
  if (c.added.length) parts.push(`${c.added.length} added${names(c.added, (s) => s.name)}`);
  if (c.removed.length) parts.push(`${c.removed.length} removed${names(c.removed, (s) => s.name)}`);
  return parts.length ? `Sites: ${parts.join(', ')}` : null;
}

/** Rules that differ only in `enabled` are reported as turned on/off, not as changed. */
function rulesLine(a: readonly Rule[], b: readonly Rule[]): string | null {
  const c = compareById(a, b, (r) => r.id);
  const toggled = c.changed.filter((x) => same({ ...x.before, enabled: x.after.enabled }, x.after));
  const edited = c.changed.filter((x) => !toggled.includes(x));
  const off = toggled.filter((x) => !x.after.enabled);
  const on = toggled.filter((x) => x.after.enabled);
  const parts: string[] = [];
  if (edited.length) parts.push(`${edited.length} changed${names(edited, (x) => x.after.name)}`);
  if (c.added.length) parts.push(`${c.added.length} added${names(c.added, (r) => r.name)}`);
  if (c.removed.length) parts.push(`${c.removed.length} removed${names(c.removed, (r) => r.name)}`);
  if (off.length) parts.push(`${off.length} turned off${names(off, (x) => x.after.name)}`);
  if (on.length) parts.push(`${on.length} turned on${names(on, (x) => x.after.name)}`);
  if (
    !parts.length &&
    !same(
      a.map((r) => r.id),
      b.map((r) => r.id),
    )
  )
    parts.push('order changed');
  return parts.length ? `Rules: ${parts.join(', ')}` : null;
}

function profilesLine(a: Settings['profiles'], b: Settings['profiles']): string | null {
  // Profiles are opaque here (lib/profiles owns their shape); compare by `id` when they have one.
  const id = (p: Record<string, unknown>, index: number) =>
    typeof p.id === 'string' ? p.id : `#${index}:${canonical(p)}`;
  const c = compareById(
    a.map((p, i) => ({ key: id(p, i), p })),
    b.map((p, i) => ({ key: id(p, i), p })),
    (x) => x.key,
  );
  const parts: string[] = [];
  if (c.changed.length) parts.push(`${c.changed.length} changed`);
  if (c.added.length) parts.push(`${c.added.length} added`);
  if (c.removed.length) parts.push(`${c.removed.length} removed`);
  return parts.length ? `Site profiles: ${parts.join(', ')}` : null;
}

function vocabularyLine(a: Settings['vocabulary'], b: Settings['vocabulary']): string | null {
  const key = (e: Settings['vocabulary']['entries'][number]) =>
    canonical([e.category, e.keyword, e.code ?? '']);
  const before = new Set(a.entries.map(key));
  const after = new Set(b.entries.map(key));
  const added = [...after].filter((k) => !before.has(k)).length;
  const removed = [...before].filter((k) => !after.has(k)).length;
  const parts: string[] = [];
  if (added) parts.push(`${added} ${added === 1 ? 'entry' : 'entries'} added`);
  if (removed) parts.push(`${removed} removed`);
  return parts.length ? `Vocabulary: ${parts.join(', ')}` : null;
}

function privacyLines(a: Settings['privacy'], b: Settings['privacy']): string[] {
  const lines: string[] = [];
  if (a.patientReference !== b.patientReference) {
    lines.push(`Privacy: patient reference ${a.patientReference} → ${b.patientReference}`);
  }
  if (a.retentionDays !== b.retentionDays) {
    lines.push(`Privacy: retention ${a.retentionDays} → ${b.retentionDays} days`);
  }
  return lines;
}

/** What changes when `b` replaces `a`, one line per area, in the order the options page shows them. */
export function diffSettings(a: Settings, b: Settings): string[] {
  const lines: Array<string | null> = [
    sitesLine(a.sites, b.sites),
    profilesLine(a.profiles, b.profiles),
    a.builtInProfiles !== b.builtInProfiles
      ? `Built-in profiles: ${onOff(a.builtInProfiles)} → ${onOff(b.builtInProfiles)}`
      : null,
    rulesLine(a.rules, b.rules),
    vocabularyLine(a.vocabulary, b.vocabulary),
    ...privacyLines(a.privacy, b.privacy),
    a.adviceOnly !== b.adviceOnly ? `Advice only: ${onOff(a.adviceOnly)} → ${onOff(b.adviceOnly)}` : null,
    a.language !== b.language
      ? `Language: ${LANGUAGE_NAMES[a.language]} → ${LANGUAGE_NAMES[b.language]}`
      : null,
  ];
  return lines.filter((line): line is string => line !== null);
}
