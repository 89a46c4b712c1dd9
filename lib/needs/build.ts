/**
 * The recogniser's vocabulary: the built-in definitions, plus the practice's own keywords and codes.
 * The local part is validated here, so unchecked data from storage cannot slip through.
 */
import { compileVocabulary, type Vocabulary } from './compile';
import { defaultVocabulary } from './default';
import { LocalVocabulary } from './local-vocabulary';
import { BUILT_IN_VOCABULARY } from './vocabulary';

export function buildVocabulary(local?: LocalVocabulary): Vocabulary {
  if (local === undefined || local.entries.length === 0) return defaultVocabulary();
  return compileVocabulary(BUILT_IN_VOCABULARY, LocalVocabulary.parse(local));
}
