import { describe, expect, it } from 'vitest';
import { buildVocabulary, recogniseNeeds } from '../../../lib/needs';
import { describeGrowth, growth, LINEAR_BOUND } from '../growth';

/**
 * Recognition must stay linear whatever the page holds. Every check compares sizes, never a clock: 1 MB
 * of hostile text must cost about ten times 100 KB of the same text (quadratic would be a hundred).
 * The figures printed are the real ones; the budget itself (50 ms for 1 MB) lives in bench/.
 */
const MB = 1024 * 1024;

const fill = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const HOSTILE: Record<string, string> = {
  'a * a * …': fill('a * '),
  'aaaa… (one 1 MB word)': 'a'.repeat(MB),
  'interpreter no interpreter …': fill('interpreter no interpreter '),
  'Interpreter: N\\n …': fill('Interpreter: N\n'),
  'no no no …': fill('no no no '),
  'no need for no need for …': fill('no need for '),
  ': : : …': fill(': '),
  '( ( ( …': fill('( '),
  'doesn’t doesn’t …': fill('doesn’t '),
  'Polish interpreter required; …': fill('Polish interpreter required; '),
  'interpreter x … (language out of reach) …': fill('interpreter x x x x x x x x x x x x x x Polish '),
  'no internet no internet …': fill('no internet '),
  'SNOMED ids …': fill('204331000000107 '),
  'non-Latin and emoji …': fill('ąęł żółć 漢字 🙂 '),
  'mixed record lines …': fill(
    "Interpreter needed - Polish. BSL user; no internet, can't do video. Easy read: N\n",
  ),
  'English prose …': fill('The quick brown fox jumps over the lazy dog. '),
  // Context checks (lib/needs/context.ts) look a bounded way around each mention.
  'works a a a a BSL …': fill('works a a a a BSL '),
};

describe('recogniseNeeds performance', () => {
  it('reads 1 MB of hostile text in about 10x the time of 100 KB', () => {
    const rows: string[] = [];
    for (const [name, text] of Object.entries(HOSTILE)) {
      expect(text.length).toBe(MB);
      const g = growth((t: string) => recogniseNeeds(t), text.slice(0, MB / 10), text, 10);
      rows.push(`${name.padEnd(45)} ${describeGrowth(g)}`);
      expect(g.perSize, name).toBeLessThan(LINEAR_BOUND);
    }
    console.log(`100 KB vs 1 MB hostile inputs (best of runs):\n${rows.join('\n')}`);
  }, 120_000);

  it('grows linearly with the input', () => {
    const rows: string[] = [];
    for (const unit of ['interpreter no interpreter ', 'a * ', 'no internet ']) {
      const small = fill(unit, MB / 4);
      const large = fill(unit, MB * 2);
      const g = growth((t: string) => recogniseNeeds(t), small, large, 8);
      rows.push(`${JSON.stringify(unit).padEnd(32)} 256 KB vs 2 MB: ${describeGrowth(g)}`);
      expect(g.perSize, unit).toBeLessThan(LINEAR_BOUND);
    }
    console.log(`Scaling (best of runs):\n${rows.join('\n')}`);
  }, 60_000);

  it('stays linear with a hostile practice keyword', () => {
    const vocabulary = buildVocabulary({
      entries: [{ category: 'no-digital-access', keyword: 'a a a a a a a a' }],
    });
    const g = growth((t: string) => recogniseNeeds(t, vocabulary), fill('a ', MB / 10), fill('a '), 10);
    console.log(`100 KB vs 1 MB of "a " with an 8-word "a a a …" practice keyword: ${describeGrowth(g)}`);
    expect(g.perSize).toBeLessThan(LINEAR_BOUND);
  }, 60_000);
});
