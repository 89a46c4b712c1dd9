/**
 * Turning what a practice manager types ("emis.example.nhs.uk", "https://host/booking?x=1",
 * "https://*.example.nhs.uk/*") into a site entry and the host permission pattern to ask the browser
 * for. Pure, so the options page can compute the pattern synchronously inside the click handler
 * (permissions.request must be called during the user's click).
 */
import { originPattern } from '../profiles/url-match';
import { SiteConfig } from './schema';

export type SiteEntryResult = { ok: true; site: SiteConfig } | { ok: false; message: string };

/** The match pattern for an address or pattern, or a message saying what is wrong with it. */
export function sitePattern(address: string): { ok: true; pattern: string } | { ok: false; message: string } {
  const text = address.trim();
  if (!text)
    return {
      ok: false,
      message: 'Enter the address of the booking system, e.g. https://booking.example.nhs.uk',
    };
  if (/\s/.test(text)) return { ok: false, message: 'The address cannot contain spaces' };
  if (text.includes('*')) {
    // A pattern typed by hand: accept the strict form only (never "<all_urls>" or "*://*/*").
    const valid = SiteConfig.shape.origin.safeParse(text).success && !/^[^:]+:\/\/\*(\/|:|$)/.test(text);
    return valid
      ? { ok: true, pattern: text }
      : {
          ok: false,
          message:
            'A pattern must name a host, e.g. https://*.example.nhs.uk/* (a single "*" host is not allowed)',
        };
  }
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text);
  if (hasScheme && !/^https?:\/\//i.test(text)) {
    return { ok: false, message: 'Only web addresses starting with https:// or http:// can be watched' };
  }
  const pattern = originPattern(hasScheme ? text : `https://${text}`);
  if (!pattern || !SiteConfig.shape.origin.safeParse(pattern).success) {
    return {
      ok: false,
      message: 'That does not look like a web address, e.g. https://booking.example.nhs.uk',
    };
  }
  return { ok: true, pattern };
}

/** A new site for `address`, with a unique id; refuses an address that is already configured. */
export function siteFromAddress(
  address: string,
  name: string,
  existing: readonly SiteConfig[],
  now: Date = new Date(),
): SiteEntryResult {
  const checked = sitePattern(address);
  if (!checked.ok) return checked;
  const { pattern } = checked;
  const same = existing.find((s) => s.origin === pattern);
  if (same) return { ok: false, message: `${pattern} is already in the list as "${same.name}"` };
  const host = hostOf(pattern);
  const base = slug(host) || 'site';
  const ids = new Set(existing.map((s) => s.id));
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  const site = {
    id,
    name: name.trim() || host.replace(/^\*\./, ''),
    origin: pattern,
    enabled: true,
    addedAt: now.toISOString(),
  };
  const result = SiteConfig.safeParse(site);
  if (!result.success)
    return { ok: false, message: result.error.issues[0]?.message ?? 'That site cannot be added' };
  return { ok: true, site: result.data };
}

/** "https://*.example.nhs.uk/*" → "*.example.nhs.uk" */
export function hostOf(pattern: string): string {
  return /^[^:]+:\/\/([^/]+)/.exec(pattern)?.[1] ?? '';
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\*\./, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}
