import { it } from 'vitest';
import { recogniseChannel } from '../../../lib/channel';
import { buildVocabulary, recogniseNeeds } from '../../../lib/needs';

const MB = 1024 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
it('perf', () => {
  const hostile: Record<string, string> = {
    'a*': fill('a * '),
    aaaa: 'a'.repeat(MB),
    interp: fill('interpreter no interpreter '),
    interpNL: fill('Interpreter: N\n'),
    polish: fill('Polish interpreter required; '),
    no: fill('no no no '),
    colon: fill(': '),
    dots: fill('. '),
    nonascii: fill('ąęł żółć 漢字 🙂 '),
    mixed: fill("Interpreter needed - Polish. BSL user; no internet, can't do video. Easy read: N\n"),
    numbers: fill('204331000000107 '),
    words: fill('the quick brown fox jumps over the lazy dog '),
    apost: fill("a'a'a'a'a'a "),
  };
  const local = buildVocabulary({
    entries: [
      { category: 'no-digital-access', keyword: 'a a a a a a a a a a a a' },
      { category: 'no-digital-access', keyword: 'DIGEX', code: 'LOC001' },
    ],
  });
  for (let warm = 0; warm < 3; warm++) recogniseNeeds(hostile.mixed ?? '');
  for (const [name, text] of Object.entries(hostile)) {
    const t0 = performance.now();
    const r = recogniseNeeds(text);
    const t1 = performance.now();
    const r2 = recogniseNeeds(text, local);
    const t2 = performance.now();
    const c0 = performance.now();
    recogniseChannel(text);
    const c1 = performance.now();
    console.log(
      name.padEnd(10),
      (t1 - t0).toFixed(1),
      'ms',
      r.length,
      '| local',
      (t2 - t1).toFixed(1),
      r2.length,
      '| channel',
      (c1 - c0).toFixed(1),
    );
  }
});
