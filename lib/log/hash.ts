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

/**
 * A chain key: HMAC-SHA-256 with an organisation's secret (lib/settings/policy.ts `chainSecret`).
 * `id` names the key in each record it keyed, so a verifier can tell which records it can check;
 * it is itself an HMAC (of a fixed label), so it tells nothing about the secret that the keyed
 * records do not already.
 */
export interface ChainKey {
  id: string;
  /** HMAC-SHA-256 of the bytes with the secret. */
  mac: (data: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer | Uint8Array>;
}

const KEY_ID_LABEL = 'equity-prompts chain key id v1';

/** A ChainKey from a secret, through Web Crypto. The secret stays inside the CryptoKey. */
export async function hmacChainKey(secret: string): Promise<ChainKey> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('Web Crypto (crypto.subtle) is not available here');
  const key = await subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac: ChainKey['mac'] = (data) => subtle.sign('HMAC', key, data);
  const id = toHex(await mac(encoder.encode(KEY_ID_LABEL))).slice(0, 16);
  return { id, mac };
}

/** The keyed hash stored in a record: HMAC-SHA-256 hex of canonical `{ seq, prev, event, key }`. */
export async function keyedRecordHash(
  seq: unknown,
  prev: unknown,
  event: unknown,
  key: ChainKey,
): Promise<string> {
  return toHex(await key.mac(encoder.encode(canonicalJson({ seq, prev, event, key: key.id }))));
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
