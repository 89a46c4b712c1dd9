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
}

const charCode = (s: string): number => s.charCodeAt(0);
const APOSTROPHES = new Set([charCode("'"), charCode('\u2019'), charCode('\u02bc')]);
/** Characters that join two words without being worth a token: easy-read, T/C, N/A, e.g, appt_type. */
const JOINERS = new Set([charCode('-'), charCode('/'), charCode('.'), charCode('_'), 0x2010, 0x2011]);
const BREAKS = new Set([10, 13, 0x2028, 0x2029, charCode(';'), charCode('|'), charCode('!'), 0x2022]);
const SPACES = new Set([32, 9, 11, 12, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000, 0xfeff]);
const DOT = charCode('.');
/** Dashes all read as a plain hyphen so "Interpreter – none" and "Interpreter - none" match alike. */
const DASHES = new Set([0x2012, 0x2013, 0x2014, 0x2015, 0x2212]);

/**
 * Words after which a full stop does not end the sentence. Kept short: "No." and "N." must still
 * end a clause ("Interpreter: No. Easy read: Y").
 */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'st', 'appt', 'appts', 'interp', 'req', 'reqd']);
for (const w of ['tel', 'approx', 'eg', 'ie', 'g', 'vs', 'min', 'mins', 'pt']) ABBREVIATIONS.add(w);

/** 0 = not yet known, 1 = word character, 2 = not a word character. Filled lazily per code unit. */
const charClass = new Uint8Array(65536);
const WORD_CHAR_PATTERN = /[\p{L}\p{M}\p{N}]/u;
for (let c = 0; c < 128; c++) {
  const isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  charClass[c] = isWord ? 1 : 2;
}

function isWordChar(c: number): boolean {
  let cls = charClass[c];
  if (cls === 0) {
    // Surrogate halves are never word characters on their own; emoji and rare scripts fall here.
    cls = c >= 0xd800 && c <= 0xdfff ? 2 : WORD_CHAR_PATTERN.test(String.fromCharCode(c)) ? 1 : 2;
    charClass[c] = cls;
  }
  return cls === 1;
}

const isSpace = (c: number): boolean => SPACES.has(c) || (c >= 0x2000 && c <= 0x200a);
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
  const kind = new Uint8Array(n + 1);
  const start = new Int32Array(n + 1);
  const end = new Int32Array(n + 1);
  const words: string[] = [];
  // Lower-casing once is much cheaper than per word; only İ-like characters change length, and
  // then offsets would drift, so fall back to per-word lower-casing.
  const lowered = text.toLowerCase();
  const aligned = lowered.length === n;
  const splitCamel = options.splitCamelCase === true;
  let count = 0;

  const emit = (k: TokenKind, s: number, e: number, t: string): void => {
    kind[count] = k;
    start[count] = s;
    end[count] = e;
    words.push(t);
    count++;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      const s = i;
      let hasApostrophe = false;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isWordChar(d)) {
          if (splitCamel && isUpperAscii(d) && isLowerAscii(text.charCodeAt(i - 1))) break;
          i++;
        } else if (APOSTROPHES.has(d) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
          hasApostrophe = true;
          i += 2;
        } else {
          break;
        }
      }
      let word = aligned ? lowered.slice(s, i) : text.slice(s, i).toLowerCase();
      if (hasApostrophe) word = word.replaceAll('\u2019', "'").replaceAll('\u02bc', "'");
      emit(WORD, s, i, word);
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (BREAKS.has(c)) {
      emit(BREAK, i, i + 1, '');
      i++;
      continue;
    }
    const prevIsWord = i > 0 && isWordChar(text.charCodeAt(i - 1));
    const nextIsWord = i + 1 < n && isWordChar(text.charCodeAt(i + 1));
    if (JOINERS.has(c) && prevIsWord && nextIsWord) {
      i++;
      continue;
    }
    if (c === DOT && endsSentence(text, i, count > 0 && kind[count - 1] === WORD ? words[count - 1] : undefined)) {
      emit(BREAK, i, i + 1, '');
      i++;
      continue;
    }
    emit(PUNCT, i, i + 1, punctText(c));
    i++;
  }
  return { count, kind, start, end, text: words };
}

/** A full stop ends a sentence when followed by space or the end, unless it closes an abbreviation. */
function endsSentence(text: string, i: number, previousWord: string | undefined): boolean {
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
  if (!isSpace(next) && !BREAKS.has(next)) return false;
  return previousWord === undefined || !ABBREVIATIONS.has(previousWord);
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
