/**
 * Screens free text for patient identifiers before it is stored: NHS numbers, dates (a date of
 * birth is the usual one in a booking comment) and UK telephone numbers. Each is replaced by a
 * marker naming what was there, so an auditor sees that something was removed and what kind.
 *
 * The receptionist is asked for "no patient details" (components/strings.ts), but a comment box
 * invites "pt 943 476 5919 wants phone". Over-screening is the safe side: a date that is not a date
 * of birth, or ten digits that only look like a phone number, is removed too.
 *
 * Pure: used by the booking script before the event is written and by the background on every event
 * it stores (platform/log-service.ts), so an event that never passed through the panel is screened too.
 */

/** Longest override comment the log takes (FlagEvent in lib/events/schema.ts). */
export const COMMENT_MAX = 500;

export type ScreenedKind = 'nhs-number' | 'date' | 'phone';

export const SCREEN_MARKERS: Record<ScreenedKind, string> = {
  'nhs-number': '[NHS number removed]',
  date: '[date removed]',
  phone: '[phone number removed]',
};

export interface Screened {
  text: string;
  /** What was removed, each kind once, in the order first found. */
  removed: ScreenedKind[];
}

/** NHS number check digit (modulus 11, weights 10..2). `digits` is 10 digits. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

// Separators people type inside numbers: spaces (also no-break), hyphens, dots.
const SEP = '[\\s\\u00a0.\\-]?';
/** Ten digits as 3-3-4 or run together, not part of a longer number. */
const NHS = new RegExp(`(?<![\\d])\\d{3}${SEP}\\d{3}${SEP}\\d{4}(?![\\d])`, 'g');

const MONTHS =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|' +
  // Welsh month names, as a receptionist in Wales may write them.
  'ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)';
const DATES = [
  // 12/03/1984, 12-3-84, 12.03.1984
  /(?<![\d])\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?:\d{4}|\d{2})(?![\d])/g,
  // 1984-03-12
  /(?<![\d])\d{4}-\d{1,2}-\d{1,2}(?![\d])/g,
  // 12 March 1984, 12th Mar 84, 1 Ionawr 1990
  new RegExp(
    `(?<![\\d])\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTHS}\\.?,?\\s+(?:\\d{4}|'?\\d{2})(?![\\d])`,
    'gi',
  ),
  // March 12 1984, Mar 12th, 1984
  new RegExp(`\\b${MONTHS}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?![\\d])`, 'gi'),
];

/**
 * UK telephone numbers: +44 or 0 followed by 9 or 10 more digits, with the spaces, hyphens and
 * brackets people write: 07700 900123, 020 7946 0018, (0161) 496 0000, +44 (0)20 7946 0018.
 */
const PHONE_CANDIDATE = /(?<![\w+])(?:\+\s?44|0044|\(?0)[\d\s\u00a0()\-.]{8,20}\d(?!\d)/g;

function isUkPhone(candidate: string): boolean {
  let digits = candidate.replace(/\D/g, '');
  if (digits.startsWith('0044')) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith('44')) digits = `0${digits.slice(2)}`;
  digits = digits.replace(/^00/, '0'); // "+44 (0)20 ..." leaves "00..." after the step above
  return /^0[1-9]\d{8,9}$/.test(digits);
}

export function screenText(text: string): Screened {
  const removed: ScreenedKind[] = [];
  const note = (kind: ScreenedKind) => {
    if (!removed.includes(kind)) removed.push(kind);
    return SCREEN_MARKERS[kind];
  };
  // NHS numbers first: a valid one that also looks like a phone number is reported as what it is.
  let out = text.replace(NHS, (match) =>
    isValidNhsNumber(match.replace(/\D/g, '')) ? note('nhs-number') : match,
  );
  for (const pattern of DATES) out = out.replace(pattern, () => note('date'));
  out = out.replace(PHONE_CANDIDATE, (match) => {
    // Keep what follows the number (a trailing space or bracket the pattern took) out of the marker.
    const trimmed = match.replace(/[\s\u00a0().-]+$/, '');
    return isUkPhone(trimmed) ? note('phone') + match.slice(trimmed.length) : match;
  });
  return { text: out, removed };
}
