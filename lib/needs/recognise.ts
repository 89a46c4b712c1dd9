/**
 * Recognises patient needs in page text (alerts, flags, banners, notes). Pure and synchronous:
 * tokenise once, find vocabulary phrases clause by clause, then keep those that state a need
 * (not negated, not an empty or "unknown" field) of this patient, now (not a relative's, a job, the
 * premises, family history or an ended need: context.ts), and attach the language for interpreters.
 * Linear in the text length; stops after MAX_MATCHES findings.
 */
import type { NeedCategory } from '../model';
import { type Candidate, type ClauseView, findCandidates } from './clause';
import type { Concept, Vocabulary } from './compile';
import { ClauseContext, statesPatientNeed } from './context';
import { evidenceText } from './evidence';
import { languageField, resolveLanguage } from './language';

import { fieldValue, raisesNeed } from './negation';
import { reportsFromRelative } from './person';
import { BREAK, type Tokens, tokenize } from './tokenize';
import { ENGLISH, type LanguageDefinition, type NeedMatch } from './types';

/** Matches the cap on BookingContext.needs; more than this is not a patient record. */
export const MAX_MATCHES = 200;

const GENERIC_INTERPRETER_CODE = '315594003';
const SIGN_CATEGORIES: readonly NeedCategory[] = ['bsl-interpreter', 'deafblind'];

type NeedConcept = Exclude<Concept, { role: 'ignore' }>;

/** Keeps one match per category and evidence, in order of appearance, filling gaps from later ones. */
class Findings {
  readonly list: NeedMatch[] = [];
  // Keyed by category, then by the evidence string itself: one evidence string serves every mention
  // of a category in a clause, so its hash is computed once, not for a new joined key per mention.
  private readonly seen = new Map<NeedCategory, Map<string, number>>();

  get full(): boolean {
    return this.list.length >= MAX_MATCHES;
  }

  get(category: NeedCategory, evidence: string): NeedMatch | undefined {
    const at = this.seen.get(category)?.get(evidence);
    return at === undefined ? undefined : this.list[at];
  }

  add(category: NeedCategory, evidence: string, start: number, end: number, details: Details): void {
    let byEvidence = this.seen.get(category);
    if (byEvidence === undefined) {
      byEvidence = new Map();
      this.seen.set(category, byEvidence);
    }
    const at = byEvidence.get(evidence);
    if (at === undefined) {
      byEvidence.set(evidence, this.list.length);
      const match: { -readonly [K in keyof NeedMatch]: NeedMatch[K] } = { category, evidence, start, end };
      if (details.language !== undefined) match.language = details.language;
      if (details.code !== undefined) match.code = details.code;
      this.list.push(match);
      return;
    }
    const earlier = this.list[at];
    if (earlier === undefined) return;
    const code = earlier.code ?? details.code;
    const language = earlier.language ?? details.language;
    if (code !== earlier.code || language !== earlier.language) {
      this.list[at] = {
        ...earlier,
        ...(code === undefined ? {} : { code }),
        ...(language === undefined ? {} : { language }),
      };
    }
  }
}

interface Details {
  readonly language?: string;
  readonly code?: string;
}

interface Scan {
  readonly text: string;
  readonly tokens: Tokens;
  readonly vocabulary: Vocabulary;
  readonly codesOnly: boolean;
  readonly findings: Findings;
  /** "Main language: Polish" elsewhere in the text; looked up once, on first need. */
  documentLanguage: LanguageDefinition | null | undefined;
  readonly year: number;
  /** Whether a relative reports on the patient in the tokens before `reportsReadTo`. */
  relativeReports: boolean;
  reportsReadTo: number;
}

/** Options for a reading; the defaults suit a page read now. */
export interface RecogniseOptions {
  /** The current year, for "until 2023". Defaults to the clock's. */
  readonly year?: number;
}

/**
 * Whether a relative reports on the patient anywhere before token \`to\` ("Spoke to daughter."), read
 * on demand and each token once, so clauses without a mention cost nothing here.
 */
