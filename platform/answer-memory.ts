/**
 * The background's side of the fatigue governor (lib/fatigue/answers.ts): booking pages ask which of
 * their rules were answered for this patient within the reminder window, and say when one is answered.
 * The page sends the patient reference it read; it is hashed here with the installation's salt
 * together with the rule id, and only that hash and a day number are stored.
 */
import { z } from 'zod';
import {
  ANSWER_KEY_LENGTH,
  answeredWithin,
  dayNumber,
  parseAnswerMemory,
  pruneAnswers,
  rememberAnswer,
} from '../lib/fatigue/answers';
import { MAX_RULES } from '../lib/rules/limits';
import { loadEffectiveSettings } from './managed-policy';
import { messaging } from './protocol';
import { requireWatchedPage } from './senders';
import { serial } from './serial';
import { answerMemoryItem, askMemoryItem } from './storage';

/** "Once a year per patient": the ask card comes back after this many days. */
export const ASK_AGAIN_DAYS = 365;

const Patient = z.string().trim().min(1).max(200);
const RuleId = z.string().min(1).max(64);
const Lookup = z.object({ patient: Patient, ruleIds: z.array(RuleId).max(MAX_RULES) });
const Answer = z.object({ patient: Patient, ruleId: RuleId });
const Asked = z.object({ patient: Patient });

export function registerAnswerMemory(
  salt: () => Promise<string>,
  digest: (text: string) => Promise<string>,
  /** Whether an address belongs to a watched site: only booking scripts there may ask or record. */
  watched: (url: string) => Promise<boolean>,
): void {
  const queue = serial();
  // A separate domain ("answered") from the log's pseudonym, so the two hashes never match.
  const keyOf = async (patient: string, ruleId: string) =>
    (await digest(`${await salt()}:answered:${patient.toLowerCase()}:${ruleId}`)).slice(0, ANSWER_KEY_LENGTH);

  messaging.onMessage('answeredRecently', async ({ data, sender }) => {
    await requireWatchedPage(sender, watched, 'ask which prompts were answered');
    const input = Lookup.safeParse(data);
    if (!input.success) return [];
    const days = (await loadEffectiveSettings()).fatigue.reminderDays;
    const today = dayNumber(Date.now());
    return queue(async () => {
      const stored = parseAnswerMemory(await answerMemoryItem.getValue());
      if (days <= 0) {
        // Reminders switched off: what was remembered goes now.
        if (Object.keys(stored).length > 0) await answerMemoryItem.setValue({});
        return [];
      }
      const keys = await Promise.all(input.data.ruleIds.map((id) => keyOf(input.data.patient, id)));
      const answered = answeredWithin(stored, keys, today, days);
      return input.data.ruleIds.filter((_, i) => answered.has(keys[i] ?? ''));
    });
  });

  messaging.onMessage('recordAnswered', async ({ data, sender }) => {
    await requireWatchedPage(sender, watched, 'record an answer');
    const input = Answer.safeParse(data);
    if (!input.success) return;
    const days = (await loadEffectiveSettings()).fatigue.reminderDays;
    const today = dayNumber(Date.now());
    const key = await keyOf(input.data.patient, input.data.ruleId);
    await queue(async () => {
      const stored = parseAnswerMemory(await answerMemoryItem.getValue());
      await answerMemoryItem.setValue(
        days > 0 ? rememberAnswer(stored, key, today, days) : pruneAnswers(stored, today, 0),
      );
    });
  });

  // "Ask the patient": the same kind of memory, its own salt domain ("asked") and a year's window.
  const askKey = async (patient: string) =>
    (await digest(`${await salt()}:asked:${patient.toLowerCase()}`)).slice(0, ANSWER_KEY_LENGTH);

  messaging.onMessage('askDue', async ({ data, sender }) => {
    await requireWatchedPage(sender, watched, 'ask whether to ask the patient');
    const input = Asked.safeParse(data);
    if (!input.success || !(await loadEffectiveSettings()).askNeeds.enabled) return false;
    const key = await askKey(input.data.patient);
    const stored = parseAnswerMemory(await askMemoryItem.getValue());
    return !answeredWithin(stored, [key], dayNumber(Date.now()), ASK_AGAIN_DAYS).has(key);
  });

  messaging.onMessage('recordAsked', async ({ data, sender }) => {
    await requireWatchedPage(sender, watched, 'record that the patient was asked');
    const input = Asked.safeParse(data);
    if (!input.success) return;
    const key = await askKey(input.data.patient);
    await queue(async () => {
      const stored = parseAnswerMemory(await askMemoryItem.getValue());
      await askMemoryItem.setValue(rememberAnswer(stored, key, dayNumber(Date.now()), ASK_AGAIN_DAYS));
    });
  });
}
