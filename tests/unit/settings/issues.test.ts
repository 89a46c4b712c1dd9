import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath, formatZodIssues } from '../../../lib/settings/issues';

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], ''],
    [['rules'], 'rules'],
    [['rules', 2, 'prompt', 'summary'], 'rules[2].prompt.summary'],
    [[0, 'id'], '[0].id'],
    [['i18n', 'cy', 'suggestions', 'face-to-face'], 'i18n.cy.suggestions["face-to-face"]'],
    [['odd key'], '["odd key"]'],
    [['a', Symbol('s')], 'a["Symbol(s)"]'],
  ])('%j → %s', (parts, expected) => {
    expect(formatPath(parts)).toBe(expected);
  });
});

describe('formatZodIssues', () => {
  const schema = z.object({
    name: z.string().min(1, 'Name cannot be empty'),
    items: z.array(z.number({ error: 'Must be a number' })),
  });

  it('gives one path and message per issue', () => {
    const result = schema.safeParse({ name: '', items: [1, 'x', 'y'] });
    expect(result.success).toBe(false);
    expect(formatZodIssues(result.error!)).toEqual([
      { path: 'name', message: 'Name cannot be empty' },
      { path: 'items[1]', message: 'Must be a number' },
      { path: 'items[2]', message: 'Must be a number' },
    ]);
  });

  it('prefixes a base path', () => {
    const result = schema.safeParse({ name: 'ok', items: ['x'] });
    expect(formatZodIssues(result.error!, ['rules', 3])).toEqual([
      { path: 'rules[3].items[0]', message: 'Must be a number' },
    ]);
  });

  it('reports a root issue with an empty path', () => {
    const result = schema.safeParse(5);
    expect(formatZodIssues(result.error!)).toHaveLength(1);
    expect(formatZodIssues(result.error!)[0]?.path).toBe('');
  });

  it('removes exact duplicates', () => {
    const error = new z.ZodError([
      { code: 'custom', path: ['a'], message: 'm', input: 1 },
      { code: 'custom', path: ['a'], message: 'm', input: 1 },
    ]);
    expect(formatZodIssues(error)).toEqual([{ path: 'a', message: 'm' }]);
  });
});
