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
  remindersTitle: 'Reminders instead of repeated prompts',
  remindersLabel: 'Days a prompt already answered for the same patient shows as a one-line reminder',
  remindersHint:
    'When a receptionist has accepted, overridden or dismissed a rule’s prompt for a patient, the same prompt for that patient shows as one line, which opens into the full card, for this many days. 0 turns reminders off. Patients are recognised by a salted hash of the reference the booking page shows, kept only as long as this.',
  remindersSave: 'Save reminder days',
  remindersSaved: (days: number) =>
    days === 0 ? 'Reminders off: every prompt shows in full' : `Reminders for ${days} days saved`,
  statsLoading: 'Reading how the rules’ prompts fared…',
  statsNone: 'Not shown yet (in the log).',
  statsShown: (shown: number, reminders: number) =>
    `Shown ${shown} ${shown === 1 ? 'time' : 'times'}${reminders > 0 ? ` (${reminders} as reminders)` : ''}`,
  statsAccepted: 'accepted',
  statsOverridden: 'overridden',
  statsDismissed: 'dismissed',
  statsIgnored: 'ignored',
  noisy: 'Noisy rule',
  noisyHint: (minShown: number, maxAccepted: number) =>
    `Shown at least ${minShown} times and fewer than ${maxAccepted}% accepted: check its wording, its needs and appointment types, or switch it off.`,
  statsFrom: 'From the flag log (what is still kept under the log’s retention).',
  askLabel: 'Ask the patient when a booking page shows no communication needs',
  askHint:
    'An information card offers the receptionist to ask the patient about communication and information needs (Accessible Information Standard, “identify”), once a year per patient. The answer (no needs, which need, or declined) is logged with the booking, never who was asked; the equity report shows the share of bookings where needs are known.',
  askSaved: (on: boolean): string => (on ? 'Ask the patient: on' : 'Ask the patient: off'),
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
  remindersTitle: 'Nodiadau atgoffa yn lle awgrymiadau ailadroddus',
  remindersLabel:
    'Dyddiau y mae awgrym a atebwyd eisoes ar gyfer yr un claf yn dangos fel nodyn atgoffa un llinell',
  remindersHint:
    'Pan fydd derbynnydd wedi derbyn, diystyru neu gau awgrym rheol ar gyfer claf, mae’r un awgrym ar gyfer y claf hwnnw’n dangos fel un llinell, sy’n agor i’r cerdyn llawn, am y nifer hwn o ddyddiau. Mae 0 yn diffodd nodiadau atgoffa. Caiff cleifion eu hadnabod drwy stwnsh â halen o’r cyfeirnod a ddangosir gan y dudalen drefnu, a’i gadw dim ond cyhyd â hyn.',
  remindersSave: 'Cadw’r dyddiau atgoffa',
  remindersSaved: (days: number) =>
    days === 0
      ? 'Nodiadau atgoffa wedi’u diffodd: pob awgrym yn llawn'
      : `Cadwyd nodiadau atgoffa am ${days} diwrnod`,
  statsLoading: 'Yn darllen sut aeth awgrymiadau’r rheolau…',
  statsNone: 'Heb ei ddangos eto (yn y log).',
  statsShown: (shown: number, reminders: number) =>
    `Dangoswyd ${shown} gwaith${reminders > 0 ? ` (${reminders} fel nodiadau atgoffa)` : ''}`,
  statsAccepted: 'derbyniwyd',
  statsOverridden: 'diystyrwyd',
  statsDismissed: 'caewyd',
  statsIgnored: 'anwybyddwyd',
  noisy: 'Rheol swnllyd',
  noisyHint: (minShown: number, maxAccepted: number) =>
    `Dangoswyd o leiaf ${minShown} gwaith a derbyniwyd llai na ${maxAccepted}%: gwiriwch ei geiriad, ei hanghenion a’i mathau o apwyntiad, neu diffoddwch hi.`,
  statsFrom: 'O’r log (yr hyn a gedwir o hyd o dan gyfnod cadw’r log).',
  askLabel: 'Gofyn i’r claf pan nad yw tudalen drefnu’n dangos anghenion cyfathrebu',
  askHint:
    'Mae cerdyn gwybodaeth yn cynnig i’r derbynnydd ofyn i’r claf am anghenion cyfathrebu a gwybodaeth (Safon Gwybodaeth Hygyrch, “nodi”), unwaith y flwyddyn i bob claf. Caiff yr ateb (dim anghenion, pa angen, neu wrthod) ei gofnodi gyda’r apwyntiad, byth pwy a holwyd; mae’r adroddiad tegwch yn dangos cyfran yr apwyntiadau lle mae’r anghenion yn hysbys.',
  askSaved: (on: boolean) => (on ? 'Gofyn i’r claf: ymlaen' : 'Gofyn i’r claf: i ffwrdd'),
};

export const OPTIONS_STRINGS: Record<Lang, typeof en> = { en, cy };
export type OptionsStrings = typeof en;
