/**
 * Splits page text into lower-case word and punctuation tokens and marks clause breaks.
 *
 * Written as one hand-rolled pass over the characters, with no regular expressions, so the cost is
 * linear in the length of the text whatever a hostile page puts in it. Token data is kept in typed
 * arrays because a 1 MB alert region can hold half a million tokens.
 */

export const WORD = 0;
export const PUNCT = 1;
/** End of a clause: line break, sentence end, `;`, `|`, bullet. Negation never reaches across one. */
export const BREAK = 2;
export type TokenKind = typeof WORD | typeof PUNCT | typeof BREAK;

export interface Tokens {
  readonly count: number;
  readonly kind: Uint8Array;
  /** Offsets into the original text (UTF-16 code units). */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Lower-case word with straight apostrophes, the punctuation character, or '' for a break. */
  readonly text: string[];
}

export interface TokenizeOptions {
  /** Split `WalkIn` into `walk in`. Useful for option values, harmful for prose ("iPhone"). */
  readonly splitCamelCase?: boolean;
  /** Keep word tokens only: for labels, where punctuation is decoration ("Face to Face (Surgery)"). */
  readonly wordsOnly?: boolean;
}

// Character classes, looked up in a table: a Set per character was the tokenizer's main cost.
const C_UNKNOWN = 0;
const C_WORD = 1;
const C_SPACE = 2;
const C_BREAK = 3;
/** Joins two words without being worth a token: easy-read, T/C, N/A, appt_type. */
const C_JOINER = 4;
const C_APOSTROPHE = 5;
const C_DOT = 6;
const C_OTHER = 7;

const charClass = new Uint8Array(65536);
const WORD_CHAR_PATTERN = /[\p{L}\p{M}\p{N}]/u;
const SPECIAL: ReadonlyArray<readonly [number, number]> = [
  [32, C_SPACE],
  [9, C_SPACE],
  [11, C_SPACE],
  [12, C_SPACE],
  [0xa0, C_SPACE],
  [0x1680, C_SPACE],
  [0x202f, C_SPACE],
  [0x205f, C_SPACE],
  [0x3000, C_SPACE],
  [0xfeff, C_SPACE],
  [10, C_BREAK],
  [13, C_BREAK],
  [0x2028, C_BREAK],
  [0x2029, C_BREAK],
  [0x2022, C_BREAK],
  [0x3b, C_BREAK], // ;
  [0x7c, C_BREAK], // |
  [0x21, C_BREAK], // !
  [0x2d, C_JOINER], // -
  [0x2f, C_JOINER], // /
  [0x5f, C_JOINER], // _
  [0x2010, C_JOINER],
  [0x2011, C_JOINER],
  [0x27, C_APOSTROPHE],
  [0x2019, C_APOSTROPHE],
  [0x2bc, C_APOSTROPHE],
  [0x2e, C_DOT],
];
for (let c = 0; c < 128; c++) {
  const isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  charClass[c] = isWord ? C_WORD : C_OTHER;
}
for (let c = 0x2000; c <= 0x200a; c++) charClass[c] = C_SPACE;
for (const [c, cls] of SPECIAL) charClass[c] = cls;

function classOf(c: number): number {
  let cls = charClass[c] ?? C_OTHER;
  if (cls === C_UNKNOWN) {
    // Surrogate halves are never word characters on their own; emoji and rare scripts fall here.
    const isSurrogate = c >= 0xd800 && c <= 0xdfff;
    cls = !isSurrogate && WORD_CHAR_PATTERN.test(String.fromCharCode(c)) ? C_WORD : C_OTHER;
    charClass[c] = cls;
  }
  return cls;
}

const CURLY_APOSTROPHES = /[\u2019\u02bc]/g;

/** Dashes all read as a plain hyphen so "Interpreter \u2013 none" and "Interpreter - none" match alike. */
const DASHES = new Set([0x2012, 0x2013, 0x2014, 0x2015, 0x2212]);

/**
 * Words after which a full stop does not end the sentence. Kept short: "No." and "N." must still
 * end a clause ("Interpreter: No. Easy read: Y").
 */
const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'st',
  'appt',
  'appts',
  'interp',
  'req',
  'reqd',
]);
for (const w of ['tel', 'approx', 'eg', 'ie', 'g', 'vs', 'min', 'mins', 'pt']) ABBREVIATIONS.add(w);

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;

const punctCache = new Map<number, string>();
function punctText(c: number): string {
  let s = punctCache.get(c);
  if (s === undefined) {
    s = DASHES.has(c) ? '-' : String.fromCharCode(c);
    if (punctCache.size < 4096) punctCache.set(c, s);
  }
  return s;
}

