/**
 * Spoken languages an interpreter may be needed for: common UK community languages (ONS 2021 main
 * languages, NHS interpreting service lists) by English name, other names staff type, ISO 639 codes
 * and, where RA-FlagCode has one, the SNOMED "<language> interpreter needed" concept. Every SNOMED id
 * here is checked against the RA-FlagCode value set by a unit test.
 */
import type { Coding } from '../model';
import { ENGLISH, type LanguageDefinition } from './types';

export { ENGLISH, type LanguageDefinition };

const SNOMED = 'http://snomed.info/sct';

function lang(
  name: string,
  iso: readonly string[],
  code?: readonly [string, string],
  aliases: readonly string[] = [],
): LanguageDefinition {
  const codes = code === undefined ? [] : [{ system: SNOMED, code: code[0], display: code[1] }];
  return { name, aliases, iso, codes };
}

// English's RA-FlagCode concept (343671000000102) is left out on purpose: see ENGLISH.
export const LANGUAGES: readonly LanguageDefinition[] = [
  lang(ENGLISH, ['en', 'eng']),
  lang('Polish', ['pl', 'pol'], ['203901000000102', 'Polish language interpreter needed'], ['polski']),
  lang('Romanian', ['ro', 'ron', 'rum'], ['353881000000101', 'Romanian language interpreter needed']),
  lang(
    'Moldovan',
    ['mo', 'mol'],
    ['359671000000101', 'Moldavian language interpreter needed'],
    ['moldavian'],
  ),
  lang('Panjabi', ['pa', 'pan'], ['203961000000103', 'Panjabi language interpreter needed'], ['punjabi']),
  lang('Urdu', ['ur', 'urd'], ['204211000000109', 'Urdu language interpreter needed']),
  lang('Portuguese', ['pt', 'por'], ['203911000000100', 'Portuguese language interpreter needed']),
  lang(
    'Spanish',
    ['es', 'spa'],
    ['204031000000105', 'Spanish language interpreter needed'],
    ['espanol', 'español'],
  ),
  lang('Arabic', ['ar', 'ara'], ['203311000000101', 'Arabic language interpreter needed']),
  lang('Bengali', ['bn', 'ben'], ['203321000000107', 'Bengali language interpreter needed'], ['bangla']),
  lang('Sylheti', ['syl'], ['204081000000109', 'Sylheti language interpreter needed']),
  lang('Gujarati', ['gu', 'guj'], ['203601000000106', 'Gujarati language interpreter needed']),
  lang('Kutchi', ['kfr'], ['343771000000106', 'Kutchi language interpreter needed'], ['kachchi']),
  lang('Italian', ['it', 'ita'], ['203371000000106', 'Italian language interpreter needed']),
  lang('Chinese', ['zh', 'zho', 'chi'], ['972591000000100', 'Chinese interpreter needed']),
  lang('Mandarin', ['cmn'], ['203821000000101', 'Mandarin language interpreter needed'], ['putonghua']),
  lang('Cantonese', ['yue'], ['203381000000108', 'Cantonese language interpreter needed']),
  lang('Hakka', ['hak'], ['203611000000108', 'Hakka language interpreter needed']),
  lang('Lithuanian', ['lt', 'lit'], ['203721000000108', 'Lithuanian language interpreter needed']),
  lang('Latvian', ['lv', 'lav'], ['360071000000106', 'Latvian language interpreter needed']),
  lang('Estonian', ['et', 'est'], ['361911000000106', 'Estonian language interpreter needed']),
  lang('French', ['fr', 'fra', 'fre'], ['203441000000106', 'French language interpreter needed']),
  lang(
    'French Creole',
    [],
    ['203521000000103', 'French Creole language interpreter needed'],
    ['mauritian creole'],
  ),
  lang('Haitian Creole', ['ht', 'hat'], ['972681000000101', 'Haitian interpreter needed'], ['haitian']),
  lang('Tamil', ['ta', 'tam'], ['204131000000109', 'Tamil language interpreter needed']),
  lang(
    'German',
    ['de', 'deu', 'ger'],
    ['203581000000102', 'German language interpreter needed'],
    ['deutsch'],
  ),
  lang('Bulgarian', ['bg', 'bul'], ['353921000000107', 'Bulgarian language interpreter needed']),
  lang('Turkish', ['tr', 'tur'], ['204191000000105', 'Turkish language interpreter needed']),
  lang('Russian', ['ru', 'rus'], ['203971000000105', 'Russian language interpreter needed']),
  lang('Ukrainian', ['uk', 'ukr'], ['204201000000107', 'Ukrainian language interpreter needed']),
  lang('Farsi', ['fa', 'fas', 'per'], ['203421000000104', 'Farsi language interpreter needed'], ['persian']),
  lang('Dari', ['prs'], undefined, ['afghan persian']),
  lang(
    'Pashto',
    ['ps', 'pus'],
    ['203841000000108', 'Pashto language interpreter needed'],
    ['pashtu', 'pushto'],
  ),
  lang('Hungarian', ['hu', 'hun'], ['360431000000104', 'Hungarian language interpreter needed']),
  lang('Greek', ['el', 'ell', 'gre'], ['203591000000100', 'Greek language interpreter needed']),
  lang('Malayalam', ['ml', 'mal'], ['203811000000107', 'Malayalam language interpreter needed']),
  lang('Slovak', ['sk', 'slk', 'slo'], ['352901000000108', 'Slovak language interpreter needed']),
  lang('Czech', ['cs', 'ces', 'cze'], ['203401000000108', 'Czech language interpreter needed']),
  lang(
    'Tagalog',
    ['tl', 'tgl', 'fil'],
    ['204111000000101', 'Tagalog language interpreter needed'],
    ['filipino'],
  ),
  lang('Somali', ['so', 'som'], ['204021000000108', 'Somali language interpreter needed']),
  lang('Brava', [], ['359821000000104', 'Brawa language interpreter needed'], ['brawa', 'bravanese']),
  lang(
    'Kurdish',
    ['ku', 'kur'],
    ['203701000000104', 'Kurdish language interpreter needed'],
    ['sorani', 'kurmanji'],
  ),
  lang('Albanian', ['sq', 'sqi', 'alb'], ['203291000000102', 'Albanian language interpreter needed']),
  lang('Hindi', ['hi', 'hin'], ['203651000000107', 'Hindi language interpreter needed']),
  lang('Nepali', ['ne', 'nep'], ['364251000000104', 'Nepali language interpreter needed'], ['nepalese']),
  lang('Vietnamese', ['vi', 'vie'], ['204221000000103', 'Vietnamese language interpreter needed']),
  lang('Yoruba', ['yo', 'yor'], ['204241000000105', 'Yoruba language interpreter needed']),
  lang('Igbo', ['ig', 'ibo'], ['203531000000101', 'Igbo language interpreter needed']),
  lang('Akan', ['ak', 'aka'], ['203281000000104', 'Akan language interpreter needed']),
  lang('Twi', ['tw', 'twi'], ['363301000000109', 'Twi language interpreter needed']),
  lang('Hausa', ['ha', 'hau'], ['203631000000100', 'Hausa language interpreter needed']),
  lang('Dutch', ['nl', 'nld', 'dut'], ['203411000000105', 'Dutch language interpreter needed']),
  lang('Flemish', [], ['343711000000101', 'Flemish language interpreter needed']),
  lang('Telugu', ['te', 'tel'], ['363341000000107', 'Telugu language interpreter needed']),
  lang('Kannada', ['kn', 'kan'], ['360101000000102', 'Kannada language interpreter needed']),
  lang('Marathi', ['mr', 'mar'], ['359701000000102', 'Marathi language interpreter needed']),
  lang('Sinhala', ['si', 'sin'], ['204011000000102', 'Sinhala language interpreter needed'], ['sinhalese']),
  lang('Sindhi', ['sd', 'snd'], ['363711000000105', 'Sindhi language interpreter needed']),
  lang('Kashmiri', ['ks', 'kas'], ['360191000000109', 'Kashmiri language interpreter needed']),
  lang('Pahari', ['phr'], undefined, ['pahari pothwari', 'pothwari', 'potohari', 'mirpuri']),
  lang('Shona', ['sn', 'sna'], ['203991000000109', 'Shona language interpreter needed']),
  lang('Ndebele', ['nd', 'nde'], ['352931000000102', 'Ndebele language interpreter needed']),
  lang('Zulu', ['zu', 'zul'], ['362821000000104', 'Zulu language interpreter needed']),
  lang('Xhosa', ['xh', 'xho'], ['364511000000100', 'Xhosa language interpreter needed']),
  lang('Afrikaans', ['af', 'afr'], ['362571000000102', 'Afrikaans language interpreter needed']),
  lang('Swahili', ['sw', 'swa'], ['204041000000101', 'Swahili language interpreter needed'], ['kiswahili']),
  lang('Tigrinya', ['ti', 'tir'], ['204171000000106', 'Tigrinya language interpreter needed']),
  lang('Amharic', ['am', 'amh'], ['203301000000103', 'Amharic language interpreter needed']),
  lang('Oromo', ['om', 'orm'], ['362991000000107', 'Oromo language interpreter needed']),
  lang('Lingala', ['ln', 'lin'], ['203711000000102', 'Lingala language interpreter needed']),
  lang('Luganda', ['lg', 'lug'], ['359761000000103', 'Luganda language interpreter needed'], ['ganda']),
  lang('Kinyarwanda', ['rw', 'kin'], ['360131000000108', 'Kinyarwanda language interpreter needed']),
  lang('Tetum', ['tet'], undefined, ['tetun']),
  lang('Krio', ['kri']),
  lang('Japanese', ['ja', 'jpn'], ['203681000000101', 'Japanese language interpreter needed']),
  lang('Korean', ['ko', 'kor'], ['203691000000104', 'Korean language interpreter needed']),
  lang('Thai', ['th', 'tha'], ['204151000000102', 'Thai language interpreter needed']),
  lang('Burmese', ['my', 'mya', 'bur'], ['362371000000109', 'Burmese language interpreter needed']),
  lang('Khmer', ['km', 'khm'], ['362331000000107', 'Central Khmer language interpreter needed']),
  lang('Lao', ['lo', 'lao'], ['360371000000108', 'Lao language interpreter needed']),
  lang('Malay', ['ms', 'msa'], ['360161000000103', 'Malay language interpreter needed']),
  lang('Indonesian', ['id', 'ind'], ['362111000000101', 'Indonesian language interpreter needed']),
  lang('Mongolian', ['mn', 'mon'], ['359641000000107', 'Mongolian language interpreter needed']),
  lang('Tibetan', ['bo', 'bod', 'tib'], ['363141000000105', 'Tibetan language interpreter needed']),
  lang('Hebrew', ['he', 'heb'], ['203641000000109', 'Hebrew language interpreter needed']),
  lang('Yiddish', ['yi', 'yid'], ['363021000000102', 'Yiddish language interpreter needed']),
  lang('Croatian', ['hr', 'hrv'], ['203391000000105', 'Croatian language interpreter needed']),
  lang('Serbian', ['sr', 'srp'], ['203981000000107', 'Serbian language interpreter needed']),
  lang('Bosnian', ['bs', 'bos'], ['972561000000106', 'Bosnian interpreter needed']),
  lang('Macedonian', ['mk', 'mkd'], ['359971000000108', 'Macedonian language interpreter needed']),
  lang('Slovenian', ['sl', 'slv'], ['363591000000107', 'Slovenian language interpreter needed']),
  lang('Georgian', ['ka', 'kat', 'geo'], ['361471000000106', 'Georgian language interpreter needed']),
  lang('Armenian', ['hy', 'hye', 'arm'], ['362261000000106', 'Armenian language interpreter needed']),
  lang(
    'Azerbaijani',
    ['az', 'aze'],
    ['362611000000106', 'Azerbaijani language interpreter needed'],
    ['azeri'],
  ),
  lang('Uzbek', ['uz', 'uzb'], ['362961000000101', 'Uzbek language interpreter needed']),
  lang('Kazakh', ['kk', 'kaz'], ['360221000000102', 'Kazakh language interpreter needed']),
  lang('Swedish', ['sv', 'swe'], ['204051000000103', 'Swedish language interpreter needed']),
  lang('Danish', ['da', 'dan'], ['361971000000101', 'Danish language interpreter needed']),
  // "no" is left out on purpose: "Interpreter: no" means no interpreter, not Norwegian.
  lang('Norwegian', ['nor', 'nob', 'nno'], ['203831000000104', 'Norwegian language interpreter needed']),
  lang('Finnish', ['fi', 'fin'], ['343701000000103', 'Finnish language interpreter needed']),
  lang('Welsh', ['cy', 'cym', 'wel'], ['204231000000101', 'Welsh language interpreter needed'], ['cymraeg']),
  lang('Irish', ['ga', 'gle'], ['972731000000105', 'Irish interpreter needed']),
  lang('Scottish Gaelic', ['gd', 'gla'], ['973051000000109', 'Scottish Gaelic interpreter needed']),
  lang('Gaelic', [], ['343721000000107', 'Gaelic language interpreter needed']),
  lang('Romany', ['rom'], ['1047321000000104', 'Romany language interpreter needed'], ['romani']),
];

/** A language named by a code that is not its main one, e.g. the older "Ganda" concept. */
export const EXTRA_LANGUAGE_CODES: readonly { language: string; code: Coding }[] = [
  {
    language: 'Luganda',
    code: { system: SNOMED, code: '203801000000105', display: 'Ganda language interpreter needed' },
  },
];
