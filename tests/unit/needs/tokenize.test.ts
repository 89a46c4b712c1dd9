import { describe, expect, it } from 'vitest';
import { BREAK, keywordWords, PUNCT, tokenize, WORD } from '../../../lib/needs/tokenize';

function show(text: string, options = {}): string[] {
  const t = tokenize(text, options);
  return Array.from({ length: t.count }, (_, i) =>
    t.kind[i] === WORD ? (t.text[i] ?? '') : t.kind[i] === PUNCT ? `<${t.text[i]}>` : '|',
  );
}

describe('tokenize', () => {
  it('lower-cases words and keeps offsets into the original text', () => {
    const text = 'Interpreter: POLISH';
    const t = tokenize(text);
    expect(show(text)).toEqual(['interpreter', '<:>', 'polish']);
    expect(text.slice(t.start[2], t.end[2])).toBe('POLISH');
  });

  it.each([
    ['easy-read', ['easy', 'read']],
    ['T/C', ['t', 'c']],
    ['N/A', ['n', 'a']],
    ['e.g. BSL', ['e', 'g', '<.>', 'bsl']],
    ["doesn't", ["doesn't"]],
    ['doesn’t', ["doesn't"]],
    ['appt_type_tel', ['appt', 'type', 'tel']],
    ['ffôn', ['ffôn']],
  ])('joins and splits %s', (text, words) => {
    expect(show(text)).toEqual(words);
  });

  it('keeps offsets right when lower-casing changes the length (İ)', () => {
    const text = 'İİİ needs BSL';
    const t = tokenize(text);
    expect(text.slice(t.start[2], t.end[2])).toBe('BSL');
    expect(t.text[2]).toBe('bsl');
  });

  it('marks clause breaks', () => {
    expect(show('No interpreter.\nBSL; HoH | LD')).toEqual([
      'no',
      'interpreter',
      '|',
      '|',
      'bsl',
      '|',
      'hoh',
      '|',
      'ld',
    ]);
    expect(show('Interpreter: No. Easy read')).toEqual(['interpreter', '<:>', 'no', '|', 'easy', 'read']);
  });

  it('does not end a sentence after an abbreviation or inside a number', () => {
    expect(show('Interp. req 1.5 hrs')).toEqual(['interp', '<.>', 'req', '1', '5', 'hrs']);
  });

  it('reads dashes alike', () => {
    expect(show('a – b — c - d')).toEqual(['a', '<->', 'b', '<->', 'c', '<->', 'd']);
  });

  it('splits camelCase only when asked', () => {
    expect(show('WalkIn eConsult')).toEqual(['walkin', 'econsult']);
    expect(show('WalkIn eConsult', { splitCamelCase: true })).toEqual(['walk', 'in', 'e', 'consult']);
  });

  it('can keep words only', () => {
    expect(show('Face to Face (Surgery).', { wordsOnly: true })).toEqual(['face', 'to', 'face', 'surgery']);
  });

  it('treats emoji and symbols as punctuation, and keeps non-Latin words', () => {
    expect(show('🙂 漢字 ąę')).toEqual(['<\ud83d>', '<\ude42>', '漢字', 'ąę']);
  });

  it('keywordWords gives the words a keyword is matched by', () => {
    expect(keywordWords('Hands-on signing')).toEqual(['hands', 'on', 'signing']);
    expect(keywordWords('(a+)+$')).toEqual(['a']);
    expect(BREAK).not.toBe(WORD);
  });
});
