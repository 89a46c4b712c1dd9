import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NEED_CATEGORIES, type NeedKind } from '../../../lib/model';
import {
  ENGLISH,
  LANGUAGES,
  NEED_DEFINITIONS,
  needDefinition,
  VOCABULARY_SOURCE,
  VOCABULARY_VERSION,
} from '../../../lib/needs';
import { MAX_PHRASE_WORDS } from '../../../lib/needs/phrase-index';
import { keywordWords } from '../../../lib/needs/tokenize';

/** The draft RA-FlagCode value set (ra-flag-codes.tsv beside this file), code<TAB>display. */
const RA_FLAG_CODES = new Map(
  readFileSync(new URL('./ra-flag-codes.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => /^\d/.test(line))
    .map((line) => line.split('\t') as [string, string]),
);

const allCodings = NEED_DEFINITIONS.flatMap((d) => d.codes.map((c) => ({ category: d.category, ...c })));

describe('vocabulary data', () => {
  it('is versioned with its source', () => {
    expect(VOCABULARY_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(VOCABULARY_SOURCE.sourceDate).toBe('2024-02-14');
    expect(VOCABULARY_SOURCE.valueSet).toBe('https://fhir.nhs.uk/England/ValueSet/RA-FlagCode');
  });

  it('has exactly one definition per need category, in display order', () => {
    expect(NEED_DEFINITIONS.map((d) => d.category)).toEqual([...NEED_CATEGORIES]);
    for (const category of NEED_CATEGORIES) expect(needDefinition(category).category).toBe(category);
  });

  it('assigns the kind of each need', () => {
    const expected: Record<string, NeedKind> = {
      'contact-text-relay': 'contact',
      'contact-written-only': 'contact',
      'contact-via-carer': 'contact',
      'easy-read': 'information',
      'large-print': 'information',
      braille: 'information',
      audio: 'information',
      'information-verbally': 'information',
    };
    for (const d of NEED_DEFINITIONS)
      expect([d.category, d.kind]).toEqual([d.category, expected[d.category] ?? 'consultation']);
  });

  it('has English and Welsh names for every category', () => {
    for (const d of NEED_DEFINITIONS) {
      expect(d.names.en.length, d.category).toBeGreaterThan(2);
      expect(d.names.cy.length, d.category).toBeGreaterThan(2);
    }
    expect(needDefinition('interpreter').names.cy).toBe('Angen cyfieithydd');
  });

  it('uses only SNOMED codes that exist in RA-FlagCode, with their exact display', () => {
    expect(RA_FLAG_CODES.size).toBeGreaterThan(300);
    for (const c of allCodings) {
      expect(c.system, c.code).toBe('http://snomed.info/sct');
      expect(RA_FLAG_CODES.get(c.code), `${c.category} ${c.code}`).toBe(c.display);
    }
  });

  it('maps each code to one category only', () => {
    const seen = new Map<string, string>();
    for (const c of allCodings) {
      expect(seen.get(c.code) ?? c.category, c.code).toBe(c.category);
      seen.set(c.code, c.category);
    }
  });

  it('has no national code for digital exclusion', () => {
    expect(needDefinition('no-digital-access').codes).toEqual([]);
  });

  it('keeps language interpreter codes with their language, and leaves out English', () => {
    const interpreterCodes = new Set(needDefinition('interpreter').codes.map((c) => c.code));
    const withCodes = LANGUAGES.filter((l) => l.codes.length > 0);
    expect(withCodes.length).toBeGreaterThanOrEqual(60);
    for (const language of withCodes) {
      for (const c of language.codes) {
        expect(c.display.toLowerCase(), language.name).toContain('interpreter needed');
        expect(interpreterCodes.has(c.code)).toBe(true);
      }
    }
    expect(interpreterCodes.has('343671000000102')).toBe(false);
    expect(LANGUAGES.find((l) => l.name === ENGLISH)?.codes).toEqual([]);
    expect(interpreterCodes.has('315594003')).toBe(true);
  });

  it('has unique language names, aliases and ISO codes, and never "no" as a code', () => {
    const names = LANGUAGES.flatMap((l) => [l.name, ...l.aliases].map((n) => n.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
    const iso = LANGUAGES.flatMap((l) => l.iso);
    expect(new Set(iso).size).toBe(iso.length);
    expect(iso).not.toContain('no');
    expect(iso).not.toContain('n');
  });

  it('has keywords that tokenise to whole words, none shared between categories', () => {
    const owner = new Map<string, string>();
    for (const d of NEED_DEFINITIONS) {
      for (const k of [...d.keywords, ...d.abbreviations, ...d.absentKeywords]) {
        const words = keywordWords(k);
        expect(words.length, k).toBeGreaterThan(0);
        expect(words.length, k).toBeLessThanOrEqual(MAX_PHRASE_WORDS);
        const key = words.join(' ');
        expect(owner.get(key) ?? d.category, `"${k}"`).toBe(d.category);
        owner.set(key, d.category);
      }
    }
  });

  it('needDefinition rejects an unknown category', () => {
    expect(() => needDefinition('telepathy' as never)).toThrow();
  });
});
