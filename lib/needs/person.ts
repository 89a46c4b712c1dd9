/**
 * Whose need a mention is: the patient's, or a relative's, carer's, neighbour's or a staff member's
 * ("daughter uses a wheelchair", "wife registered blind", "lives with deaf husband",
 * "dementia (mother)", "Nurse Jones is hard of hearing"). A note written from a relative's call
 * ("Spoke to daughter. Mum has dementia") names the patient "Mum" or "Dad"; that is tracked per text.
 */
import type { ClauseView } from './clause';
import { baseWord, punctAt, wordAt } from './clause-words';

/** Other people a record mentions. Possessives ("wife's") are read as the same word. */
const RELATIONS = new Set([
  'daughter',
  'son',
  'wife',
  'husband',
  'partner',
  'spouse',
  'mother',
  'father',
  'mum',
  'mam',
  'mom',
  'mummy',
  'dad',
  'daddy',
  'brother',
  'sister',
  'sibling',
  'siblings',
  'grandson',
  'granddaughter',
  'grandchild',
  'grandchildren',
  'grandmother',
  'grandfather',
  'grandma',
  'grandpa',
  'grandad',
  'granddad',
  'gran',
  'nan',
  'parent',
  'parents',
  'child',
  'children',
  'baby',
  'kids',
  'twin',
  'uncle',
  'aunt',
  'auntie',
  'nephew',
  'niece',
  'cousin',
  'stepson',
  'stepdaughter',
  'stepmother',
  'stepfather',
  'lodger',
  'neighbour',
  'neighbor',
  'friend',
  'flatmate',
  'boyfriend',
  'girlfriend',
  'fiance',
  'fiancee',
  'tenant',
  'relative',
]);

/** How a relative reporting on the patient names them ("Mother" in a record is someone else). */
const PARENTS = new Set(['mum', 'mam', 'mom', 'mummy', 'dad', 'daddy']);

/** Words that make the patient the subject: scanning back stops there. */
const PATIENT_WORDS = new Set(['pt', 'patient', 'she', 'he', 'they', 'i', 'client']);

/** Staff who may be the subject of a note ("Nurse Jones is hard of hearing"). */
const STAFF = new Set([
  'nurse',
  'dr',
  'doctor',
  'gp',
  'receptionist',
  'locum',
  'hca',
  'clinician',
  'colleague',
  'pharmacist',
  'manager',
]);
/** A staff title counts only as the subject of one of these ("GP home visit" is not about the GP). */
const SUBJECT_VERBS = new Set(['is', 'has', 'uses', 'wears', 'was', 'needs']);

/** Verbs and leads that show a relative is reporting: "daughter says", "spoke to son". */
const REPORT_VERBS = new Set([
  'says',
  'said',
  'reports',
  'reported',
  'rang',
  'called',
  'phoned',
  'states',
  'stated',
  'informs',
  'informed',
  'explains',
  'explained',
  'tells',
  'told',
]);
/** "spoke to son", "call from daughter", "per wife": the lead, then one of these, then the relative. */
const REPORT_LEADS = new Set(['spoke', 'spoken', 'speaking', 'call', 'message', 'discussed']);
const REPORT_LINKS = new Set(['to', 'with', 'from']);

const MAX_BACK = 8;
const MAX_FORWARD = 16;

/**
 * Whether the clause shows a relative talking about the patient: "Son says ...", "Spoke to
 * daughter", "Call from wife". Cost: two look-ups per word.
 */
export function reportsFromRelative(clause: ClauseView): boolean {
  for (let t = clause.from; t < clause.to; t++) {
    const word = baseWord(wordAt(clause, t));
    if (RELATIONS.has(word) && REPORT_VERBS.has(wordAt(clause, t + 1))) return true;
    if (word === 'per' && RELATIONS.has(baseWord(wordAt(clause, t + 1)))) return true;
    if (REPORT_LEADS.has(word) && REPORT_LINKS.has(wordAt(clause, t + 1))) {
      // "spoke to [her] daughter", "call from [pt's] son"
      for (let u = t + 2; u <= t + 3; u++) if (RELATIONS.has(baseWord(wordAt(clause, u)))) return true;
    }
  }
  return false;
}

/**
 * True when the mention at `index` is about someone other than the patient: a relative or a staff
 * member is its subject a few words before it, or a relative follows it as what it describes
 * ("deaf husband", "dementia (mother)").
 */
export function aboutAnotherPerson(clause: ClauseView, index: number, relativeReports: boolean): boolean {
  const self = clause.candidates[index];
  if (self === undefined) return false;
  let sawVerb = false;
  for (let t = self.startToken - 1, steps = 0; t >= clause.from && steps < MAX_BACK; t--, steps++) {
    const word = baseWord(wordAt(clause, t));
    if (word === '') continue;
    // The patient is the subject; the mention may still describe a relative after it ("pt is the
    // carer for her blind husband").
    if (PATIENT_WORDS.has(word)) break;
    if (RELATIONS.has(word)) return !(relativeReports && reportedParent(clause, t, word));
    if (STAFF.has(word) && sawVerb) return true;
    if (SUBJECT_VERBS.has(word)) sawVerb = true;
  }
  return describesFollowingRelative(clause, self.endToken, relativeReports);
}

/** Someone the text says is cared for: "looks after mum", "carer for dad". */
const CARED_FOR = new Set(['after', 'for']);

/**
 * Whether a parent word at token `t`, in a text where a relative reports, names the patient: not
 * when cared for by someone ("looks after mum") or set beside the patient ("Mum is blind, pt ...").
 */
function reportedParent(clause: ClauseView, t: number, word: string): boolean {
  return PARENTS.has(word) && !CARED_FOR.has(wordAt(clause, t - 1)) && !namesPatient(clause, t);
}

/** Whether "pt" or "patient" appears after token `t` in the clause: "Mum is blind, pt brings her". */
function namesPatient(clause: ClauseView, t: number): boolean {
  for (let u = t + 1; u < Math.min(clause.to, t + MAX_FORWARD); u++) {
    const word = baseWord(wordAt(clause, u));
    if (word === 'pt' || word === 'patient') return true;
  }
  return false;
}

/** "deaf husband", "dementia (mother)", "Alzheimer's, mother": the relative ends the phrase. */
function describesFollowingRelative(clause: ClauseView, after: number, relativeReports: boolean): boolean {
  let t = after;
  const mark = punctAt(clause, t);
  if (mark === '(' || mark === ',' || mark === '-') t++;
  const word = baseWord(wordAt(clause, t));
  if (!RELATIONS.has(word) || (relativeReports && reportedParent(clause, t, word))) return false;
  return wordAt(clause, t + 1) === '';
}
