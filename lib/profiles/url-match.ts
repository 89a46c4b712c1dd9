/**
 * Browser match patterns ("https://emis.example.nhs.uk/*", "*://*.nhs.uk/booking/*") tested against
 * a URL. Written as a linear glob match, not a regex built from manager input, so a pattern can
 * never backtrack catastrophically.
 */

/** True when `text` matches `glob`, where `*` matches any run of characters (possibly empty). */
export function globMatch(glob: string, text: string): boolean {
  let g = 0;
  let t = 0;
  let starG = -1;
  let starT = 0;
  while (t < text.length) {
    if (g < glob.length && glob[g] !== '*' && glob[g] === text[t]) {
      g++;
      t++;
    } else if (g < glob.length && glob[g] === '*') {
      starG = g++;
      starT = t;
    } else if (starG !== -1) {
      g = starG + 1;
      t = ++starT;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}

export interface ParsedPattern {
  scheme: string;
  host: string;
  path: string;
}

/** Splits a match pattern; undefined when it is not one ("<all_urls>" is deliberately not supported). */
export function parseMatchPattern(pattern: string): ParsedPattern | undefined {
  const schemeEnd = pattern.indexOf('://');
  if (schemeEnd <= 0) return undefined;
  const scheme = pattern.slice(0, schemeEnd);
  if (!['http', 'https', '*'].includes(scheme)) return undefined;
  const rest = pattern.slice(schemeEnd + 3);
  const slash = rest.indexOf('/');
  const host = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? '/*' : rest.slice(slash);
  if (!host) return undefined;
  if (host.includes('*') && !(host === '*' || (host.startsWith('*.') && !host.slice(2).includes('*')))) {
    return undefined;
  }
  return { scheme, host: host.toLowerCase(), path };
}

export function matchesUrlPattern(pattern: string, url: string): boolean {
  const parsed = parseMatchPattern(pattern);
  if (!parsed) return false;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const scheme = target.protocol.slice(0, -1);
  if (parsed.scheme === '*' ? !['http', 'https'].includes(scheme) : parsed.scheme !== scheme) return false;
  const hostname = target.hostname.toLowerCase();
  // Match patterns ignore the port unless one is given.
  const hostWithPort = parsed.host.includes(':') ? target.host.toLowerCase() : hostname;
  if (parsed.host !== '*') {
    if (parsed.host.startsWith('*.')) {
      const base = parsed.host.slice(2);
      if (hostWithPort !== base && !hostWithPort.endsWith(`.${base}`)) return false;
    } else if (parsed.host !== hostWithPort) {
      return false;
    }
  }
  return globMatch(parsed.path, target.pathname + target.search);
}

/** The origin permission pattern for a URL: "https://host/*" (what permissions.request needs). */
export function originPattern(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return undefined;
  }
}

/** The page URL without query or fragment: they may hold patient identifiers. */
export function pageUrlWithoutQuery(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '';
  }
}
