/**
 * Turns zod errors into (path, message) pairs a practice manager can read, with paths written the way
 * the settings look in an exported file: `rules[2].prompt.summary`.
 */
import type { z } from 'zod';

export interface SettingsIssue {
  path: string;
  message: string;
}

type PathPart = PropertyKey;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['rules', 2, 'prompt', 'summary']` → `rules[2].prompt.summary`; odd keys are quoted. */
export function formatPath(parts: readonly PathPart[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && IDENTIFIER.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/**
 * One entry per issue, in zod's order, duplicates removed. `basePath` is prepended, so issues found
 * while checking one element (e.g. a single rule) can be reported at their place in the whole object.
 * Union errors are reported once at the union's path, with zod's (customised) message.
 */
export function formatZodIssues(error: z.ZodError, basePath: readonly PathPart[] = []): SettingsIssue[] {
  const seen = new Set<string>();
  const out: SettingsIssue[] = [];
  for (const issue of error.issues) {
    const path = formatPath([...basePath, ...issue.path]);
    const key = `${path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, message: issue.message });
  }
  return out;
}
