import { describe, expect, it } from 'vitest';
import { buildVocabulary, recogniseNeeds } from '../../../lib/needs';

/**
 * Recognition must stay linear whatever the page holds: the budget is 50 ms for 1 MB of hostile
 * text. The assertions are looser (CI machines are shared and noisy); the table printed shows the
 * real figures, taken as the best of several runs.
 */
const MB = 1024 * 1024;
const BUDGET_MS = 50;
const ASSERT_MS = 150;

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
};

function bestOf(runs: number, f: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    f();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('recogniseNeeds performance', () => {
  it(`reads 1 MB of hostile text in about ${BUDGET_MS} ms or less`, () => {
    for (const text of Object.values(HOSTILE)) recogniseNeeds(text.slice(0, 20_000));
    const rows: string[] = [];
    for (const [name, text] of Object.entries(HOSTILE)) {
      expect(text.length).toBe(MB);
      const ms = bestOf(3, () => recogniseNeeds(text));
      rows.push(`${name.padEnd(45)} ${ms.toFixed(1).padStart(6)} ms`);
      expect(ms, name).toBeLessThan(ASSERT_MS);
    }
    console.log(`1 MB hostile inputs (best of 3):\n${rows.join('\n')}`);
  }, 60_000);

  it('grows linearly with the input', () => {
    const rows: string[] = [];
    for (const unit of ['interpreter no interpreter ', 'a * ', 'no internet ']) {
      const small = fill(unit, MB / 4);
      const large = fill(unit, MB * 2);
      const quarter = bestOf(5, () => recogniseNeeds(small));
      const two = bestOf(3, () => recogniseNeeds(large));
      const ratio = two / Math.max(quarter, 0.5);
      rows.push(
        `${JSON.stringify(unit).padEnd(32)} 256 KB ${quarter.toFixed(1)} ms, 2 MB ${two.toFixed(1)} ms (x${ratio.toFixed(1)})`,
      );
      // 8x the text: linear is ~8x, quadratic would be ~64x; the margin absorbs shared-machine noise.
      expect(ratio, unit).toBeLessThan(32);
    }
    console.log(`Scaling (best of runs):\n${rows.join('\n')}`);
  }, 60_000);

  it('stays fast with a hostile practice keyword', () => {
    const vocabulary = buildVocabulary({
      entries: [{ category: 'no-digital-access', keyword: 'a a a a a a a a' }],
    });
    const text = fill('a ');
    const ms = bestOf(3, () => recogniseNeeds(text, vocabulary));
    console.log(`1 MB of "a " with an 8-word "a a a …" practice keyword: ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(ASSERT_MS * 2);
  }, 60_000);
});
