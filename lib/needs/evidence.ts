/**
 * Cuts the text shown to the receptionist as proof of a finding: the clause holding the match,
 * whitespace collapsed, leading bullets dropped, and at most MAX_EVIDENCE characters around the
 * match when the clause is long. Works on a bounded slice so a 1 MB clause costs the same as a line.
 */

export const MAX_EVIDENCE = 300;
/** How much of a long clause to keep before the match, so the reader sees what led up to it. */
const LEAD = 100;
/** How far to look for a space to avoid cutting a word in half. */
const SNAP = 30;

const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12;
const LEADING_NOISE = new Set(['-', '*', '>', ':', ',', '\u2022', '\u00b7', '=', '#']);
const TRAILING_NOISE = new Set([',', ':', '-', '=', '(']);

function collapseWhitespace(s: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c) || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += s[i];
  }
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
  matchEnd: number,
  max: number = MAX_EVIDENCE,
): string {
  let from = clauseStart;
  let to = clauseEnd;
  if (to - from > max) {
    from = Math.max(clauseStart, Math.min(matchStart - Math.min(LEAD, max / 3), clauseEnd - max));
    to = Math.min(clauseEnd, from + max);
    if (from > clauseStart) {
      for (let i = from; i < Math.min(matchStart, from + SNAP); i++) {
        if (isSpaceCode(text.charCodeAt(i))) {
          from = i + 1;
          break;
        }
      }
    }
    if (to < clauseEnd) {
      for (let i = to; i > Math.max(matchEnd, to - SNAP); i--) {
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
