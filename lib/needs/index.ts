/** Need recognition: vocabulary data, practice additions and the pure text recogniser. */
export { buildVocabulary } from './build';
export { compileVocabulary, defaultVocabulary, type Vocabulary } from './compile';
export { MAX_EVIDENCE } from './evidence';
export { ENGLISH, LANGUAGES, type LanguageDefinition } from './languages';
export { LocalVocabulary, LocalVocabularyEntry, MAX_LOCAL_ENTRIES } from './local-vocabulary';
export { MAX_MATCHES, recogniseCodes, recogniseNeeds } from './recognise';
export type { NeedDefinition, NeedMatch } from './types';
export {
  IGNORED_PHRASES,
  NEED_DEFINITIONS,
  needDefinition,
  VOCABULARY_SOURCE,
  VOCABULARY_VERSION,
} from './vocabulary';
