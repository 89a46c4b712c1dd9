/**
 * Page addresses and messages for the error log (platform/error-log.ts), which a manager reads and
 * may copy into a support ticket: the query string and fragment are dropped (booking systems put
 * patient ids there), and path segments that look like identifiers are replaced by ":id".
 */
import { screenText } from './screen';

/** Marker for a path segment that looked like an identifier. */
export const ID_SEGMENT = ':id';

const UUID = /[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}/i;

/** A path segment that may identify a patient or a record. */
export function looksLikeIdentifier(segment: string): boolean {
  let text = segment;
  try {
    text = decodeURIComponent(segment);
  } catch {
    // Not valid percent-encoding: judge the raw text.
  }
  if (/\d{5,}/.test(text.replace(/[\s\-.]/g, ''))) return true; // long digit runs, NHS numbers spaced or not
  if (UUID.test(text)) return true;
  // Long opaque tokens (hex or base64 ids) mixing letters and digits.
  if (text.length >= 16 && /\d/.test(text) && /[a-z]/i.test(text) && /^[\w\-=+]+$/.test(text)) return true;
  return screenText(text).removed.length > 0; // dates, phone numbers
}

/**
 * `https://host/patients/9434765919/book?nhs=…#x` → `https://host/patients/:id/book`. Text that does
 * not parse as an absolute URL is screened as text and cut at its first "?" or "#".
 */
export function scrubPageAddress(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return screenText(address.split(/[?#]/, 1)[0] ?? '').text;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'file:') {
    return `${url.protocol}`; // data:, blob:, javascript: … can hold anything
  }
  const path = url.pathname
    .split('/')
    .map((segment) => (segment !== '' && looksLikeIdentifier(segment) ? ID_SEGMENT : segment))
    .join('/');
  return `${url.origin === 'null' ? `${url.protocol}//` : url.origin}${path}`;
}

const URL_IN_TEXT = /\b(?:https?|file|chrome-extension|moz-extension):\/\/[^\s"'<>]+/gi;

/** A message for the error log: addresses in it scrubbed, identifiers in the rest screened. */
export function scrubErrorText(message: string): string {
  const addresses: string[] = [];
  const withoutUrls = message.replace(URL_IN_TEXT, (match) => {
    addresses.push(scrubPageAddress(match));
    return `\ue000${addresses.length - 1}\ue000`;
  });
  const screened = screenText(withoutUrls).text.replace(/\d{8,}/g, ID_SEGMENT);
  return screened.replace(/\ue000(\d+)\ue000/g, (_, i: string) => addresses[Number(i)] ?? '');
}
