/**
 * Cuts the text shown to the receptionist as proof of a finding: the clause holding the match,
 * whitespace collapsed, leading bullets dropped, and for a long clause a window of at most `max`
 * characters around the match. Works on a bounded slice, so a 1 MB clause costs the same as a line.
 */

export const MAX_EVIDENCE = 300;
/** How far to look for a space to avoid cutting a word in half. */
const SNAP = 30;

const isSpaceCode = (c: number): boolean =>
  c === 32 ||
  c === 9 ||
  c === 10 ||
  c === 13 ||
  c === 12 ||
  c === 0xa0 ||
  c === 0x3000 ||
  (c >= 0x2000 && c <= 0x200a);
const LEADING_NOISE = new Set(['-', '*', '>', ':', ',', '\u2022', '\u00b7', '=', '#']);
const TRAILING_NOISE = new Set([',', ':', '-', '=', '(']);

/** True when every whitespace is a single plain space, the usual case: nothing to collapse. */
function isTidy(s: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (isSpaceCode(c)) {
      return false;
    } else {
      previousSpace = false;
    }
  }
  return true;
}

function collapseWhitespace(s: string): string {
  if (isTidy(s)) return s;
  let out = '';
  let pendingSpace = false;
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceCode(s.charCodeAt(i))) continue;
    // Copy the run of non-space characters before this space in one go.
    if (i > runStart) {
      out += (pendingSpace && out.length > 0 ? ' ' : '') + s.slice(runStart, i);
    }
    pendingSpace = true;
    runStart = i + 1;
  }
  if (s.length > runStart) out += (pendingSpace && out.length > 0 ? ' ' : '') + s.slice(runStart);
  return out;
}

function trimNoise(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (LEADING_NOISE.has(s[a] ?? '') || s[a] === ' ')) a++;
  while (b > a && (TRAILING_NOISE.has(s[b - 1] ?? '') || s[b - 1] === ' ')) b--;
  return s.slice(a, b);
}

export function evidenceText(
  text: string,
  clauseStart: number,
  clauseEnd: number,
  matchStart: number,
  max: number = MAX_EVIDENCE,
): string {
  let from = clauseStart;
  let to = clauseEnd;
  if (to - from > max) {
    // A third of the window before the match, so the reader sees what led up to it.
    from = Math.max(clauseStart, Math.min(matchStart - Math.floor(max / 3), clauseEnd - max));
    to = Math.min(clauseEnd, from + max);
    if (from > clauseStart) {
      for (let i = from; i < from + SNAP; i++) {
        if (isSpaceCode(text.charCodeAt(i))) {
          from = i + 1;
          break;
        }
      }
    }
    if (to < clauseEnd) {
      for (let i = to; i > to - SNAP; i--) {
        if (isSpaceCode(text.charCodeAt(i))) {
          to = i;
          break;
        }
      }
    }
  }
  const readable = trimNoise(collapseWhitespace(text.slice(from, to)));
  return readable.length > max ? readable.slice(0, max) : readable;
}
