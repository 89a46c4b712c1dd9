/**
 * Canonical JSON: the same value always gives the same text, whatever order its keys were built in
 * or came back from storage in. The hash chain hashes this text, so it must not depend on insertion
 * order. Object keys are sorted by UTF-16 code units; `undefined` properties are left out (as
 * JSON.stringify and chrome.storage do), so an absent optional field and one set to undefined agree.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // JSON.stringify gives undefined for undefined/functions/symbols; inside arrays JSON uses null.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  }
  const obj = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(obj).sort()) {
    const item = obj[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
  }
  return `{${parts.join(',')}}`;
}
