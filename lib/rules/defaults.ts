/**
 * The rule set that ships with the extension. Each rule states why it exists and where that comes
 * from, so a practice manager or clinical safety officer can review it. Indicators follow DOMAIN.md
 * s9 item 2: `warning` when the slot mode conflicts with the need, `info` for format and checking
 * needs, `critical` left for practice-configured hard stops (none ship). Every `warning` asks for a
 * response (the card stays until answered; it never blocks the page); `info` cards do not.
 *
 * Welsh text is a best-effort translation and should be reviewed by a fluent speaker.
 * Bump DEFAULT_RULESET_VERSION whenever any default rule changes, and that rule's own `version`.
 */
import type { Channel, Indicator, NeedCategory } from '../model';
import type { OverrideReason, Rule, RuleSuggestion } from './schema';

export { DEFAULT_RULESET_VERSION } from './limits';

export const NON_ADHERENCE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes';
export const LOCAL_OVERRIDE_SYSTEM = 'urn:equity-prompts:override';

/** Override reasons (DOMAIN.md s9 item 3): HL7 non-adherence reason codes, then local codes. */
export const DEFAULT_OVERRIDE_REASONS: readonly OverrideReason[] = [
  { system: NON_ADHERENCE_SYSTEM, code: 'patient-refuses', display: 'Patient declined' },
  {
    system: NON_ADHERENCE_SYSTEM,
    code: 'prefers-alternative',
    display: 'Patient prefers this appointment type',
  },
  {
    system: NON_ADHERENCE_SYSTEM,
    code: 'service-not-available',
    display: 'No face-to-face or interpreter capacity',
  },
  { system: NON_ADHERENCE_SYSTEM, code: 'limited-time', display: 'Urgent: no time to rearrange' },
  { system: NON_ADHERENCE_SYSTEM, code: 'inappropriate-recipient', display: 'Clinician to decide' },
  { system: LOCAL_OVERRIDE_SYSTEM, code: 'interpreter-by-phone', display: 'Interpreter joining by phone' },
  { system: LOCAL_OVERRIDE_SYSTEM, code: 'carer-will-relay', display: 'Carer will relay' },
];

/** Welsh displays for the override reasons, by code. */
export const DEFAULT_OVERRIDE_REASONS_CY: Readonly<Record<string, string>> = {
  'patient-refuses': 'Gwrthododd y claf',
  'prefers-alternative': "Mae'n well gan y claf y math hwn o apwyntiad",
  'service-not-available': 'Dim capasiti wyneb yn wyneb na dehonglydd',
  'limited-time': 'Brys: dim amser i aildrefnu',
  'inappropriate-recipient': 'Y clinigwr i benderfynu',
  'interpreter-by-phone': 'Dehonglydd yn ymuno dros y ffôn',
  'carer-will-relay': "Bydd y gofalwr yn trosglwyddo'r wybodaeth",
};

type LocalReason = 'interpreter-by-phone' | 'carer-will-relay';

/** The five HL7 reasons every rule offers, plus the local ones that make sense for this rule. */
function overrideReasons(local: readonly LocalReason[]): OverrideReason[] {
  return DEFAULT_OVERRIDE_REASONS.filter(
    (r) => r.system === NON_ADHERENCE_SYSTEM || local.includes(r.code as LocalReason),
  ).map((r) => ({ ...r }));
}

interface SuggestionSpec {
  suggestion: RuleSuggestion;
  cy: string;
}

function switchTo(channel: Channel, label: string, cy: string, isRecommended = false): SuggestionSpec {
  return {
    suggestion: {
      id: channel,
      label,
      ...(isRecommended ? { isRecommended } : {}),
      action: { kind: 'set-channel', channel },
    },
    cy,
  };
}

const faceToFace = (isRecommended = true) =>
  switchTo('face-to-face', 'Switch to a face-to-face slot', 'Newid i slot wyneb yn wyneb', isRecommended);
const telephone = (isRecommended = false) =>
  switchTo('telephone', 'Switch to a telephone slot', 'Newid i slot ffôn', isRecommended);

