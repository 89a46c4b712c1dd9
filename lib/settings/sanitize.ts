/**
 * Copies untrusted settings data (storage, imported files) into plain JSON-like values before any
 * other code looks at it: drops keys that could pollute prototypes (`__proto__`, `constructor`,
 * `prototype`), values JSON cannot hold (functions, symbols, class instances), cycles, and structures
 * too deep or too large to be real settings. The copy has only own, plain properties.
 */
import { formatPath } from './issues';

export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Real settings nest about 7 levels (rules[i].prompt.suggestions[j].action.kind). */
export const MAX_DEPTH = 24;
/** Far above a full settings object (200 rules, 2000 vocabulary entries), far below a hang. */
export const MAX_NODES = 500_000;

export type Report = (path: string, message: string) => void;

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

class TooLarge extends Error {}

/**
 * A sanitised deep copy of `value`. Dropped parts are reported with their path; anything dropped
 * becomes `undefined` (absent), which the field-by-field repair then fills with a default.
 */
export function toPlainData(value: unknown, report: Report): unknown {
  let nodes = 0;
  const ancestors = new Set<object>();

  const copy = (input: unknown, path: PropertyKey[]): unknown => {
    nodes += 1;
    if (nodes > MAX_NODES) throw new TooLarge();
    if (input === null || typeof input === 'string' || typeof input === 'boolean') return input;
    if (typeof input === 'number') return input;
    if (typeof input !== 'object') {
      if (input !== undefined) report(formatPath(path), `${typeof input} value removed`);
      return undefined;
    }
    if (path.length >= MAX_DEPTH) {
      report(formatPath(path), 'nested too deeply — removed');
      return undefined;
    }
    if (ancestors.has(input)) {
      report(formatPath(path), 'circular reference removed');
      return undefined;
    }
    if (!Array.isArray(input) && !isPlainRecord(input)) {
      report(formatPath(path), 'unsupported value removed');
      return undefined;
    }
    ancestors.add(input);
    try {
      if (Array.isArray(input)) {
        const out: unknown[] = [];
        for (let i = 0; i < input.length; i++) out.push(copy(input[i], [...path, i]));
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(input)) {
        if (UNSAFE_KEYS.has(key)) {
          report(formatPath([...path, key]), 'unsafe key removed');
          continue;
        }
        const child = copy(input[key], [...path, key]);
        if (child !== undefined) out[key] = child;
      }
      return out;
    } finally {
      ancestors.delete(input);
    }
  };

  try {
    return copy(value, []);
  } catch (error) {
    if (error instanceof TooLarge) {
      report('(settings)', `larger than ${MAX_NODES} values — removed`);
      return undefined;
    }
    throw error;
  }
}