function relativeReportsBefore(scan: Scan, to: number): boolean {
  if (!scan.relativeReports && scan.reportsReadTo < to) {
    const view: ClauseView = {
      tokens: scan.tokens,
      from: scan.reportsReadTo,
      to,
      candidates: [],
      vocabulary: scan.vocabulary,
    };
    scan.relativeReports = reportsFromRelative(view);
    scan.reportsReadTo = to;
  }
  return scan.relativeReports;
}

function documentLanguage(scan: Scan): LanguageDefinition | undefined {
  if (scan.documentLanguage === undefined) {
    const whole: ClauseView = {
      tokens: scan.tokens,
      from: 0,
      to: scan.tokens.count,
      candidates: [],
      vocabulary: scan.vocabulary,
    };
    scan.documentLanguage = languageField(whole) ?? null;
  }
  return scan.documentLanguage ?? undefined;
}

function hasSignMention(candidates: readonly Candidate[]): boolean {
  return candidates.some((c) =>
    c.concepts.some((k) => k.role === 'need' && SIGN_CATEGORIES.includes(k.category)),
  );
}

/** Per-clause facts computed at most once, however many mentions the clause holds. */
interface ClauseState {
  readonly view: ClauseView;
  readonly context: ClauseContext;
  readonly hasSign: boolean;
  readonly start: number;
  readonly end: number;
  /**
   * Evidence per category, cut around the category's first mention in the clause. One finding per
   * category per clause keeps a 1 MB run-on clause from costing a string per mention.
   */
  readonly evidence: Map<NeedCategory, string>;
  /** Whether any word could name a language; computed on first need. */
  mayNameLanguage: boolean | undefined;
}

function mayNameLanguage(clause: ClauseState): boolean {
  if (clause.mayNameLanguage === undefined) {
    const { tokens, from, to, vocabulary } = clause.view;
    let found = false;
    for (let t = from; t < to && !found; t++) {
      const word = tokens.text[t] ?? '';
      found = vocabulary.languages.byName.startsWith(word) || vocabulary.languages.byIso.has(word);
    }
    clause.mayNameLanguage = found;
  }
  return clause.mayNameLanguage;
}

/**
 * Whether a later mention in the clause could still add to this category's finding: only a code
 * the finding lacks, or an interpreter's language while one may yet be named.
 */
function settled(scan: Scan, clause: ClauseState, concept: NeedConcept, evidence: string): boolean {
  const found = scan.findings.get(concept.category, evidence);
  if (found === undefined) return false;
  if (found.code === undefined && concept.code !== undefined) return false;
  if (concept.category !== 'interpreter' || found.language !== undefined) return true;
  return concept.language === undefined && !mayNameLanguage(clause);
}

/** Language and code for an interpreter mention, or null when it is not a spoken-language need. */
function interpreterDetails(
  scan: Scan,
  clause: ClauseState,
  index: number,
  concept: NeedConcept,
): Details | null {
  if (concept.isCode) {
    return concept.language === undefined
      ? { code: concept.code }
      : { language: concept.language, code: concept.code };
  }
  const resolved = resolveLanguage(clause.view, index);
  if (resolved.kind === 'sign') return null;
  let language: LanguageDefinition | undefined;
  if (resolved.kind === 'spoken') {
    // "English interpreter" / "Interpreter: en" is not a need; English found further away is ignored.
    if (resolved.language.name === ENGLISH) {
      if (resolved.direct) return null;
    } else {
      language = resolved.language;
    }
  }
  if (language === undefined && clause.hasSign) return null;
  language ??= documentLanguage(scan);
  if (language === undefined) return { code: GENERIC_INTERPRETER_CODE };
  return { language: language.name, code: language.codes[0]?.code ?? GENERIC_INTERPRETER_CODE };
}

