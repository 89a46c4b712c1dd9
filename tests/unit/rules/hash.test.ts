import { describe, expect, it } from 'vitest';
import { stableUuid } from '../../../lib/rules/hash';

const UUID_V8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('stableUuid', () => {
  it('is deterministic', () => {
    expect(stableUuid('hook-1', 'rule', '1')).toBe(stableUuid('hook-1', 'rule', '1'));
  });

  it('is shaped as an RFC 9562 version 8 UUID', () => {
    for (let i = 0; i < 200; i++) expect(stableUuid(`hook-${i}`, 'r', '1')).toMatch(UUID_V8);
  });

  it('changes with every part, and with how the parts are split', () => {
    const ids = new Set([
      stableUuid('hook-1', 'rule', '1'),
      stableUuid('hook-2', 'rule', '1'),
      stableUuid('hook-1', 'rule-2', '1'),
      stableUuid('hook-1', 'rule', '2'),
      stableUuid('hook-1r', 'ule', '1'),
      stableUuid(''),
      stableUuid(),
    ]);
    expect(ids.size).toBe(7);
  });

  it('does not collide across many inputs', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20_000; i++) ids.add(stableUuid(String(i), 'rule', '1'));
    expect(ids.size).toBe(20_000);
  });

  it('handles non-ASCII and long input', () => {
    expect(stableUuid('😀 Cymraeg ŵ ŷ', 'x'.repeat(100_000))).toMatch(UUID_V8);
  });
});
