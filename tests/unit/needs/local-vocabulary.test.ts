import { describe, expect, it } from 'vitest';
import { buildVocabulary, LocalVocabulary, recogniseNeeds, VOCABULARY_VERSION } from '../../../lib/needs';
import { describeGrowth, growth, LINEAR_BOUND } from '../growth';

const practice: LocalVocabulary = {
  entries: [
    { category: 'no-digital-access', keyword: 'DIGEX', code: 'LOC001' },
    { category: 'longer-appointment', keyword: 'needs 20 mins' },
    { category: 'interpreter', keyword: 'tolk' },
  ],
};

describe('LocalVocabulary schema', () => {
  it('accepts plain keywords and local codes', () => {
    expect(LocalVocabulary.safeParse(practice).success).toBe(true);
    expect(LocalVocabulary.safeParse({ entries: [] }).success).toBe(true);
  });

  it.each([
    [{ category: 'no-digital-access', keyword: '' }],
    [{ category: 'no-digital-access', keyword: '   ' }],
    [{ category: 'no-digital-access', keyword: 'x'.repeat(81) }],
    [{ category: 'no-digital-access', keyword: '***' }],
    [{ category: 'no-digital-access', keyword: 'two\nlines' }],
    [{ category: 'telepathy', keyword: 'mind reader' }],
    [{ category: 'no-digital-access', keyword: 'DIGEX', code: '' }],
    [{ category: 'no-digital-access', keyword: 'DIGEX', code: 'x'.repeat(41) }],
    [{ category: 'no-digital-access', keyword: 'a b c d e f g h i' }],
  ])('rejects %j', (entry) => {
    expect(LocalVocabulary.safeParse({ entries: [entry] }).success).toBe(false);
  });

  it('rejects too many entries', () => {
    const entries = Array.from({ length: 501 }, (_, i) => ({ category: 'interpreter', keyword: `word${i}` }));
    expect(LocalVocabulary.safeParse({ entries }).success).toBe(false);
  });
});

describe('buildVocabulary', () => {
  const vocabulary = buildVocabulary(practice);

  it('matches practice keywords as whole words, case-insensitive, with their code', () => {
    expect(recogniseNeeds('Alert: digex', vocabulary)).toMatchObject([
      { category: 'no-digital-access', evidence: 'Alert: digex', code: 'LOC001' },
    ]);
    expect(recogniseNeeds('DIGEXTRA', vocabulary)).toEqual([]);
    expect(recogniseNeeds('Needs 20 mins', vocabulary)).toMatchObject([{ category: 'longer-appointment' }]);
  });

  it('recognises the local code itself', () => {
    expect(recogniseNeeds('Flags: LOC001', vocabulary)).toMatchObject([
      { category: 'no-digital-access', code: 'LOC001' },
    ]);
  });

  it('applies negation to practice keywords too', () => {
    expect(recogniseNeeds('DIGEX: N', vocabulary)).toEqual([]);
    expect(recogniseNeeds('not DIGEX', vocabulary)).toEqual([]);
  });

  it('gives a practice interpreter keyword a language like the built-in ones', () => {
    expect(recogniseNeeds('Tolk: Polish', vocabulary)).toMatchObject([
      { category: 'interpreter', language: 'Polish' },
    ]);
  });

  it('keeps the built-in vocabulary', () => {
    expect(recogniseNeeds('Interpreter needed - Polish', vocabulary)).toHaveLength(1);
    expect(recogniseNeeds('DIGEX')).toEqual([]);
  });

  it('adds the practice keywords and codes to the definitions', () => {
    const digital = vocabulary.definitions.find((d) => d.category === 'no-digital-access');
    expect(digital?.keywords).toContain('DIGEX');
    expect(digital?.codes).toContainEqual({ code: 'LOC001', display: 'DIGEX' });
  });

  it('versions a local vocabulary by its content', () => {
    expect(buildVocabulary().version).toBe(VOCABULARY_VERSION);
    expect(buildVocabulary({ entries: [] }).version).toBe(VOCABULARY_VERSION);
    expect(vocabulary.version).toMatch(
      new RegExp(`^${VOCABULARY_VERSION.replaceAll('.', '\\.')}\\+local\\.[0-9a-f]{8}$`),
    );
    expect(buildVocabulary(practice).version).toBe(vocabulary.version);
    expect(buildVocabulary({ entries: [practice.entries[0]!] }).version).not.toBe(vocabulary.version);
  });

  it('treats regular-expression syntax as plain text', () => {
    const hostile = buildVocabulary({
      entries: [
        { category: 'no-digital-access', keyword: '(a+)+$' },
        { category: 'no-digital-access', keyword: '^(x|x)*y' },
      ],
    });
    const text = `${'a'.repeat(50_000)}!`;
    expect(recogniseNeeds(text, hostile)).toEqual([]);
    // A backtracking regex would grow exponentially with the run of "a"; plain words grow linearly.
    const g = growth((t: string) => recogniseNeeds(t, hostile), `${'a'.repeat(5_000)}!`, text, 10);
    expect(g.perSize, describeGrowth(g)).toBeLessThan(LINEAR_BOUND);
    // The keyword is its words: "(a+)+$" is the word "a", "^(x|x)*y" is "x x y".
    expect(recogniseNeeds('Alert: a', hostile)).toMatchObject([{ category: 'no-digital-access' }]);
    expect(recogniseNeeds('x x y', hostile)).toMatchObject([{ category: 'no-digital-access' }]);
    expect(recogniseNeeds('xxxy', hostile)).toEqual([]);
  });

  it('rejects invalid local data even when the caller skipped validation', () => {
    expect(() => buildVocabulary({ entries: [{ category: 'interpreter', keyword: '' }] })).toThrow();
  });
});