function longerSlot(isRecommended = false): SuggestionSpec {
  return {
    suggestion: {
      id: 'longer-slot',
      label: 'Book a longer slot',
      ...(isRecommended ? { isRecommended } : {}),
      action: { kind: 'longer-slot' },
    },
    cy: 'Trefnu slot hirach',
  };
}

/** A suggestion that only records what the receptionist did elsewhere (changes nothing on the page). */
function recordDone(id: string, label: string, cy: string, isRecommended = false): SuggestionSpec {
  return {
    suggestion: {
      id,
      label,
      ...(isRecommended ? { isRecommended } : {}),
      action: { kind: 'record', note: label },
    },
    cy,
  };
}

interface RuleSpec {
  id: string;
  name: string;
  reason: string;
  sourceRef: string;
  needsAny: NeedCategory[];
  channels: Channel[];
  indicator: Indicator;
  summary: { en: string; cy: string };
  detail: { en: string; cy: string };
  suggestions: SuggestionSpec[];
  localReasons?: LocalReason[];
}

function defineRule(spec: RuleSpec): Rule {
  const reasons = overrideReasons(spec.localReasons ?? []);
  return {
    id: spec.id,
    version: 1,
    enabled: true,
    name: spec.name,
    reason: spec.reason,
    sourceRef: spec.sourceRef,
    when: { needsAny: spec.needsAny, channels: spec.channels },
    prompt: {
      indicator: spec.indicator,
      summary: spec.summary.en,
      detail: spec.detail.en,
      suggestions: spec.suggestions.map((s) => s.suggestion),
      overrideReasons: reasons,
      responseRequired: spec.indicator !== 'info',
    },
    i18n: {
      cy: {
        summary: spec.summary.cy,
        detail: spec.detail.cy,
        suggestions: Object.fromEntries(spec.suggestions.map((s) => [s.suggestion.id, s.cy])),
        overrideReasons: Object.fromEntries(
          reasons.map((r) => [r.code, DEFAULT_OVERRIDE_REASONS_CY[r.code] ?? r.display]),
        ),
      },
    },
  };
}

const AIS = 'Accessible Information Standard (DAPB1605)';

