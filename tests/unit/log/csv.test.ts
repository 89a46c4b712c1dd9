import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, csvRows, DEFAULT_CSV_COLUMNS, toCsv } from '../../../lib/log/csv';
import { audit, booking, flag } from './fixtures';

const H = 'a'.repeat(64);
const P = 'b'.repeat(64);
const rec = <E>(seq: number, event: E) => ({ seq, hash: H, prev: P, event });

/** Minimal RFC 4180 parser, to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['=cmd|"/c calc"!A1', `"'=cmd|""/c calc""!A1"`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', `"'\rCR"`],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['say "hi"', '"say ""hi"""'],
    ['a,b', '"a,b"'],
    ['line1\nline2', '"line1\nline2"'],
    ['plain', 'plain'],
    ['', ''],
    ['1-2', '1-2'],
    ['a=b', 'a=b'],
  ])('%j -> %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('csvCell: formula triggers hidden behind spaces, control characters and full-width forms', () => {
  it.each([
    [' =1+1', "' =1+1"],
    ['   @SUM(A1)', "'   @SUM(A1)"],
    ['\u0001=cmd', "'\u0001=cmd"],
    ['\u00a0+1', "'\u00a0+1"],
    ['\u200b-1', "'\u200b-1"],
    ['\ufeff=1', "'\ufeff=1"],
    ['\uff1dHYPERLINK("x")', `"'\uff1dHYPERLINK(""x"")"`],
    ['\uff0b1', "'\uff0b1"],
    ['\uff0d1', "'\uff0d1"],
    ['\uff20x', "'\uff20x"],
    [' \uff1d1', "' \uff1d1"],
    ['\u0000=1', "'\ufffd=1"],
    ['a\u0000b', 'a\ufffdb'],
    ['\tplain', "'\tplain"],
    [' plain', ' plain'],
    ['x =1', 'x =1'],
  ])('%j -> %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('quotes a cell holding ";" so a spreadsheet using ";" as its separator keeps it whole', () => {
    expect(csvCell('interpreter;easy-read')).toBe('"interpreter;easy-read"');
    expect(csvCell('=1;2')).toBe(`"'=1;2"`);
  });

  it('never writes a NUL, and every risky cell reads back starting with an apostrophe', () => {
    const risky = [' =1', '\u0000+1', '\uff20a', '\r\n=1', '\u0085@1'];
    const text = toCsv(
      risky.map((comment, i) => rec(i + 1, audit(`a${i}`, { detail: comment }))),
      ['comment'],
    );
    expect(text).not.toContain('\u0000');
    const cells = parseCsv(text)
      .slice(1)
      .map((row) => row[0]);
    expect(cells).toHaveLength(risky.length);
    for (const cell of cells) expect(cell?.startsWith("'")).toBe(true);
  });
});

describe('toCsv', () => {
  it('writes a header and one CRLF line per record, with the documented columns', () => {
    const csv = toCsv([]);
    expect(csv).toBe(
      'seq,time,type,kind,site,profile,rule,rule version,indicator,needs,channel before,' +
        'channel after / booking channel,outcome,override reason code,override reason display,comment,' +
        'flagged,hash,prev\r\n',
    );
    expect(DEFAULT_CSV_COLUMNS).toHaveLength(19);
  });

  it('fills the columns for each event type', () => {
    const overridden = flag('f1', {
      kind: 'overridden',
      outcome: 'overridden',
      needs: ['interpreter', 'hearing-impairment'],
      channelAfter: 'telephone',
      overrideReason: {
        reason: { code: 'patient-preference', display: 'Patient prefers telephone' },
        userComment: 'Asked twice, "definitely" phone',
      },
    });
    const rows = parseCsv(
      toCsv([
        rec(1, overridden),
        rec(2, booking('b1', { ruleIds: ['r1', 'r2'], flagged: false })),
        rec(3, audit('a1', { action: 'retention', detail: '-2 chunks' })),
      ]),
    );
    const header = rows[0]!;
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    expect(rows).toHaveLength(4);
    const f = rows[1]!;
    expect(col(f, 'seq')).toBe('1');
    expect(col(f, 'kind')).toBe('overridden');
    expect(col(f, 'rule')).toBe('interpreter-remote');
    expect(col(f, 'rule version')).toBe('1');
    expect(col(f, 'needs')).toBe('interpreter;hearing-impairment');
    expect(col(f, 'channel before')).toBe('telephone');
    expect(col(f, 'channel after / booking channel')).toBe('telephone');
    expect(col(f, 'override reason code')).toBe('patient-preference');
    expect(col(f, 'override reason display')).toBe('Patient prefers telephone');
    expect(col(f, 'comment')).toBe('Asked twice, "definitely" phone');
    expect(col(f, 'flagged')).toBe('');
    expect(col(f, 'hash')).toBe(H);
    expect(col(f, 'prev')).toBe(P);
    const b = rows[2]!;
    expect(col(b, 'type')).toBe('booking');
    expect(col(b, 'rule')).toBe('r1;r2');
    expect(col(b, 'channel after / booking channel')).toBe('face-to-face');
    expect(col(b, 'flagged')).toBe('no');
    expect(col(b, 'kind')).toBe('');
    const a = rows[3]!;
    expect(col(a, 'kind')).toBe('retention');
    expect(col(a, 'site')).toBe('');
    expect(col(a, 'comment')).toBe("'-2 chunks"); // neutralised
  });

  it('neutralises injection and keeps the file parseable, whatever a comment holds', () => {
    const nasty = [
      '=cmd',
      '+1',
      '-1',
      '@x',
      '\tx',
      '\rx',
      'a "quoted" word',
      'a,b',
      'two\nlines',
      'cr\r\nlf',
    ];
    const records = nasty.map((comment, i) =>
      rec(i + 1, flag(`f${i}`, { kind: 'overridden', overrideReason: { userComment: comment } })),
    );
    const rows = parseCsv(toCsv(records, ['seq', 'comment']));
    expect(rows.map((r) => r[1])).toEqual([
      'comment',
      "'=cmd",
      "'+1",
      "'-1",
      "'@x",
      "'\tx",
      "'\rx",
      'a "quoted" word',
      'a,b',
      'two\nlines',
      'cr\r\nlf',
    ]);
    expect(rows.every((r) => r.length === 2)).toBe(true);
  });

  it('yields rows one at a time for progress, in the chosen columns', () => {
    const gen = csvRows([rec(1, flag('f1')), rec(2, flag('f2'))], ['seq', 'type']);
    expect([...gen]).toEqual(['seq,type\r\n', '1,flag\r\n', '2,flag\r\n']);
    expect(Object.keys(CSV_COLUMNS)).toEqual(DEFAULT_CSV_COLUMNS);
  });
});
