/**
 * Mentions that name a job, a role, a service or the premises rather than the patient's need:
 * "retired teacher of the deaf", "volunteer translator", "works as a BSL interpreter",
 * "care home for people with learning disabilities", "guide dog trainer", "dementia cafe",
 * "hearing loop tested at reception", "Braille signage fitted".
 */
import type { ClauseView } from './clause';
import { baseWord, isNumber, punctAt, wordAt, wordsAt } from './clause-words';

/** Words a few words before a mention that make it a job, a study or a population served. */
const ROLE_BEFORE = new Set([
  'works',
  'worked',
  'working',
  'job',
  'occupation',
  'profession',
  'employed',
  'employment',
  'retired',
  'volunteer',
  'volunteers',
  'volunteering',
  'trainee',
  'teacher',
  'teachers',
  'teaches',
  'teaching',
  'tutor',
  'lecturer',
  'student',
  'studying',
  'studies',
  'learning',
  'runs',
  'court',
  'qualified',
  'people',
  'adults',
  'patients',
  'worker',
]);

/** Words right after a mention that make it a job, a class, a group or a service. */
const ROLE_AFTER = new Set([
  'teacher',
  'teachers',
  'tutor',
  'trainer',
  'trainers',
  'instructor',
  'lecturer',
  'course',
  'courses',
  'class',
  'classes',
  'lessons',
  'training',
  'awareness',
  'club',
  'society',
  'charity',
  'cafe',
  'café',
  'choir',
  'champion',
  'champions',
  'friends',
]);

/** Words skipped when looking back for a role: "works [as a] BSL interpreter". */
const ROLE_FILLERS = new Set([
  'a',
  'an',
  'the',
  'as',
  'for',
  'of',
  'with',
  'in',
  'at',
  'on',
  'to',
  'by',
  'and',
]);
const PATIENT_WORDS = new Set(['pt', 'patient', 'she', 'he', 'they', 'i']);
const MAX_ROLE_WORDS = 4;
/** Bounds the look back however many fillers or marks a page repeats. */
const MAX_ROLE_TOKENS = 10;

/** True when the mention at `index` names a job, a study, a class or a population served. */
export function namesRoleOrService(clause: ClauseView, index: number): boolean {
  const self = clause.candidates[index];
  if (self === undefined) return false;
  if (ROLE_AFTER.has(wordAt(clause, self.endToken))) return true;
  let words = 0;
  const stop = Math.max(clause.from, self.startToken - MAX_ROLE_TOKENS);
  for (let t = self.startToken - 1; t >= stop && words < MAX_ROLE_WORDS; t--) {
    const mark = punctAt(clause, t);
    // A comma or dash starts another item: "Retired, housebound" is not a retired housebound.
    if (mark === ',' || mark === '-' || mark === '(' || mark === ')') return false;
    if (mark !== '') continue;
    const word = baseWord(wordAt(clause, t));
    if (PATIENT_WORDS.has(word)) return false;
    if (ROLE_BEFORE.has(word)) return true;
    if (!ROLE_FILLERS.has(word) && !clause.vocabulary.languages.words.has(word)) words++;
  }
  return false;
}

/** Words that on their own make a line a note about equipment, staff or the building. */
const PREMISES_STRONG = new Set(['serviced', 'signage', 'intranet', 'renewed', 'training']);
const PREMISES_PLACES = new Set(['reception', 'entrance', 'lift']);
/**
 * Words that make a line about a place a note about the premises: "leaflets available at
 * reception", "loop installed in room 3". Alone they may be about the patient ("hearing tested",
 * "key safe installed").
 */
const PREMISES_STATUS = new Set([
  'available',
  'now',
  'new',
  'broken',
  'lowered',
  'tested',
  'checked',
  'installed',
  'stocked',
]);
const PREMISES_PHRASES: readonly (readonly string[])[] = [
  ['out', 'of', 'order'],
  ['all', 'patients'],
  ['all', 'staff'],
  ['building', 'work'],
  ['building', 'works'],
];
const PLACE_PHRASES: readonly (readonly string[])[] = [
  ['front', 'desk'],
  ['waiting', 'room'],
];

/**
 * Whether a clause is a note about the practice's equipment, staff or building, not about the
 * patient: "Hearing loop tested at reception", "Lift out of order". Computed once per clause.
 */
export function aboutPremises(clause: ClauseView): boolean {
  let place = false;
  let status = false;
  for (let t = clause.from; t < clause.to; t++) {
    const word = wordAt(clause, t);
    if (word === '') continue;
    if (PREMISES_STRONG.has(word)) return true;
    if (PREMISES_PHRASES.some((p) => p[0] === word && wordsAt(clause, t, p))) return true;
    if (PREMISES_PLACES.has(word) || PLACE_PHRASES.some((p) => p[0] === word && wordsAt(clause, t, p))) {
      place = true;
    }
    // "room 3": a numbered room is the practice's.
    if (word === 'room' && isNumber(wordAt(clause, t + 1))) place = true;
    if (PREMISES_STATUS.has(word)) status = true;
  }
  return place && status;
}
