/** Interface text of the prompt card, in English and Welsh. Rule text comes from the rules themselves. */
import type { NeedCategory } from '../lib/domain';
import type { ScreenedKind } from '../lib/privacy/screen';

export type Lang = 'en' | 'cy';

/** What to book with the appointment, for the combined recommendation (lib/rules/combine.ts SUPPORT_FOR). */
type SupportPhrases = Partial<Record<NeedCategory, string>>;

const en = {
  panelTitle: 'Equity prompts',
  collapse: 'Hide prompts',
  expand: 'Show prompts',
  moveLeft: 'Move to left',
  moveRight: 'Move to right',
  indicator_info: 'Information',
  indicator_warning: 'Warning',
  indicator_critical: 'Important',
  readFromPage: 'Read from this page',
  why: 'Why this prompt?',
  suggestions: 'Suggested fix',
  recommended: 'Recommended',
  overrideLegend: 'Keep this slot type',
  overrideReason: 'Reason',
  chooseReason: 'Choose a reason',
  comment: 'Comment (optional, no patient details)',
  recordReason: 'Keep slot type and record reason',
  dismiss: 'Dismiss',
  undo: 'Undo',
  changed: 'Changed',
  undone: 'Change undone',
  couldNotApply: 'Could not change the page',
  byHand: 'What to do',
  recorded: 'Recorded',
  overridden: 'Slot type kept; reason recorded',
  dismissed: 'Dismissed',
  adviceOnly: 'Advice only: the extension does not change this page.',
  responseRequired: 'A response is needed before booking',
  announceNew: 'New equity prompt',
  announceGone: 'Equity prompts cleared',
  reasonMissing: 'Choose a reason first',
  screenedKinds: {
    'nhs-number': 'an NHS number',
    date: 'a date',
    phone: 'a phone number',
  } as Record<ScreenedKind, string>,
  screenedComment: (what: string) =>
    `Your comment held ${what}. It was removed before the comment was saved: the log keeps no patient details.`,
  count: (n: number) => (n === 1 ? '1 prompt' : `${n} prompts`),
  leadTitle: (n: number) => `One answer for these ${n} prompts`,
  leadKeep: (channel: string) => `This ${channel} slot suits the recorded needs.`,
  leadAskClinician: 'No suggested appointment type suits every recorded need: ask the clinician.',
  leadNotSuitable: 'This slot does not suit',
  leadLonger: 'Book a longer slot.',
  leadArrange: 'Arrange',
  leadSupport: {
    interpreter: 'an interpreter',
    'bsl-interpreter': 'a BSL interpreter',
    deafblind: 'a deafblind interpreter or communicator guide',
    'hearing-impairment': 'a hearing loop or other hearing support',
    'advocate-or-carer': 'the carer or advocate to join',
    'attendance-adjustment': 'the adjustment when attending',
  } as SupportPhrases,
};

const cy: typeof en = {
  panelTitle: 'Awgrymiadau tegwch',
  collapse: 'Cuddio awgrymiadau',
  expand: 'Dangos awgrymiadau',
  moveLeft: 'Symud i’r chwith',
  moveRight: 'Symud i’r dde',
  indicator_info: 'Gwybodaeth',
  indicator_warning: 'Rhybudd',
  indicator_critical: 'Pwysig',
  readFromPage: 'Wedi’i ddarllen o’r dudalen hon',
  why: 'Pam yr awgrym hwn?',
  suggestions: 'Ateb a awgrymir',
  recommended: 'Argymhellir',
  overrideLegend: 'Cadw’r math hwn o slot',
  overrideReason: 'Rheswm',
  chooseReason: 'Dewiswch reswm',
  comment: 'Sylw (dewisol, dim manylion claf)',
  recordReason: 'Cadw’r math o slot a chofnodi’r rheswm',
  dismiss: 'Diystyru',
  undo: 'Dadwneud',
  changed: 'Newidiwyd',
  undone: 'Dadwnaed y newid',
  couldNotApply: 'Methu newid y dudalen',
  byHand: 'Beth i’w wneud',
  recorded: 'Cofnodwyd',
  overridden: 'Cadwyd y math o slot; cofnodwyd y rheswm',
  dismissed: 'Diystyrwyd',
  adviceOnly: 'Cyngor yn unig: nid yw’r estyniad yn newid y dudalen hon.',
  responseRequired: 'Mae angen ymateb cyn trefnu',
  announceNew: 'Awgrym tegwch newydd',
  announceGone: 'Dim awgrymiadau tegwch',
  reasonMissing: 'Dewiswch reswm yn gyntaf',
  screenedKinds: {
    'nhs-number': 'rhif GIG',
    date: 'dyddiad',
    phone: 'rhif ffôn',
  },
  screenedComment: (what: string) =>
    `Roedd ${what} yn eich sylw. Cafodd ei dynnu allan cyn cadw’r sylw: nid yw’r cofnod yn cadw manylion cleifion.`,
  count: (n: number) => (n === 1 ? '1 awgrym' : `${n} awgrym`),
  leadTitle: (n: number) => `Un ateb i’r ${n} awgrym hyn`,
  leadKeep: (channel: string) => `Mae’r slot ${channel} hwn yn addas i’r anghenion a gofnodwyd.`,
  leadAskClinician:
    'Nid oes math o apwyntiad a awgrymwyd yn addas i bob angen a gofnodwyd: gofynnwch i’r clinigwr.',
  leadNotSuitable: 'Nid yw’r slot hwn yn addas oherwydd',
  leadLonger: 'Trefnwch slot hirach.',
  leadArrange: 'Trefnwch',
  leadSupport: {
    interpreter: 'ddehonglydd',
    'bsl-interpreter': 'ddehonglydd BSL',
    deafblind: 'ddehonglydd neu dywysydd cyfathrebu byddar-ddall',
    'hearing-impairment': 'ddolen sain neu gymorth clyw arall',
    'advocate-or-carer': 'i’r gofalwr neu’r eiriolwr ymuno',
    'attendance-adjustment': 'yr addasiad wrth fynychu',
  },
};

export const STRINGS: Record<Lang, typeof en> = { en, cy };
export type Strings = typeof en;
