/**
 * The fatigue governor's memory: which rule a receptionist has already answered (accepted, overridden
 * or dismissed) for which patient, and on which day. A prompt answered within the manager's reminder
 * window (settings `fatigue.reminderDays`) comes back as a one-line reminder instead of a full card.
 *
 * No patient identifier is kept, not even a per-patient pseudonym: each entry's key is a salted hash
 * of patient and rule together (computed in the background, platform/answer-memory.ts, with the
 * installation's own salt), so the store cannot be read back to a patient, nor be used to link one
 * patient's answers across rules, nor be joined with the log's pseudonymous references. The value is
 * a day number, not a time.
 *
 * Bounded twice: entries older than the reminder window are dropped on every read and write (so it
 * holds at most `reminderDays` days of answers, none at all when reminders are off), and never more
 * than ANSWER_MEMORY_MAX entries (the oldest go first): about 1.1 MB at 32-character keys.
 */
import { z } from 'zod';

/** Far above a practice's answers in a year (about 40 answered prompts a day for 365 days is 14,600). */
export const ANSWER_MEMORY_MAX = 20_000;
export const MAX_REMINDER_DAYS = 365;
export const DEFAULT_REMINDER_DAYS = 30;

const MS_PER_DAY = 86_400_000;

/** Hex digits of a SHA-256 kept as the key: 128 bits, far beyond any chance of two keys colliding. */
export const ANSWER_KEY_LENGTH = 32;
const KEY = new RegExp(`^[0-9a-f]{${ANSWER_KEY_LENGTH}}$`);

export type AnswerMemory = Record<string, number>;

/** Days since 1970-01-01 (UTC) of an instant: what the memory stores instead of a time. */
export function dayNumber(ms: number): number {
  return Math.floor(ms / MS_PER_DAY);
}

/** Storage is untrusted: keep only well-formed entries, never throw. */
export function parseAnswerMemory(raw: unknown): AnswerMemory {
  const result = z.record(z.string(), z.unknown()).safeParse(raw);
  if (!result.success) return {};
  const memory: AnswerMemory = {};
  for (const [key, day] of Object.entries(result.data)) {
    if (KEY.test(key) && Number.isSafeInteger(day) && (day as number) >= 0) memory[key] = day as number;
  }
  return memory;
}

/** Answered on `today` or on one of the `days - 1` days before: the window a reminder lasts. */
const within = (day: number, today: number, days: number) => day <= today && today - day < days;

/** The memory without entries older than the window, and at most `max` of the newest. */
export function pruneAnswers(
  memory: AnswerMemory,
  today: number,
  days: number,
  max = ANSWER_MEMORY_MAX,
): AnswerMemory {
  if (days <= 0) return {};
  const kept = Object.entries(memory).filter(([, day]) => within(day, today, days));
  if (kept.length > max) kept.sort(([, a], [, b]) => b - a).length = max;
  return Object.fromEntries(kept);
}

/** Which of `keys` were answered within the window. */
export function answeredWithin(memory: AnswerMemory, keys: readonly string[], today: number, days: number) {
  if (days <= 0) return new Set<string>();
  return new Set(keys.filter((key) => memory[key] !== undefined && within(memory[key], today, days)));
}

/** The memory with `key` answered today, pruned. */
export function rememberAnswer(
  memory: AnswerMemory,
  key: string,
  today: number,
  days: number,
  max = ANSWER_MEMORY_MAX,
): AnswerMemory {
  if (days <= 0 || !KEY.test(key)) return pruneAnswers(memory, today, days, max);
  return pruneAnswers({ ...memory, [key]: today }, today, days, max);
}
