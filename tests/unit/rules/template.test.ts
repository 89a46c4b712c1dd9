import { describe, expect, it } from 'vitest';
import { joinList } from '../../../lib/rules/labels';
import {
  renderTemplate,
  type TemplateValues,
  toOneLine,
  truncateText,
  unknownPlaceholders,
} from '../../../lib/rules/template';

const values: TemplateValues = {
  language: 'Polish',
  need: 'BSL interpreter',
  needs: 'a and b',
  channel: 'telephone',
};

describe('renderTemplate', () => {
  it.each([
    ['{language} interpreter', 'Polish interpreter'],
    ['{need}', 'BSL interpreter'],
    ['{needs}', 'a and b'],
    ['{channel} slot', 'telephone slot'],
    ['{channel} / {channel}', 'telephone / telephone'],
    ['no placeholders', 'no placeholders'],
    ['{unknown} stays', '{unknown} stays'],
    ['{ language }', '{ language }'],
    ['{{language}}', '{Polish}'],
    ['{toString} {__proto__}', '{toString} {__proto__}'],
  ])('%s → %s', (template, expected) => {
    expect(renderTemplate(template, values)).toBe(expected);
  });

  it('inserts values literally (no $-patterns, no code)', () => {
    // Replacement patterns that String.replace would expand if given a string instead of a function.
    const tricky = ['$&', '$1', "$'", '$`', '$<x>', '$$'].join(' ');
    const odd: TemplateValues = { ...values, language: tricky };
    expect(renderTemplate('[{language}]', odd)).toBe(`[${tricky}]`);
  });
});

describe('unknownPlaceholders', () => {
  it.each([
    ['{language} {need} {needs} {channel}', []],
    ['{a} {b} {a}', ['a', 'b']],
    ['{}', ['']],
    ['plain', []],
  ])('%s', (template, expected) => {
    expect(unknownPlaceholders(template)).toEqual(expected);
  });
});

describe('toOneLine', () => {
  it('collapses newlines, tabs and runs of spaces', () => {
    expect(toOneLine('  a\n\tb   c  ')).toBe('a b c');
  });
});

describe('truncateText', () => {
  it('leaves short text alone', () => {
    expect(truncateText('short', 139)).toBe('short');
    expect(truncateText('x'.repeat(139), 139)).toBe('x'.repeat(139));
  });

  it.each([10, 50, 139, 140])('never exceeds %i UTF-16 units and ends with an ellipsis', (max) => {
    const text = 'word '.repeat(100);
    const out = truncateText(text, max);
    expect(out.length).toBeLessThanOrEqual(max);
    expect(out.endsWith('…')).toBe(true);
  });

  it('cuts at a word boundary when one is near', () => {
    expect(truncateText('alpha beta gamma delta epsilon', 20)).toBe('alpha beta gamma…');
  });

  it('cuts mid-word when there is no space near the end', () => {
    expect(truncateText('a supercalifragilisticexpialidocious', 20)).toBe('a supercalifragilis…');
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(truncateText('one, two, three, four', 10)).toBe('one, two…');
  });

  it('never splits a surrogate pair', () => {
    const emoji = '😀'.repeat(100); // each is 2 UTF-16 units
    const out = truncateText(emoji, 139);
    expect(out.length).toBeLessThanOrEqual(139);
    expect(out).toMatch(/^(😀)+…$/u);
    expect(out.isWellFormed()).toBe(true);
  });

  it('handles tiny limits', () => {
    expect(truncateText('hello', 1)).toBe('…');
    expect(truncateText('hello', 0)).toBe('');
  });
});

describe('joinList', () => {
  it.each([
    [[], 'en', ''],
    [['a'], 'en', 'a'],
    [['a', 'b'], 'en', 'a and b'],
    [['a', 'b', 'c'], 'en', 'a, b and c'],
    [['braille', 'print bras'], 'cy', 'braille a print bras'],
    [['braille', 'anabledd dysgu'], 'cy', 'braille ac anabledd dysgu'],
  ] as const)('%j in %s → %s', (items, lang, expected) => {
    expect(joinList(items, lang)).toBe(expected);
  });
});
