/**
 * Needs that are not current: a family history line ("FH: Alzheimer's, mother"), or a need that
 * ended ("Housebound until 2023", "Home visits (2019-2021)", "Interpreter offered - declined",
 * "no longer housebound", "was housebound after the op, now mobile").
 */
import type { ClauseView } from './clause';
import { punctAt, wordAt, yearOf } from './clause-words';

const FAMILY_HISTORY_FIRST = new Set(['fh', 'fhx', 'fmh', 'fhh']);
const FAMILY_WORDS = new Set(['family', 'fam']);
const HISTORY_WORDS = new Set(['history', 'hx', 'h']);

/** Whether the clause opens with a family-history label: "FH:", "FHx", "Family history of", "Fam hx". */
export function isFamilyHistory(clause: ClauseView): boolean {
  let t = clause.from;
  while (t < clause.to && punctAt(clause, t) !== '') t++;
  const first = wordAt(clause, t);
  if (FAMILY_HISTORY_FIRST.has(first)) return true;
  return FAMILY_WORDS.has(first) && HISTORY_WORDS.has(wordAt(clause, t + 1));
}

/** Words after a mention that end it or strike it out: "declined", "coded in error". */
const ENDED_AFTER = new Set([
  'declined',
  'declines',
  'refused',
  'refuses',
  'resolved',
  'expired',
  'ended',
  'error',
]);
const UNTIL = new Set(['until', 'till', 'untill']);
/** "now fluent", "now mobile": the text says the need has gone. */
const NOW_BETTER = new Set([
  'fluent',
  'mobile',
  'attends',
  'speaks',
  'able',
  'independent',
  'walking',
  'drives',
  'driving',
  'recovered',
]);
const MAX_AFTER = 10;

/**
 * Whether the words after the mention at `index` say the need ended before `year` (the current
 * year): declined, refused, no longer, until a past year, a past year range, or "now fluent".
 * Stops at the next need mention, whose own words it would be reading.
 */
export function endedAfter(clause: ClauseView, index: number, year: number): boolean {
  const self = clause.candidates[index];
  if (self === undefined) return false;
  const next = clause.candidates[index + 1];
  const limit = Math.min(clause.to, next?.startToken ?? clause.to, self.endToken + MAX_AFTER);
  let previousYear: number | undefined;
  for (let t = self.endToken; t < limit; t++) {
    const word = wordAt(clause, t);
    if (word === '') continue;
    if (ENDED_AFTER.has(word)) return true;
    if (word === 'no' && wordAt(clause, t + 1) === 'longer') return true;
    if (word === 'now' && NOW_BETTER.has(wordAt(clause, t + 1))) return true;
    const y = yearOf(word);
    if (y !== undefined) {
      // "(2019-2021)": a range that closed before this year.
      if (previousYear !== undefined && y < year) return true;
      previousYear = y;
      continue;
    }
    previousYear = undefined;
    if (UNTIL.has(word) && endsBefore(clause, t + 1, limit, year)) return true;
  }
  return false;
}

/** "until 2023", "until 03/2023", "until 31 March 2022": the first year within a few words. */
function endsBefore(clause: ClauseView, from: number, limit: number, year: number): boolean {
  for (let t = from; t < Math.min(limit, from + 4); t++) {
    const y = yearOf(wordAt(clause, t));
    if (y !== undefined) return y < year;
  }
  return false;
}
