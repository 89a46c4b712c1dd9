import { describe, expect, it } from 'vitest';
import {
  ANSWER_KEY_LENGTH,
  answeredWithin,
  dayNumber,
  parseAnswerMemory,
  pruneAnswers,
  rememberAnswer,
} from '../../../lib/fatigue/answers';

const key = (n: number) => n.toString(16).padStart(ANSWER_KEY_LENGTH, '0');
const TODAY = 20_000;

describe('answer memory: which prompts come back as reminders', () => {
  it('an answer is remembered for exactly the reminder window', () => {
    const memory = rememberAnswer({}, key(1), TODAY, 30);
    expect(answeredWithin(memory, [key(1)], TODAY, 30).has(key(1))).toBe(true);
    expect(answeredWithin(memory, [key(1)], TODAY + 29, 30).has(key(1))).toBe(true);
    expect(answeredWithin(memory, [key(1)], TODAY + 30, 30).has(key(1))).toBe(false);
  });

  it('only the keys asked about and answered are returned', () => {
    const memory = rememberAnswer(rememberAnswer({}, key(1), TODAY, 30), key(2), TODAY, 30);
    expect([...answeredWithin(memory, [key(2), key(3)], TODAY, 30)]).toEqual([key(2)]);
  });

  it('reminders off (0 days): nothing is remembered and nothing is kept', () => {
    expect(rememberAnswer({ [key(1)]: TODAY }, key(2), TODAY, 0)).toEqual({});
    expect(answeredWithin({ [key(1)]: TODAY }, [key(1)], TODAY, 0).size).toBe(0);
  });

  it('every write drops answers older than the window', () => {
    const memory = { [key(1)]: TODAY - 40, [key(2)]: TODAY - 5 };
    expect(rememberAnswer(memory, key(3), TODAY, 30)).toEqual({ [key(2)]: TODAY - 5, [key(3)]: TODAY });
  });

  it('never holds more than its cap: the oldest answers go first', () => {
    const memory = { [key(1)]: TODAY - 3, [key(2)]: TODAY - 1, [key(3)]: TODAY - 2 };
    expect(pruneAnswers(memory, TODAY, 30, 2)).toEqual({ [key(2)]: TODAY - 1, [key(3)]: TODAY - 2 });
    expect(Object.keys(rememberAnswer(memory, key(4), TODAY, 30, 2)).sort()).toEqual([key(2), key(4)]);
  });

  it('a day in the future (clock moved back) does not count as answered', () => {
    expect(answeredWithin({ [key(1)]: TODAY + 2 }, [key(1)], TODAY, 30).size).toBe(0);
  });

  it('storage is untrusted: only well-formed entries are read', () => {
    expect(
      parseAnswerMemory({
        [key(1)]: TODAY,
        'not-a-hash': TODAY,
        [key(2)]: 'yesterday',
        [key(3)]: -1,
        [key(4)]: 1.5,
      }),
    ).toEqual({ [key(1)]: TODAY });
    expect(parseAnswerMemory(null)).toEqual({});
    expect(parseAnswerMemory(['a'])).toEqual({});
  });

  it('stores a day number, not a time', () => {
    expect(dayNumber(Date.parse('2026-01-01T23:59:00Z'))).toBe(dayNumber(Date.parse('2026-01-01T00:00:00Z')));
    expect(dayNumber(Date.parse('2026-01-02T00:00:00Z'))).toBe(
      dayNumber(Date.parse('2026-01-01T00:00:00Z')) + 1,
    );
  });
});