export function tokenize(text: string, options: TokenizeOptions = {}): Tokens {
  const n = text.length;
  // Most text has a token every four or five characters; start there and grow, rather than
  // reserving a slot per character (36 MB for a 4 MB page, which mostly feeds the garbage collector).
  let capacity = Math.min(n + 1, 64 + (n >> 2));
  let kind = new Uint8Array(capacity);
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  const words: string[] = [];
  const grow = (): void => {
    capacity = Math.min(n + 1, capacity * 2);
    const k = new Uint8Array(capacity);
    k.set(kind);
    kind = k;
    const s0 = new Int32Array(capacity);
    s0.set(start);
    start = s0;
    const e0 = new Int32Array(capacity);
    e0.set(end);
    end = e0;
  };
  // Lower-casing once is much cheaper than per word; only İ-like characters change length, and
  // then offsets would drift, so fall back to per-word lower-casing.
  const lowered = text.toLowerCase();
  const aligned = lowered.length === n;
  const splitCamel = options.splitCamelCase === true;
  const keepPunctuation = options.wordsOnly !== true;
  let count = 0;

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = classOf(c);
    if (cls === C_WORD) {
      const s = i;
      let curlyApostrophe = false;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        const dc = classOf(d);
        if (dc === C_WORD) {
          if (splitCamel && isUpperAscii(d) && isLowerAscii(text.charCodeAt(i - 1))) break;
          i++;
        } else if (dc === C_APOSTROPHE && i + 1 < n && classOf(text.charCodeAt(i + 1)) === C_WORD) {
          if (d !== 0x27) curlyApostrophe = true;
          i += 2;
        } else {
          break;
        }
      }
      let word = aligned ? lowered.slice(s, i) : text.slice(s, i).toLowerCase();
      if (curlyApostrophe) word = word.replace(CURLY_APOSTROPHES, "'");
      if (count === capacity) grow();
      kind[count] = WORD;
      start[count] = s;
      end[count] = i;
      words.push(word);
      count++;
      continue;
    }
    i++;
    if (cls === C_SPACE) continue;
    let tokenKind: TokenKind = PUNCT;
    if (cls === C_BREAK) {
      tokenKind = BREAK;
    } else if (cls === C_JOINER || cls === C_DOT) {
      const joins =
        i - 1 > 0 &&
        classOf(text.charCodeAt(i - 2)) === C_WORD &&
        i < n &&
        classOf(text.charCodeAt(i)) === C_WORD;
      if (joins) continue;
      if (
        cls === C_DOT &&
        endsSentence(text, i - 1, count > 0 && kind[count - 1] === WORD ? words[count - 1] : undefined)
      ) {
        tokenKind = BREAK;
      }
    }
    if (!keepPunctuation) continue;
    if (count === capacity) grow();
    kind[count] = tokenKind;
    start[count] = i - 1;
    end[count] = i;
    words.push(tokenKind === BREAK ? '' : punctText(c));
    count++;
  }
  return { count, kind, start, end, text: words };
}

/** Titles before a name and mid-sentence short forms: "Dr. Shah", "e.g. BSL" never end a sentence. */
const NEVER_END = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'st', 'eg', 'ie', 'g', 'e', 'vs', 'approx']);

/**
 * A full stop ends a sentence when followed by space or the end, unless it closes an abbreviation.
 * An abbreviation other than a title still ends one when a capital letter follows: "for all appts.
 * Family history: ..." is two sentences, "Interp. req" one.
 */
function endsSentence(text: string, i: number, previousWord: string | undefined): boolean {
  const next = i + 1 < text.length ? classOf(text.charCodeAt(i + 1)) : C_SPACE;
  if (next !== C_SPACE && next !== C_BREAK) return false;
  if (previousWord === undefined || !ABBREVIATIONS.has(previousWord)) return true;
  if (NEVER_END.has(previousWord)) return false;
  let j = i + 1;
  while (j < text.length && j < i + 4 && text.charCodeAt(j) === 32) j++;
  return isUpperAscii(text.charCodeAt(j));
}

/** The word tokens of a keyword, as the recogniser will see them ("Easy-Read" → ["easy", "read"]). */
export function keywordWords(keyword: string, options: TokenizeOptions = {}): string[] {
  const tokens = tokenize(keyword, options);
  const out: string[] = [];
  for (let t = 0; t < tokens.count; t++) {
    const word = tokens.text[t];
    if (tokens.kind[t] === WORD && word !== undefined) out.push(word);
  }
  return out;
}