export const DEFAULT_RULES: readonly Rule[] = [
  defineRule({
    id: 'interpreter-telephone-online',
    name: 'Interpreter needed: telephone or online slot',
    reason:
      'A patient who needs a spoken-language interpreter cannot follow a plain telephone call or a written online consultation in English unless an interpreter is arranged for it.',
    sourceRef: 'AIS DAPB1605 step 5; RAF category 006; DOMAIN.md s8 (spoken-language interpreter)',
    needsAny: ['interpreter'],
    channels: ['telephone', 'online'],
    indicator: 'warning',
    summary: {
      en: 'Interpreter needed ({language}): {channel} slot selected',
      cy: "Angen dehonglydd ({language}): slot {channel} wedi'i ddewis",
    },
    detail: {
      en: `The record says this patient needs an interpreter (**{language}**). Without one, a {channel} appointment risks a consultation the patient cannot follow.\n\nConsider a face-to-face slot with an interpreter booked, or a longer slot with a three-way interpreter call if local policy allows.\n\n_${AIS}, step 5: meet the need._`,
      cy: `Mae'r cofnod yn dweud bod angen dehonglydd (**{language}**) ar y claf. Heb ddehonglydd, efallai na fydd y claf yn gallu dilyn apwyntiad {channel}.\n\nYstyriwch slot wyneb yn wyneb gyda dehonglydd wedi'i drefnu, neu slot hirach gyda galwad dehonglydd tair ffordd os yw'r polisi lleol yn caniatáu.\n\n_${AIS}, cam 5._`,
    },
    suggestions: [
      faceToFace(),
      longerSlot(),
      recordDone('interpreter-booked', 'Interpreter booked', "Dehonglydd wedi'i drefnu"),
    ],
    localReasons: ['interpreter-by-phone'],
  }),
  defineRule({
    id: 'bsl-telephone-online',
    name: 'BSL user: telephone or online slot',
    reason:
      'A British Sign Language user cannot take part in a telephone call, and written English may not be their first language. They need face-to-face with a BSL interpreter, or video with a video interpreter.',
    sourceRef: 'AIS DAPB1605 step 5; RAF category 002; DOMAIN.md s8 (BSL: not telephone)',
    needsAny: ['bsl-interpreter'],
    channels: ['telephone', 'online'],
    indicator: 'warning',
    summary: {
      en: 'BSL user: {channel} slot selected. Book face-to-face or video with an interpreter',
      cy: "Defnyddiwr BSL: slot {channel} wedi'i ddewis. Trefnwch wyneb yn wyneb neu fideo gyda dehonglydd",
    },
    detail: {
      en: `This patient uses British Sign Language. **Not telephone.** Book face-to-face with a BSL interpreter, or video with a BSL video relay or remote interpreting service (VRS/VRI), and allow a longer slot.\n\n_${AIS}, step 5._`,
      cy: `Mae'r claf yn defnyddio Iaith Arwyddion Prydain (BSL). **Nid dros y ffôn.** Trefnwch apwyntiad wyneb yn wyneb gyda dehonglydd BSL, neu fideo gyda gwasanaeth dehongli o bell (VRS/VRI), a chaniatewch slot hirach.\n\n_${AIS}, cam 5._`,
    },
    suggestions: [
      faceToFace(),
      switchTo(
        'video',
        'Switch to a video slot with a BSL video interpreter',
        'Newid i slot fideo gyda dehonglydd BSL fideo',
      ),
      recordDone('bsl-interpreter-booked', 'BSL interpreter booked', "Dehonglydd BSL wedi'i drefnu"),
    ],
  }),
  defineRule({
    id: 'deafblind-remote',
    name: 'Deafblind: any remote slot',
    reason:
      'A deafblind patient usually communicates through hands-on signing or a communicator guide, which needs them in the room with a specialist communicator.',
    sourceRef: 'AIS DAPB1605 step 5; RAF categories 001/002; DOMAIN.md s8 (deafblind: face-to-face only)',
    needsAny: ['deafblind'],
    channels: ['telephone', 'video', 'online'],
    indicator: 'warning',
    summary: {
      en: 'Deafblind patient: {channel} slot selected. Face-to-face with a communicator is needed',
      cy: "Claf byddar-ddall: slot {channel} wedi'i ddewis. Mae angen wyneb yn wyneb gyda chyfathrebwr",
    },
    detail: {
      en: `This patient is deafblind. Book face-to-face (or a home visit) with a deafblind interpreter or communicator guide, in an extended slot.\n\n_${AIS}, step 5._`,
      cy: `Mae'r claf yn fyddar-ddall. Trefnwch apwyntiad wyneb yn wyneb (neu ymweliad cartref) gyda dehonglydd neu dywysydd cyfathrebu byddar-ddall, mewn slot estynedig.\n\n_${AIS}, cam 5._`,
    },
    suggestions: [
      faceToFace(),
      longerSlot(),
      recordDone(
        'communicator-booked',
        'Deafblind communicator booked',
        "Cyfathrebwr byddar-ddall wedi'i drefnu",
      ),
    ],
  }),
  defineRule({
    id: 'hearing-telephone',
    name: 'Hearing impairment: audio-only slot',
    reason:
      'A patient who lip-reads, uses a hearing loop or needs a lipspeaker or speech-to-text reporter may not manage an audio-only call.',
    sourceRef: 'AIS DAPB1605 step 5; RAF categories 001/002; DOMAIN.md s8 (hearing: not audio-only)',
    needsAny: ['hearing-impairment'],
    channels: ['telephone'],
    indicator: 'warning',
    summary: {
      en: 'Hearing impairment recorded: {channel} slot selected, which may be audio-only',
      cy: "Nam ar y clyw wedi'i gofnodi: slot {channel} wedi'i ddewis, a allai fod yn sain yn unig",
    },
    detail: {
      en: `Audio-only calls are hard for patients who lip-read or rely on a hearing loop. Offer face-to-face (a loop-equipped room) or video.\n\n_${AIS}, step 5._`,
      cy: `Mae galwadau sain yn unig yn anodd i gleifion sy'n darllen gwefusau neu'n dibynnu ar ddolen sain. Cynigiwch wyneb yn wyneb (ystafell gyda dolen sain) neu fideo.\n\n_${AIS}, cam 5._`,
    },
    suggestions: [
      faceToFace(),
      switchTo('video', 'Switch to a video slot', 'Newid i slot fideo'),
      recordDone(
        'hearing-support-arranged',
        'Hearing support arranged (loop, lipspeaker or captions)',
        "Cymorth clyw wedi'i drefnu (dolen, siaradwr gwefusau neu gapsiynau)",
      ),
    ],
  }),
  defineRule({
    id: 'accessible-information-online',
    name: 'Accessible information: online consultation',
    reason:
      'An online consultation is written. Patients who need easy read, large print, braille, audio or information given verbally may not be able to use it.',
    sourceRef: 'AIS DAPB1605 steps 1-5; RAF category 004; DOMAIN.md s8 (accessible information format)',
    needsAny: ['easy-read', 'large-print', 'braille', 'audio', 'information-verbally'],
    channels: ['online'],
    indicator: 'info',
    summary: {
      en: 'Accessible information needed ({needs}): check the {channel} consultation suits the patient',
      cy: "Angen gwybodaeth hygyrch ({needs}): gwiriwch fod yr ymgynghoriad {channel} yn addas i'r claf",
    },
    detail: {
      en: `This need mostly affects letters and messages, but an online consultation is written too. Offer another route if the patient cannot use it, and send any confirmation in the patient's format.\n\n_${AIS}, step 5._`,
      cy: `Mae'r angen hwn yn effeithio'n bennaf ar lythyrau a negeseuon, ond mae ymgynghoriad ar-lein yn ysgrifenedig hefyd. Cynigiwch ffordd arall os na all y claf ei ddefnyddio, ac anfonwch unrhyw gadarnhad yn fformat y claf.\n\n_${AIS}, cam 5._`,
    },
    suggestions: [
      faceToFace(false),
      telephone(),
      recordDone(
        'format-arranged',
        "Information sent in the patient's format",
        "Gwybodaeth wedi'i hanfon yn fformat y claf",
      ),
    ],
  }),
  defineRule({
    id: 'sight-online',
    name: 'Sight impairment: online consultation',
    reason:
      'A blind or partially sighted patient may not be able to use a written online consultation; a telephone call is often suitable.',
    sourceRef: 'AIS DAPB1605 step 5; RAF impairment category 1; DOMAIN.md s8 (vision impairment)',
    needsAny: ['sight-impairment'],
    channels: ['online'],
    indicator: 'info',
    summary: {
      en: 'Sight impairment recorded: an online consultation may not be accessible',
      cy: "Nam ar y golwg wedi'i gofnodi: efallai na fydd ymgynghoriad ar-lein yn hygyrch",
    },
    detail: {
      en: `Written online consultations can be hard to use with a sight impairment. A telephone or face-to-face appointment is often better.\n\n_${AIS}, step 5._`,
      cy: `Gall ymgynghoriadau ysgrifenedig ar-lein fod yn anodd gyda nam ar y golwg. Mae apwyntiad ffôn neu wyneb yn wyneb yn aml yn well.\n\n_${AIS}, cam 5._`,
    },
    suggestions: [telephone(true), faceToFace(false)],
  }),
  defineRule({
    id: 'communication-support-remote',
    name: 'Communication support: telephone or online slot',
    reason:
      'Patients with aphasia or who use a communication aid need to be seen and need more time; audio-only and written routes shut them out. Video can work.',
    sourceRef:
      'AIS DAPB1605 step 5; RAF categories 001/005; DOMAIN.md s8 (communication support: avoid audio-only)',
    needsAny: ['communication-support'],
    channels: ['telephone', 'online'],
    indicator: 'warning',
    summary: {
      en: 'Communication support needed: {channel} slot selected. Consider a longer face-to-face or video slot',
      cy: "Angen cymorth cyfathrebu: slot {channel} wedi'i ddewis. Ystyriwch slot hirach wyneb yn wyneb neu fideo",
    },
    detail: {
      en: `This patient needs communication support (for example aphasia or a communication aid). Offer face-to-face or video, with extra time.\n\n_${AIS}, step 5._`,
      cy: `Mae angen cymorth cyfathrebu ar y claf (er enghraifft affasia neu gymorth cyfathrebu). Cynigiwch wyneb yn wyneb neu fideo, gydag amser ychwanegol.\n\n_${AIS}, cam 5._`,
    },
    suggestions: [
      faceToFace(),
      switchTo('video', 'Switch to a video slot', 'Newid i slot fideo'),
      longerSlot(),
    ],
  }),
  defineRule({
    id: 'learning-disability-remote',
    name: 'Learning disability: remote slot',
    reason:
      'People with a learning disability are usually better served by a longer face-to-face appointment with a carer or supporter present; annual health checks are always face-to-face.',
    sourceRef:
      'AIS DAPB1605 step 5; RAF impairment category 5; DOMAIN.md s8 (learning disability / cognition)',
    needsAny: ['learning-disability'],
    channels: ['telephone', 'video', 'online'],
    indicator: 'warning',
    summary: {
      en: 'Learning disability: {channel} slot selected. Consider a longer face-to-face slot with a carer present',
      cy: "Anabledd dysgu: slot {channel} wedi'i ddewis. Ystyriwch slot hirach wyneb yn wyneb gyda gofalwr yn bresennol",
    },
    detail: {
      en: `Offer a longer face-to-face appointment and ask whether a carer or supporter should attend. Check for a health or communication passport. Annual health checks are always face-to-face.\n\n_${AIS}, step 5._`,
      cy: `Cynigiwch apwyntiad hirach wyneb yn wyneb a gofynnwch a ddylai gofalwr neu gefnogwr ddod. Gwiriwch am basbort iechyd neu gyfathrebu. Mae gwiriadau iechyd blynyddol bob amser wyneb yn wyneb.\n\n_${AIS}, cam 5._`,
    },
    suggestions: [
      faceToFace(),
      longerSlot(),
      recordDone(
        'carer-asked',
        'Carer or supporter asked to attend',
        "Gofynnwyd i'r gofalwr neu'r cefnogwr ddod",
      ),
    ],
    localReasons: ['carer-will-relay'],
  }),
  defineRule({
    id: 'cognitive-impairment-remote',
    name: 'Cognitive impairment: telephone or online slot',
    reason:
      'Patients with memory or cognitive impairment may struggle to follow a call or an online form, and may need a supporter and more time.',
    sourceRef:
      'AIS DAPB1605 step 5; RAF impairment categories 5/6; DOMAIN.md s8 (learning disability / cognition)',
    needsAny: ['cognitive-impairment'],
    channels: ['telephone', 'online'],
    indicator: 'warning',
    summary: {
      en: 'Cognitive impairment: {channel} slot selected. Consider face-to-face with more time',
      cy: "Nam gwybyddol: slot {channel} wedi'i ddewis. Ystyriwch wyneb yn wyneb gyda mwy o amser",
    },
    detail: {
      en: `Consider a longer face-to-face appointment, and ask whether a carer or supporter should join.\n\n_${AIS}, step 5._`,
      cy: `Ystyriwch apwyntiad hirach wyneb yn wyneb, a gofynnwch a ddylai gofalwr neu gefnogwr ymuno.\n\n_${AIS}, cam 5._`,
    },
    suggestions: [
      faceToFace(),
      longerSlot(),
      recordDone(
        'supporter-asked',
        'Carer or supporter asked to join',
        "Gofynnwyd i'r gofalwr neu'r cefnogwr ymuno",
      ),
    ],
    localReasons: ['carer-will-relay'],
  }),
  defineRule({
    id: 'no-digital-access',
    name: 'No digital access: video or online slot',
    reason:
      'Digital routes must complement, not replace, non-digital ones. A patient with no internet, device or skills cannot join a video or online consultation.',
    sourceRef:
      'NHS England, Inclusive digital healthcare framework (2023); DOMAIN.md s6 and s8 (no digital access)',
    needsAny: ['no-digital-access'],
    channels: ['video', 'online'],
    indicator: 'warning',
    summary: {
      en: 'No digital access recorded: {channel} slot selected. Offer face-to-face or telephone',
      cy: "Dim mynediad digidol wedi'i gofnodi: slot {channel} wedi'i ddewis. Cynigiwch wyneb yn wyneb neu ffôn",
    },
    detail: {
      en: 'The record says this patient cannot use video or online services. Offer a face-to-face or telephone appointment instead.\n\n_No national code exists for digital exclusion; this need comes from the practice vocabulary._',
      cy: "Mae'r cofnod yn dweud na all y claf ddefnyddio gwasanaethau fideo neu ar-lein. Cynigiwch apwyntiad wyneb yn wyneb neu ffôn yn lle hynny.\n\n_Nid oes cod cenedlaethol ar gyfer allgau digidol; daw'r angen hwn o eirfa'r practis._",
    },
    suggestions: [faceToFace(), telephone()],
  }),
  defineRule({
    id: 'advocate-carer-remote',
    name: 'Advocate or carer: remote slot',
    reason:
      'When an advocate or carer is involved in care, they need to be able to join the appointment, whatever its type.',
    sourceRef: 'RAF categories 001/007; DOMAIN.md s8 (carer / advocate involvement)',
    needsAny: ['advocate-or-carer'],
    channels: ['telephone', 'video', 'online'],
    indicator: 'info',
    summary: {
      en: 'Advocate or carer involved: check they can join the {channel} appointment',
      cy: "Eiriolwr neu ofalwr yn rhan o'r gofal: gwiriwch y gallant ymuno â'r apwyntiad {channel}",
    },
    detail: {
      en: 'Check that the advocate or carer can join at this time and in this way, or offer a slot where they can.',
      cy: "Gwiriwch y gall yr eiriolwr neu'r gofalwr ymuno ar yr amser hwn ac yn y ffordd hon, neu cynigiwch slot lle gallant.",
    },
    suggestions: [
      recordDone('carer-can-join', 'Carer or advocate can join', "Gall y gofalwr neu'r eiriolwr ymuno", true),
      faceToFace(false),
    ],
    localReasons: ['carer-will-relay'],
  }),
  defineRule({
    id: 'longer-appointment',
    name: 'Extended appointment needed',
    reason:
      'The patient has a recorded need for an extended appointment (Requires extended appointment), whatever the appointment type.',
    sourceRef:
      'AIS guidance s11.4.6 (longer appointments); RAF category 008; DOMAIN.md s8 (appointment timing)',
    needsAny: ['longer-appointment'],
    channels: ['face-to-face', 'home-visit', 'telephone', 'video', 'online', 'remote'],
    indicator: 'info',
    summary: {
      en: 'Extended appointment needed — book a longer slot',
      cy: 'Angen apwyntiad estynedig — trefnwch slot hirach',
    },
    detail: {
      en: 'The record asks for an extended appointment. Book a double or longer slot.',
      cy: "Mae'r cofnod yn gofyn am apwyntiad estynedig. Trefnwch slot dwbl neu hirach.",
    },
    suggestions: [
      longerSlot(true),
      recordDone('longer-slot-booked', 'Longer slot already booked', "Slot hirach wedi'i drefnu eisoes"),
    ],
  }),
  defineRule({
    id: 'no-voice-calls-telephone',
    name: 'Cannot take voice calls: telephone slot',
    reason:
      'A patient who needs contact by text relay or in writing only cannot take an ordinary voice call. Contact method is separate from consultation mode, but these needs conflict with a telephone consultation.',
    sourceRef: 'RAF category 003 (specific contact method); DOMAIN.md s8 and s9 item 6',
    needsAny: ['contact-text-relay', 'contact-written-only'],
    channels: ['telephone'],
    indicator: 'warning',
    summary: {
      en: 'Patient cannot take voice calls ({needs}): {channel} slot selected',
      cy: "Ni all y claf dderbyn galwadau llais ({needs}): slot {channel} wedi'i ddewis",
    },
    detail: {
      en: 'The record says this patient needs contact by text relay or in writing. Offer face-to-face or an online consultation, or make sure the clinician calls through text relay (Relay UK).',
      cy: "Mae'r cofnod yn dweud bod angen cyswllt drwy gyfnewid testun neu'n ysgrifenedig ar y claf. Cynigiwch wyneb yn wyneb neu ymgynghoriad ar-lein, neu sicrhewch fod y clinigwr yn galw drwy gyfnewid testun (Relay UK).",
    },
    suggestions: [
      faceToFace(),
      switchTo('online', 'Switch to an online consultation', 'Newid i ymgynghoriad ar-lein'),
      recordDone(
        'text-relay-arranged',
        'Call will use text relay (Relay UK)',
        'Bydd yr alwad yn defnyddio cyfnewid testun (Relay UK)',
      ),
    ],
  }),
  defineRule({
    id: 'home-visit-surgery',
    name: 'Home visit required: surgery slot',
    reason: 'A housebound patient with a recorded need for home visits cannot attend a surgery appointment.',
    sourceRef:
      'RAF category 009 (Requires home visit appointments); DOMAIN.md s8 (appointment timing / environment)',
    needsAny: ['home-visit-required'],
    channels: ['face-to-face'],
    indicator: 'warning',
    summary: {
      en: 'Home visit required: {channel} surgery slot selected',
      cy: "Angen ymweliad cartref: slot {channel} yn y feddygfa wedi'i ddewis",
    },
    detail: {
      en: 'The record says this patient needs home visits. Book a home visit, or a telephone slot if the clinician agrees.',
      cy: "Mae'r cofnod yn dweud bod angen ymweliadau cartref ar y claf. Trefnwch ymweliad cartref, neu slot ffôn os yw'r clinigwr yn cytuno.",
    },
    suggestions: [
      switchTo('home-visit', 'Switch to a home visit', 'Newid i ymweliad cartref', true),
      telephone(),
    ],
  }),
  defineRule({
    id: 'reasonable-adjustment-remote',
    name: 'Reasonable adjustment flag: remote slot',
    reason:
      'A Reasonable Adjustment Flag says the patient needs an adjustment under the Equality Act 2010; the flag detail says which, and it may rule out this appointment type.',
    sourceRef: 'National Reasonable Adjustments Flag (NRAF); DOMAIN.md s4 and s8 (reasonable adjustment)',
    needsAny: ['reasonable-adjustment'],
    channels: ['telephone', 'video', 'online'],
    indicator: 'info',
    summary: {
      en: 'Reasonable adjustment flag recorded: check what it asks for before booking a {channel} slot',
      cy: "Baner addasiad rhesymol wedi'i chofnodi: gwiriwch beth mae'n ei ofyn cyn trefnu slot {channel}",
    },
    detail: {
      en: 'Open the flag detail in the record and follow the adjustment it lists.',
      cy: "Agorwch fanylion y faner yn y cofnod a dilynwch yr addasiad sydd wedi'i restru.",
    },
    suggestions: [
      recordDone(
        'flag-checked',
        'Flag checked: adjustment arranged',
        "Baner wedi'i gwirio: addasiad wedi'i drefnu",
        true,
      ),
      faceToFace(false),
    ],
  }),
];

/** A fresh, mutable copy of the default rules (for settings), so nobody edits the shared constant. */
export function defaultRules(): Rule[] {
  return DEFAULT_RULES.map((rule) => structuredClone(rule));
}
