/**
 * Properties of recognition in context, over the corpus (tests/fixtures/needs-corpus/) and the
 * vocabulary: an unrelated clause added before or after a text never adds a need, and negating a
 * need phrase never keeps its need.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEED_DEFINITIONS, recogniseNeeds } from '../../../lib/needs';
import { loadCorpus } from './corpus';

const categories = (text: string): Set<string> => new Set(recogniseNeeds(text).map((m) => m.category));

const corpus = loadCorpus();
/** Unrelated clauses: the corpus traps (each raises nothing alone) and plain admin lines. */
const UNRELATED = [
  ...corpus.filter((i) => i.expected.length === 0).map((i) => i.text),
  'Allergies: none known',
  'Registered 2019',
  'Moved from Leeds',
  'Prefers afternoons',
  'NHS No. 999 000 0001',
].filter((text) => categories(text).size === 0);
const JOINERS = ['\n', '. ', '; ', '\n\n'];

describe('adding an unrelated clause never adds a need', () => {
  it('holds for every corpus text with any trap or admin line before or after it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...corpus.map((i) => i.text)),
        fc.constantFrom(...UNRELATED),
        fc.constantFrom(...JOINERS),
        fc.boolean(),
        (text, unrelated, joiner, before) => {
          const alone = categories(text);
          const combined = categories(
            before ? `${unrelated}${joiner}${text}` : `${text}${joiner}${unrelated}`,
          );
          for (const category of combined) expect(alone.has(category), category).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

/** Words that already negate or qualify: negating such a keyword again is not a plain negation. */
const SELF_NEGATING =
  /\b(no|not|non|cannot|can't|cant|unable|doesn't|doesnt|does|dim|limited|little|poor|low)\b/;

const NEED_PHRASES = NEED_DEFINITIONS.flatMap((d) =>
  [...d.keywords, ...d.abbreviations]
    .filter((k) => !SELF_NEGATING.test(k.toLowerCase()))
    .map((phrase) => ({ phrase, category: d.category })),
).filter(({ phrase, category }) => categories(phrase).has(category));

const HUSBANDS = (p: string): string => `Husband: ${p}`;
const INVOLVE_OTHERS = new Set(['advocate-or-carer', 'contact-via-carer']);

const NEGATIONS: readonly ((p: string) => string)[] = [
  (p) => `No ${p}`,
  (p) => `${p}: No`,
  (p) => `${p}: N`,
  (p) => `${p}: not required`,
  (p) => `${p} - declined`,
  (p) => `Does not need ${p}`,
  (p) => `${p} no longer needed`,
  (p) => `${p}? No`,
  (p) => `FH: ${p}`,
  HUSBANDS,
];

describe('negating a clause never keeps its need', () => {
  it('has need phrases to negate', () => {
    expect(NEED_PHRASES.length).toBeGreaterThan(200);
  });

  it('holds for every need phrase of the vocabulary and every negation form', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NEED_PHRASES),
        fc.constantFrom(...NEGATIONS),
        fc.constantFrom('', 'Alerts:\n', 'Pt registered 2019.\n'),
        ({ phrase, category }, negate, context) => {
          // "Husband: contact via carer" is the patient's need: those categories involve others.
          fc.pre(!(negate === HUSBANDS && INVOLVE_OTHERS.has(category)));
          expect(categories(`${context}${negate(phrase)}`).has(category)).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
