import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../lib/log/canonical';
import { GENESIS_HASH, recordHash, sha256Hex, toHex } from '../../../lib/log/hash';
import { nodeDigest } from './fixtures';

describe('canonicalJson', () => {
  it('does not depend on key order, at any depth', () => {
    const a = { b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'x' } };
    const b = { a: { c: 'x', d: [1, { x: 1, y: 2 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"c":"x","d":[1,{"x":1,"y":2}]},"b":1}');
  });

  it('leaves out undefined properties, as storage does', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson([undefined, null])).toBe('[null,null]');
    expect(canonicalJson('é"\n')).toBe(JSON.stringify('é"\n'));
  });
});

describe('hashing', () => {
  it('is SHA-256 hex over canonical { seq, prev, event } (Web Crypto and node agree)', async () => {
    const event = { id: 'x', type: 'audit' };
    const expected = createHash('sha256')
      .update(`{"event":{"id":"x","type":"audit"},"prev":"${GENESIS_HASH}","seq":1}`)
      .digest('hex');
    expect(await recordHash(1, GENESIS_HASH, event)).toBe(expected);
    expect(await recordHash(1, GENESIS_HASH, event, nodeDigest)).toBe(expected);
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(toHex(new Uint8Array([0, 15, 255]))).toBe('000fff');
  });
});
