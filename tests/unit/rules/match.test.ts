import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel, type NeedCategory } from '../../../lib/model';
import { channelMatches, matchNeeds } from '../../../lib/rules/match';
import { finding } from './fixtures';

describe('channelMatches', () => {
  // [rule channels, slot channel, fires]
  const table: Array<[Channel[], Channel, boolean]> = [
    [['telephone'], 'telephone', true],
    [['telephone'], 'remote', true], // remote may be audio-only
    [['video'], 'remote', true],
    [['online'], 'remote', false], // remote means telephone or video, not written
    [['telephone'], 'video', false],
    [['telephone'], 'online', false],
    [['telephone'], 'face-to-face', false],
    [['telephone'], 'unknown', false],
    [['telephone'], 'home-visit', false],
    [['remote'], 'telephone', true],
    [['remote'], 'video', true],
    [['remote'], 'remote', true],
    [['remote'], 'online', false],
    [['remote'], 'face-to-face', false],
    [['remote'], 'unknown', false],
    [['face-to-face'], 'face-to-face', true],
    [['face-to-face'], 'home-visit', false],
    [['unknown'], 'unknown', true],
    [['home-visit'], 'home-visit', true],
  ];
  it.each(table)('rule %j, slot %s → %s', (ruleChannels, channel, expected) => {
    expect(channelMatches(ruleChannels, channel)).toBe(expected);
  });

  it('never fires for unknown or face-to-face unless listed', () => {
    const others = CHANNELS.filter((c) => c !== 'unknown' && c !== 'face-to-face');
    expect(channelMatches(others, 'unknown')).toBe(false);
    expect(channelMatches(others, 'face-to-face')).toBe(false);
  });
});

describe('matchNeeds', () => {
  const needs = (...cats: NeedCategory[]) => cats.map((c) => finding(c));

  it.each<
    [string, { needsAny?: NeedCategory[]; needsAll?: NeedCategory[] }, NeedCategory[], NeedCategory[] | null]
  >([
    [
      'any: one present',
      { needsAny: ['interpreter', 'bsl-interpreter'] },
      ['bsl-interpreter'],
      ['bsl-interpreter'],
    ],
    ['any: none present', { needsAny: ['interpreter'] }, ['large-print'], null],
    ['any: no needs at all', { needsAny: ['interpreter'] }, [], null],
    [
      'all: all present',
      { needsAll: ['deafblind', 'longer-appointment'] },
      ['longer-appointment', 'deafblind'],
      ['deafblind', 'longer-appointment'],
    ],
    ['all: one missing', { needsAll: ['deafblind', 'longer-appointment'] }, ['deafblind'], null],
    [
      'both: both hold',
      { needsAll: ['learning-disability'], needsAny: ['easy-read', 'audio'] },
      ['audio', 'learning-disability'],
      ['learning-disability', 'audio'],
    ],
    [
      'both: any fails',
      { needsAll: ['learning-disability'], needsAny: ['easy-read'] },
      ['learning-disability'],
      null,
    ],
    ['neither list', {}, ['interpreter'], null],
    [
      'result in display order, each once',
      { needsAny: ['audio', 'interpreter'] },
      ['audio', 'interpreter', 'audio'],
      ['interpreter', 'audio'],
    ],
    [
      'unrelated needs are not listed',
      { needsAny: ['interpreter'] },
      ['interpreter', 'braille'],
      ['interpreter'],
    ],
  ])('%s', (_name, when, present, expected) => {
    expect(matchNeeds({ channels: ['telephone'], ...when }, needs(...present))).toEqual(expected);
  });
});
