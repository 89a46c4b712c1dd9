/**
 * Options-page text added for the default rules update, rule statistics and "ask the patient", in
 * English and Welsh. The page follows the prompt language chosen under "Privacy and display" for these.
 * Welsh is a best-effort translation and should be reviewed by a fluent speaker.
 */
import type { Lang } from '../strings';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en = {
  rulesUpdated: (to: number) => `Default rules updated to version ${to}`,
  rulesUpdateCounts: (refreshed: number, added: number, edited: number) =>
    `${plural(refreshed, 'rule', 'rules')} refreshed, ${added} added; your ${plural(edited, 'edited rule', 'edited rules')} kept.`,
  rulesAddedOff: 'The added rules are switched off, as every default rule was off.',
  rulesNotRestored: (n: number) =>
    `${plural(n, 'rule you had deleted was', 'rules you had deleted were')} not brought back.`,
  rulesUpdateNames: 'Which rules',
  rulesRefreshedList: 'Refreshed',
  rulesAddedList: 'Added',
  rulesEditedList: 'Yours, kept as they were',
  rulesNotRestoredList: 'Deleted by you, not brought back',
  dismissUpdate: 'Dismiss this message',
};

const cy: typeof en = {
  rulesUpdated: (to: number) => `Diweddarwyd y rheolau diofyn i fersiwn ${to}`,
  rulesUpdateCounts: (refreshed: number, added: number, edited: number) =>
    `${refreshed} rheol wedi’u hadnewyddu, ${added} wedi’u hychwanegu; cadwyd eich ${edited} rheol a olygwyd.`,
  rulesAddedOff: 'Mae’r rheolau a ychwanegwyd wedi’u diffodd, gan fod pob rheol ddiofyn wedi’i diffodd.',
  rulesNotRestored: (n: number) => `Ni ddaethpwyd â ${n} rheol a ddilëwyd gennych yn ôl.`,
  rulesUpdateNames: 'Pa reolau',
  rulesRefreshedList: 'Wedi’u hadnewyddu',
  rulesAddedList: 'Wedi’u hychwanegu',
  rulesEditedList: 'Eich rhai chi, wedi’u cadw fel yr oeddent',
  rulesNotRestoredList: 'Wedi’u dileu gennych, heb eu hadfer',
  dismissUpdate: 'Cau’r neges hon',
};

export const OPTIONS_STRINGS: Record<Lang, typeof en> = { en, cy };
export type OptionsStrings = typeof en;
