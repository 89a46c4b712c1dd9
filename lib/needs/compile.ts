/**
 * Turns the vocabulary data (built-in definitions plus optional practice additions) into the
 * look-up structures the recogniser uses. Built once per settings change, not per page read.
 */
import type { Coding, NeedCategory } from '../model';
import type { LocalVocabulary } from './local-vocabulary';
import { PhraseIndex } from './phrase-index';
import { keywordWords } from './tokenize';
import { ENGLISH, type LanguageDefinition, type NeedDefinition, type VocabularyData } from './types';

/** What a phrase in the index means. */
export type Concept =
  | {
      /** `need`: the mention states the need; `absent`: only its negation does ("no internet"). */
      readonly role: 'need' | 'absent';
      readonly category: NeedCategory;
      /** Set when the phrase is a code, or maps to one (language-specific interpreter codes). */
      readonly code?: string;
      readonly language?: string;
      readonly isCode: boolean;
      /** A short form ("LD", "BSL") that other clinical words share; read only in a need's form. */
      readonly abbreviation?: true;
    }
  | { readonly role: 'ignore' };

export interface LanguageIndex {
  readonly byName: PhraseIndex<LanguageDefinition>;
  /** ISO 639 codes, accepted only as the whole value of an interpreter field. */
  readonly byIso: ReadonlyMap<string, LanguageDefinition>;
  /** Every word of every language name, so negation scope can step over "Polish" in "no Polish interpreter". */
  readonly words: ReadonlySet<string>;
  readonly english: LanguageDefinition | undefined;
}

export interface Vocabulary {
  /** VOCABULARY_VERSION, plus a fingerprint of the local additions when there are any. */
  readonly version: string;
  readonly definitions: readonly NeedDefinition[];
  readonly phrases: PhraseIndex<Concept>;
  readonly languages: LanguageIndex;
}

function buildLanguageIndex(languages: readonly LanguageDefinition[]): LanguageIndex {
  const byName = new PhraseIndex<LanguageDefinition>();
  const byIso = new Map<string, LanguageDefinition>();
  const words = new Set<string>();
  for (const language of languages) {
    for (const name of [language.name, ...language.aliases]) {
      const w = keywordWords(name);
      byName.add(w, language);
      for (const word of w) words.add(word);
    }
    for (const iso of language.iso) byIso.set(iso, language);
  }
  return { byName, byIso, words, english: languages.find((l) => l.name === ENGLISH) };
}

function addCode(
  phrases: PhraseIndex<Concept>,
  category: NeedCategory,
  code: string,
  language?: string,
): void {
  const concept: Concept = { role: 'need', category, code, isCode: true };
  phrases.add(keywordWords(code), language === undefined ? concept : { ...concept, language });
}

function compile(data: VocabularyData, local: LocalVocabulary | undefined): PhraseIndex<Concept> {
  const phrases = new PhraseIndex<Concept>();
  for (const phrase of data.ignoredPhrases) phrases.add(keywordWords(phrase), { role: 'ignore' });
  const languageOfCode = new Map<string, string>();
  for (const language of data.languages) {
    for (const c of language.codes) languageOfCode.set(c.code, language.name);
  }
  for (const extra of data.extraLanguageCodes) languageOfCode.set(extra.code.code, extra.language);

  for (const d of data.definitions) {
    for (const keyword of d.keywords) {
      phrases.add(keywordWords(keyword), { role: 'need', category: d.category, isCode: false });
    }
    for (const keyword of d.abbreviations) {
      const concept: Concept = { role: 'need', category: d.category, isCode: false, abbreviation: true };
      phrases.add(keywordWords(keyword), concept);
    }
    for (const keyword of d.absentKeywords) {
      phrases.add(keywordWords(keyword), { role: 'absent', category: d.category, isCode: false });
    }
    for (const coding of d.codes) addCode(phrases, d.category, coding.code, languageOfCode.get(coding.code));
  }
  // A practice keyword carries its practice code, so "DIGEX" is reported with code "LOC001".
  for (const entry of local?.entries ?? []) {
    const concept: Concept = { role: 'need', category: entry.category, isCode: false };
    phrases.add(
      keywordWords(entry.keyword),
      entry.code === undefined ? concept : { ...concept, code: entry.code },
    );
    if (entry.code !== undefined) addCode(phrases, entry.category, entry.code);
  }
  return phrases;
}

/** FNV-1a, enough to tell two local vocabularies apart in a log; not a security measure. */
function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function mergeLocal(definitions: readonly NeedDefinition[], local: LocalVocabulary): NeedDefinition[] {
  return definitions.map((d) => {
    const mine = local.entries.filter((e) => e.category === d.category);
    if (mine.length === 0) return d;
    const codes: Coding[] = mine.flatMap((e) =>
      e.code === undefined ? [] : [{ code: e.code, display: e.keyword }],
    );
    return { ...d, keywords: [...d.keywords, ...mine.map((e) => e.keyword)], codes: [...d.codes, ...codes] };
  });
}

/** The language index depends only on the language list, so one is shared per list. */
const languageIndexes = new WeakMap<readonly LanguageDefinition[], LanguageIndex>();

function languageIndexFor(languages: readonly LanguageDefinition[]): LanguageIndex {
  let index = languageIndexes.get(languages);
  if (index === undefined) {
    index = buildLanguageIndex(languages);
    languageIndexes.set(languages, index);
  }
  return index;
}

/**
 * The recogniser's vocabulary from vocabulary data and local entries that were already validated
 * (by buildVocabulary, or by the background before it hands them to a content script, which then
 * needs no zod).
 */
export function compileVocabulary(data: VocabularyData, checked?: LocalVocabulary): Vocabulary {
  const local = checked !== undefined && checked.entries.length > 0 ? checked : undefined;
  return {
    version:
      local === undefined
        ? data.version
        : `${data.version}+local.${fingerprint(JSON.stringify(local.entries))}`,
    definitions: local === undefined ? data.definitions : mergeLocal(data.definitions, local),
    phrases: compile(data, local),
    languages: languageIndexFor(data.languages),
  };
}
