import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, toPlainData } from '../../../lib/settings/sanitize';

function sanitize(value: unknown) {
  const reports: string[] = [];
  const data = toPlainData(value, (path, message) => reports.push(`${path}: ${message}`));
  return { data, reports };
}

describe('toPlainData', () => {
  it.each<[unknown]>([
    [null],
    [0],
    [-1.5],
    [''],
    ['text'],
    [true],
    [[1, 'a', null]],
    [{ a: { b: [1, { c: 2 }] } }],
  ])('copies plain JSON data unchanged: %j', (value) => {
    const { data, reports } = sanitize(value);
    expect(data).toEqual(value);
    expect(reports).toEqual([]);
  });

  it('returns a copy, not the same objects', () => {
    const value = { a: { b: 1 } };
    const { data } = sanitize(value);
    expect(data).not.toBe(value);
    expect((data as typeof value).a).not.toBe(value.a);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('removes "%s" keys', (key) => {
    const value = JSON.parse(`{"ok":1,"nested":{"${key}":{"polluted":true}},"${key}":{"polluted":true}}`);
    const { data, reports } = sanitize(value);
    expect(data).toEqual({ ok: 1, nested: {} });
    expect(Object.keys(data as object)).toEqual(['ok', 'nested']);
    expect(reports).toEqual([`nested.${key}: unsafe key removed`, `${key}: unsafe key removed`]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('removes values JSON cannot hold', () => {
    const { data, reports } = sanitize({
      f: () => 1,
      s: Symbol('x'),
      b: 1n,
      d: new Date(0),
      m: new Map(),
      u: undefined,
      ok: 1,
    });
    expect(data).toEqual({ ok: 1 });
    expect(reports).toEqual([
      'f: function value removed',
      's: symbol value removed',
      'b: bigint value removed',
      'd: unsupported value removed',
      'm: unsupported value removed',
    ]);
  });

  it('keeps array positions when an element is removed', () => {
    expect(sanitize([1, () => 2, 3]).data).toEqual([1, undefined, 3]);
  });

  it('cuts nesting at MAX_DEPTH', () => {
    let value: unknown = 'leaf';
    for (let i = 0; i < MAX_DEPTH + 5; i++) value = { a: value };
    const { reports } = sanitize(value);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/nested too deeply — removed$/);
  });

  it('removes cycles but keeps shared, non-circular references', () => {
    const shared = { x: 1 };
    const value: Record<string, unknown> = { a: shared, b: shared };
    value.self = value;
    const { data, reports } = sanitize(value);
    expect(data).toEqual({ a: { x: 1 }, b: { x: 1 } });
    expect(reports).toEqual(['self: circular reference removed']);
  });

  it('gives up on structures with too many values', () => {
    const { data, reports } = sanitize({ list: new Array(600_000).fill(1) });
    expect(data).toBeUndefined();
    expect(reports).toEqual(['(settings): larger than 500000 values — removed']);
  });
});
