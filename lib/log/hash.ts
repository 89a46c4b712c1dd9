/**
 * SHA-256 over the canonical JSON of a record, through Web Crypto. The digest is injectable so a
 * caller without `globalThis.crypto.subtle` (or a test wanting a faster one) can supply its own; it
 * must still be SHA-256 or stored hashes will not verify elsewhere.
 */
import { canonicalJson } from './canonical';

/** SHA-256 of the bytes. */
export type Digest = (data: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer | Uint8Array>;

/** `prev` of the first record of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Web Crypto SHA-256, resolved at call time so importing this module never needs crypto. */
export const webCryptoDigest: Digest = (data) => {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return Promise.reject(new Error('Web Crypto (crypto.subtle) is not available here'));
  return subtle.digest('SHA-256', data);
};

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const encoder = new TextEncoder();

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  for (const byte of view) out += HEX[byte]!;
  return out;
}

export async function sha256Hex(text: string, digest: Digest = webCryptoDigest): Promise<string> {
  return toHex(await digest(encoder.encode(text)));
}

/** The hash stored in a record: SHA-256 hex of canonical `{ seq, prev, event }`. */
export function recordHash(
  seq: unknown,
  prev: unknown,
  event: unknown,
  digest: Digest = webCryptoDigest,
): Promise<string> {
  return sha256Hex(canonicalJson({ seq, prev, event }), digest);
}
