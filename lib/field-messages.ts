/**
 * zod field builders whose messages a practice manager can act on ("Site name cannot be empty"),
 * shared by every settings-like schema.
 */
import { z } from 'zod';

/** "X is required" when missing, otherwise "X must be <kind>". */
export function typeError(label: string, kind: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `${label} is required` : `${label} must be ${kind}`;
}

/** A text field with a length range, in words. */
export function text(label: string, max: number, min = 1) {
  return z
    .string({ error: typeError(label, 'text') })
    .min(min, `${label} cannot be empty`)
    .max(max, `${label} must be ${max} characters or fewer`);
}
