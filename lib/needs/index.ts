/** Need recognition: vocabulary data, practice additions and the pure text recogniser. */
export { buildVocabulary } from './build';
export { compileVocabulary, type Vocabulary } from './compile';
export { defaultVocabulary, recogniseCodes, recogniseNeeds } from './default';
export { MAX_EVIDENCE } from './evidence';
export { ENGLISH, LANGUAGES, type LanguageDefinition } from './languages';
export { LocalVocabulary, LocalVocabularyEntry, MAX_LOCAL_ENTRIES } from './local-vocabulary';
export { MAX_MATCHES, type RecogniseOptions } from './recognise';
export type { NeedDefinition, NeedMatch, VocabularyData } from './types';
export {
  BUILT_IN_VOCABULARY,
  IGNORED_PHRASES,
  NEED_DEFINITIONS,
  needDefinition,
  VOCABULARY_SOURCE,
  VOCABULARY_VERSION,
} from './vocabulary';
