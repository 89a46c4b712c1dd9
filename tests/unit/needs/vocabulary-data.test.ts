/**
 * The built-in vocabulary travels to content scripts as plain data in the page configuration
 * (structured clone), and they compile it there: the copy must recognise exactly what the original does.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_VOCABULARY, buildVocabulary, compileVocabulary, recogniseNeeds } from '../../../lib/needs';

const SAMPLES = [
  'Interpreter needed - Polish',
  'Deaf BSL user; no voice calls',
  'Easy read letters please. No internet at home.',
  'Phone no: 0123 456789',
  'Interpreter: N',
  'Needs 343671000000102',
  'Carer will attend; DIGEX',
];

describe('vocabulary data sent to a content script', () => {
  const copy = structuredClone(BUILT_IN_VOCABULARY);

  it('survives structured cloning and compiles to the same findings', () => {
    const compiled = compileVocabulary(copy);
    for (const text of SAMPLES) expect(recogniseNeeds(text, compiled)).toEqual(recogniseNeeds(text));
    expect(compiled.version).toBe(BUILT_IN_VOCABULARY.version);
  });

  it('adds the practice words to a cloned copy as buildVocabulary does', () => {
    const local = { entries: [{ category: 'no-digital-access' as const, keyword: 'DIGEX', code: 'LOC001' }] };
    const compiled = compileVocabulary(copy, local);
    const reference = buildVocabulary(local);
    expect(compiled.version).toBe(reference.version);
    expect(recogniseNeeds('Carer will attend; DIGEX', compiled)).toEqual(
      recogniseNeeds('Carer will attend; DIGEX', reference),
    );
    expect(recogniseNeeds('DIGEX', compiled)).toMatchObject([
      { category: 'no-digital-access', code: 'LOC001' },
    ]);
  });

  it('is plain data: JSON round trip changes nothing', () => {
    expect(JSON.parse(JSON.stringify(BUILT_IN_VOCABULARY))).toEqual(BUILT_IN_VOCABULARY);
  });
});
