/**
 * A stable, non-cryptographic hash shaped as a UUID, so that the same booking observation and rule
 * always give the same card uuid (CDS Hooks feedback refers to cards by uuid, and the log must be able
 * to match "shown" with "accepted"). Not a secret and not collision-proof against an attacker; it only
 * has to be deterministic and spread well. Pure JavaScript so it runs anywhere without crypto.
 */

/** 128-bit hash of a string as four 32-bit words (cyrb128 mixing: four multiply-xor lanes). */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

/**
 * A UUID string derived from the parts. Marked as RFC 9562 version 8 ("custom") with the standard
 * variant bits, which is the honest label for a vendor-defined, hash-based id.
 */
export function stableUuid(...parts: readonly string[]): string {
  // Length-prefix each part so ("ab","c") and ("a","bc") hash differently.
  const [a, b, c, d] = hash128(parts.map((p) => `${p.length}:${p}`).join('|'));
  const hex = hex8(a) + hex8(b) + hex8(c) + hex8(d);
  const version = `8${hex.slice(13, 16)}`;
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}