function evaluate(scan: Scan, clause: ClauseState, index: number, candidate: Candidate): void {
  const { tokens } = scan;
  const start = tokens.start[candidate.startToken] ?? 0;
  const end = tokens.end[candidate.endToken - 1] ?? start;
  for (const concept of candidate.concepts) {
    if (concept.role === 'ignore' || (scan.codesOnly && !concept.isCode)) continue;
    // Later mentions in the clause only matter while the finding still lacks a code or language.
    const known = clause.evidence.get(concept.category);
    if (known !== undefined && settled(scan, clause, concept, known)) continue;
    if (!raisesNeed(clause.view, index, concept.role)) continue;
    const explicitYes = fieldValue(clause.view, index) === 'positive';
    if (!statesPatientNeed(clause.context, index, concept, explicitYes)) continue;
    let details: Details | null = concept.code === undefined ? {} : { code: concept.code };
    if (concept.category === 'interpreter') details = interpreterDetails(scan, clause, index, concept);
    if (details === null) continue;
    const evidence = known ?? evidenceText(scan.text, clause.start, clause.end, start);
    clause.evidence.set(concept.category, evidence);
    scan.findings.add(concept.category, evidence, start, end, details);
  }
}

function processClause(scan: Scan, from: number, to: number): void {
  const { tokens, text } = scan;
  const candidates = findCandidates(tokens, from, to, scan.vocabulary);
  if (candidates.length === 0) return;
  const view: ClauseView = { tokens, from, to, candidates, vocabulary: scan.vocabulary };
  const clause: ClauseState = {
    view,
    context: new ClauseContext(view, to + 1, () => relativeReportsBefore(scan, to), scan.year),
    hasSign: hasSignMention(candidates),
    start: from > 0 ? (tokens.end[from - 1] ?? 0) : 0,
    end: to < tokens.count ? (tokens.start[to] ?? text.length) : text.length,
    evidence: new Map(),
    mayNameLanguage: undefined,
  };
  for (let i = 0; i < candidates.length && !scan.findings.full; i++) {
    const candidate = candidates[i];
    if (candidate !== undefined) evaluate(scan, clause, i, candidate);
  }
}

const MAX_REMEMBERED_CLAUSE = 1000;

function isNewClause(scan: Scan, seen: Set<string>, from: number, to: number): boolean {
  const start = scan.tokens.start[from] ?? 0;
  const end = scan.tokens.end[to - 1] ?? start;
  if (end - start > MAX_REMEMBERED_CLAUSE) return true;
  const raw = scan.text.slice(start, end);
  if (seen.has(raw)) return false;
  seen.add(raw);
  return true;
}

function recognise(
  text: string,
  vocabulary: Vocabulary,
  codesOnly: boolean,
  options: RecogniseOptions,
): NeedMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const tokens = tokenize(text);
  const scan: Scan = {
    text,
    tokens,
    vocabulary,
    codesOnly,
    findings: new Findings(),
    documentLanguage: undefined,
    year: options.year ?? new Date().getFullYear(),
    relativeReports: false,
    reportsReadTo: 0,
  };
  // A clause's findings depend almost only on its own text, so a repeated line ("Interpreter: N" on
  // every row of a history table) is read once; the repeats could only produce duplicates. (The
  // exceptions, a heading answered "None" on the next line and "Mum" after "spoke to daughter",
  // are read as at their first appearance.)
  const seenClauses = new Set<string>();
  let from = 0;
  for (let t = 0; t <= tokens.count && !scan.findings.full; t++) {
    if (t < tokens.count && tokens.kind[t] !== BREAK) continue;
    if (t > from && isNewClause(scan, seenClauses, from, t)) processClause(scan, from, t);
    from = t + 1;
  }
  return scan.findings.list;
}

/** Needs stated in `text` with this vocabulary (lib/needs/default.ts supplies the built-in one). */
export function recogniseNeedsIn(
  text: string,
  vocabulary: Vocabulary,
  options: RecogniseOptions = {},
): NeedMatch[] {
  return recognise(text, vocabulary, false, options);
}

/** Only the findings that come from a code written in the text ("204331000000107", "LOC001"). */
export function recogniseCodesIn(
  text: string,
  vocabulary: Vocabulary,
  options: RecogniseOptions = {},
): NeedMatch[] {
  return recognise(text, vocabulary, true, options);
}
