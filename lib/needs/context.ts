/**
 * Whether a mention that is not negated states a current need of this patient. The checks, each in
 * its own module: family history and ended needs (history.ts), another person's need (person.ts),
 * jobs, services and premises (occupation.ts), clinical look-alikes (collision.ts) and panel
 * headings (heading.ts). Facts about a whole clause are computed at most once per clause.
 */
import type { NeedCategory } from '../model';
import type { ClauseView } from './clause';
import { collidesWithOtherMeaning, hasClinicalWords } from './collision';
import type { Concept } from './compile';
import { isLabelOnly, nextLineSaysNone, standsAlone } from './heading';
import { endedAfter, isFamilyHistory } from './history';
import { aboutPremises, namesRoleOrService } from './occupation';
import { aboutAnotherPerson } from './person';

type NeedConcept = Exclude<Concept, { role: 'ignore' }>;

/** Needs that involve another person by nature: "All contact via daughter", "Son has LPA". */
const INVOLVE_OTHERS: ReadonlySet<NeedCategory> = new Set(['advocate-or-carer', 'contact-via-carer']);

/** Per-clause facts, each computed on first need. */
export class ClauseContext {
  private familyHistory: boolean | undefined;
  private premises: boolean | undefined;
  private clinical: boolean | undefined;

  constructor(
    readonly view: ClauseView,
    /** Token index where the next clause starts (after this clause's break). */
    readonly nextFrom: number,
    /** Whether a relative is reporting on the patient somewhere up to this clause. */
    readonly relativeReports: () => boolean,
    /** The current year: "until 2023" is over from 2024 on. */
    readonly year: number,
  ) {}

  isFamilyHistory(): boolean {
    this.familyHistory ??= isFamilyHistory(this.view);
    return this.familyHistory;
  }

  aboutPremises(): boolean {
    this.premises ??= aboutPremises(this.view);
    return this.premises;
  }

  hasClinicalWords = (): boolean => {
    this.clinical ??= hasClinicalWords(this.view);
    return this.clinical;
  };
}

/**
 * Whether the mention at `index`, already known not to be negated, is the patient's current need.
 * `explicitYes` is whether its field value is an explicit yes ("Communication needs: Y").
 */
export function statesPatientNeed(
  context: ClauseContext,
  index: number,
  concept: NeedConcept,
  explicitYes: boolean,
): boolean {
  const clause = context.view;
  if (context.isFamilyHistory()) return false;
  if (endedAfter(clause, index, context.year)) return false;
  if (!INVOLVE_OTHERS.has(concept.category) && aboutAnotherPerson(clause, index, context.relativeReports())) {
    return false;
  }
  if (concept.isCode) return true;
  if (namesRoleOrService(clause, index) || context.aboutPremises()) return false;
  const facts = {
    abbreviation: concept.abbreviation === true,
    role: concept.role,
    category: concept.category,
    clinicalClause: context.hasClinicalWords,
  };
  if (collidesWithOtherMeaning(clause, index, facts)) return false;
  if (isLabelOnly(clause, index) && !explicitYes) return false;
  if (standsAlone(clause, index) && nextLineSaysNone(clause.tokens, context.nextFrom)) return false;
  return true;
}
