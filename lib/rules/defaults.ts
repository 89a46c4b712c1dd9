/**
 * The rule set that ships with the extension. Each rule states why it exists and where that comes
 * from, so a practice manager or clinical safety officer can review it. Indicators use the CDS Hooks
 * scale: `warning` when the slot mode conflicts with the need, `info` when the appointment type is
 * right but something must be arranged or checked (an interpreter for a face-to-face visit, a hearing
 * loop, a format), `critical` left for practice-configured hard stops (none ship). Every `warning` asks for a
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

/**
 * Override reasons: the HL7 CDS Hooks non-adherence reason codes that fit a booking desk, in the
 * code system's own order (not applicable, suboptimal context, patient preferences, not feasible),
 * with "patient refuses" last because the code system marks it as not a preferred option. Then the
 * local codes. "Not applicable to this booking" is the HL7 category code `cds-not-applicable` itself.
 */
export const DEFAULT_OVERRIDE_REASONS: readonly OverrideReason[] = [
  { system: NON_ADHERENCE_SYSTEM, code: 'cds-not-applicable', display: 'Not applicable to this booking' },
  { system: NON_ADHERENCE_SYSTEM, code: 'action-completed', display: 'Already arranged' },
  { system: NON_ADHERENCE_SYSTEM, code: 'limited-time', display: 'Urgent: no time to rearrange' },
  { system: NON_ADHERENCE_SYSTEM, code: 'inappropriate-recipient', display: 'Clinician to decide' },
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
  { system: NON_ADHERENCE_SYSTEM, code: 'patient-refuses', display: 'Patient declined' },
  {
    system: LOCAL_OVERRIDE_SYSTEM,
    code: 'record-out-of-date',
    display: 'Record out of date: the need should be reviewed',
  },
  { system: LOCAL_OVERRIDE_SYSTEM, code: 'interpreter-by-phone', display: 'Interpreter joining by phone' },
  { system: LOCAL_OVERRIDE_SYSTEM, code: 'carer-will-relay', display: 'Carer will relay' },
];

/** Welsh displays for the override reasons, by code. */
export const DEFAULT_OVERRIDE_REASONS_CY: Readonly<Record<string, string>> = {
  'cds-not-applicable': "Ddim yn berthnasol i'r apwyntiad hwn",
  'action-completed': "Wedi'i drefnu eisoes",
  'limited-time': 'Brys: dim amser i aildrefnu',
  'inappropriate-recipient': 'Y clinigwr i benderfynu',
  'prefers-alternative': "Mae'n well gan y claf y math hwn o apwyntiad",
  'service-not-available': 'Dim capasiti wyneb yn wyneb na dehonglydd',
  'patient-refuses': 'Gwrthododd y claf',
  'record-out-of-date': "Cofnod wedi dyddio: dylid adolygu'r angen",
  'interpreter-by-phone': 'Dehonglydd yn ymuno dros y ffôn',
  'carer-will-relay': "Bydd y gofalwr yn trosglwyddo'r wybodaeth",
};

/** Local reasons offered only by the rules where they make sense; every other reason is always offered. */
type LocalReason = 'interpreter-by-phone' | 'carer-will-relay';
const OPTIONAL_REASONS: readonly string[] = ['interpreter-by-phone', 'carer-will-relay'];

/** The HL7 reasons and "record out of date" on every rule, plus the optional ones this rule asks for. */
export function overrideReasons(local: readonly LocalReason[] = []): OverrideReason[] {
  return DEFAULT_OVERRIDE_REASONS.filter(
    (r) => !OPTIONAL_REASONS.includes(r.code) || local.includes(r.code as LocalReason),
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
  /** The rule's own version: bump it whenever the rule changes (logs record it with each prompt). */
  version: number;
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
    version: spec.version,
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
/** Channels where the patient and clinician are in the same room. */
const IN_PERSON: Channel[] = ['face-to-face', 'home-visit'];

const interpreterBooked = (isRecommended = false) =>
  recordDone('interpreter-booked', 'Interpreter booked', "Dehonglydd wedi'i drefnu", isRecommended);
const bslInterpreterBooked = (isRecommended = false) =>
  recordDone(
    'bsl-interpreter-booked',
    'BSL interpreter booked',
    "Dehonglydd BSL wedi'i drefnu",
    isRecommended,
  );
const communicatorBooked = (isRecommended = false) =>
  recordDone(
    'communicator-booked',
    'Deafblind communicator booked',
    "Cyfathrebwr byddar-ddall wedi'i drefnu",
    isRecommended,
  );
const hearingSupportArranged = (isRecommended = false) =>
  recordDone(
    'hearing-support-arranged',
    'Hearing support arranged (loop, lipspeaker or captions)',
    "Cymorth clyw wedi'i drefnu (dolen, siaradwr gwefusau neu gapsiynau)",
    isRecommended,
  );

export const DEFAULT_RULES: readonly Rule[] = [
  defineRule({
    id: 'interpreter-telephone-online',
    version: 2,
    name: 'Interpreter needed: telephone or online slot',
    reason:
      'A patient who needs a spoken-language interpreter cannot follow a plain telephone call or a written online consultation in English unless an interpreter is arranged for it.',
    sourceRef:
      'AIS DAPB1605 step "meet"; NHS England guidance for commissioners: interpreting and translation services in primary care; RAF category 006',
    needsAny: ['interpreter'],
    channels: ['telephone', 'online'],
    indicator: 'warning',
    summary: {
      en: 'Interpreter needed ({language}): {channel} slot selected',
      cy: "Angen dehonglydd ({language}): slot {channel} wedi'i ddewis",
    },
    detail: {
      en: `The record says this patient needs an interpreter (**{language}**). Without one, a {channel} appointment risks a consultation the patient cannot follow.\n\nConsider a face-to-face slot with an interpreter booked, or a longer slot with a three-way interpreter call if local policy allows. Whatever the appointment type, book a professional interpreter; do not rely on family or friends.\n\n_${AIS}: meet the need._`,
      cy: `Mae'r cofnod yn dweud bod angen dehonglydd (**{language}**) ar y claf. Heb ddehonglydd, efallai na fydd y claf yn gallu dilyn apwyntiad {channel}.\n\nYstyriwch slot wyneb yn wyneb gyda dehonglydd wedi'i drefnu, neu slot hirach gyda galwad dehonglydd tair ffordd os yw'r polisi lleol yn caniatáu. Beth bynnag yw'r math o apwyntiad, trefnwch ddehonglydd proffesiynol; peidiwch â dibynnu ar deulu neu ffrindiau.\n\n_${AIS}: diwallu'r angen._`,
    },
    suggestions: [faceToFace(), longerSlot(), interpreterBooked()],
    localReasons: ['interpreter-by-phone'],
  }),
  defineRule({
    id: 'interpreter-in-person',
    version: 1,
    name: 'Interpreter needed: face-to-face or home visit',
    reason:
      'Being in the room does not meet a language need: the interpreter has to be booked for face-to-face appointments and home visits too.',
    sourceRef:
      'AIS DAPB1605 step "meet"; NHS England guidance for commissioners: interpreting and translation services in primary care; RAF category 006',
    needsAny: ['interpreter'],
    channels: IN_PERSON,
    indicator: 'info',
    summary: {
      en: 'Interpreter needed ({language}): book one for this {channel} appointment',
      cy: 'Angen dehonglydd ({language}): trefnwch un ar gyfer yr apwyntiad {channel} hwn',
    },
    detail: {
      en: `The record says this patient needs an interpreter (**{language}**). Book a professional interpreter for this appointment, in person or joining by phone or video, and allow a longer slot. Do not rely on family or friends to interpret.\n\n_${AIS}: meet the need._`,
      cy: `Mae'r cofnod yn dweud bod angen dehonglydd (**{language}**) ar y claf. Trefnwch ddehonglydd proffesiynol ar gyfer yr apwyntiad hwn, yn y cnawd neu'n ymuno dros y ffôn neu fideo, a chaniatewch slot hirach. Peidiwch â dibynnu ar deulu neu ffrindiau i ddehongli.\n\n_${AIS}: diwallu'r angen._`,
    },
    suggestions: [interpreterBooked(true), longerSlot()],
    localReasons: ['interpreter-by-phone'],
  }),
  defineRule({
    id: 'bsl-telephone-online',
    version: 2,
    name: 'BSL user: telephone or online slot',
    reason:
      'A British Sign Language user cannot take part in a telephone call, and written English may not be their first language. They need face-to-face with a BSL interpreter, or video with a video interpreter.',
    sourceRef: 'AIS DAPB1605 step "meet"; RAF category 002 (requires communication professional)',
    needsAny: ['bsl-interpreter'],
    channels: ['telephone', 'online'],
    indicator: 'warning',
    summary: {
      en: 'BSL user: {channel} slot selected. Book face-to-face or video with an interpreter',
      cy: "Defnyddiwr BSL: slot {channel} wedi'i ddewis. Trefnwch wyneb yn wyneb neu fideo gyda dehonglydd",
    },
    detail: {
      en: `This patient uses British Sign Language. **Not telephone, not online.** Book face-to-face with a BSL interpreter, or video with a BSL video relay or remote interpreting service (VRS/VRI), and allow a longer slot.\n\n_${AIS}: meet the need._`,
      cy: `Mae'r claf yn defnyddio Iaith Arwyddion Prydain (BSL). **Nid dros y ffôn, nid ar-lein.** Trefnwch apwyntiad wyneb yn wyneb gyda dehonglydd BSL, neu fideo gyda gwasanaeth dehongli o bell (VRS/VRI), a chaniatewch slot hirach.\n\n_${AIS}: diwallu'r angen._`,
    },
    suggestions: [
      faceToFace(),
      switchTo(
        'video',
        'Switch to a video slot with a BSL video interpreter',
        'Newid i slot fideo gyda dehonglydd BSL fideo',
      ),
      bslInterpreterBooked(),
    ],
  }),
  defineRule({
    id: 'bsl-in-person',
    version: 1,
    name: 'BSL user: face-to-face or home visit',
    reason:
      'A BSL user seen in person still needs a qualified BSL interpreter booked; a relative should not interpret.',
    sourceRef: 'AIS DAPB1605 step "meet"; RAF category 002 (requires communication professional)',
    needsAny: ['bsl-interpreter'],
    channels: IN_PERSON,
    indicator: 'info',
    summary: {
      en: 'BSL user: book a BSL interpreter for this {channel} appointment',
      cy: 'Defnyddiwr BSL: trefnwch ddehonglydd BSL ar gyfer yr apwyntiad {channel} hwn',
    },
    detail: {
      en: `This patient uses British Sign Language. Book a registered BSL interpreter for this appointment and allow a longer slot. A relative should not interpret.\n\n_${AIS}: meet the need._`,
      cy: `Mae'r claf yn defnyddio Iaith Arwyddion Prydain (BSL). Trefnwch ddehonglydd BSL cofrestredig ar gyfer yr apwyntiad hwn a chaniatewch slot hirach. Ni ddylai perthynas ddehongli.\n\n_${AIS}: diwallu'r angen._`,
    },
    suggestions: [bslInterpreterBooked(true), longerSlot()],
  }),
  defineRule({
    id: 'deafblind-remote',
    version: 2,
    name: 'Deafblind: any remote slot',
    reason:
      'A deafblind patient usually communicates through hands-on signing or a communicator guide, which needs them in the room with a specialist communicator.',
    sourceRef: 'AIS DAPB1605 step "meet"; RAF categories 001/002',
    needsAny: ['deafblind'],
    channels: ['telephone', 'video', 'online'],
    indicator: 'warning',
    summary: {
      en: 'Deafblind patient: {channel} slot selected. Face-to-face with a communicator is needed',
      cy: "Claf byddar-ddall: slot {channel} wedi'i ddewis. Mae angen wyneb yn wyneb gyda chyfathrebwr",
    },
    detail: {
      en: `This patient is deafblind. Book face-to-face (or a home visit) with a deafblind interpreter or communicator guide, in an extended slot.\n\n_${AIS}: meet the need._`,
      cy: `Mae'r claf yn fyddar-ddall. Trefnwch apwyntiad wyneb yn wyneb (neu ymweliad cartref) gyda dehonglydd neu dywysydd cyfathrebu byddar-ddall, mewn slot estynedig.\n\n_${AIS}: diwallu'r angen._`,
    },
    suggestions: [faceToFace(), longerSlot(), communicatorBooked()],
  }),
  defineRule({
    id: 'deafblind-in-person',
    version: 1,
    name: 'Deafblind: face-to-face or home visit',
    reason:
      'A deafblind patient seen in person still needs a deafblind interpreter or communicator guide booked for the visit.',
    sourceRef: 'AIS DAPB1605 step "meet"; RAF categories 001/002',
    needsAny: ['deafblind'],
    channels: IN_PERSON,
    indicator: 'info',
    summary: {
      en: 'Deafblind patient: book a deafblind interpreter or communicator guide for this {channel} appointment',
      cy: 'Claf byddar-ddall: trefnwch ddehonglydd neu dywysydd cyfathrebu ar gyfer yr apwyntiad {channel} hwn',
    },
    detail: {
      en: `This patient is deafblind. Book a deafblind interpreter or communicator guide for this appointment, in an extended slot.\n\n_${AIS}: meet the need._`,
      cy: `Mae'r claf yn fyddar-ddall. Trefnwch ddehonglydd neu dywysydd cyfathrebu byddar-ddall ar gyfer yr apwyntiad hwn, mewn slot estynedig.\n\n_${AIS}: diwallu'r angen._`,
    },
    suggestions: [communicatorBooked(true), longerSlot()],
  }),
  defineRule({
    id: 'hearing-telephone',
    version: 2,
    name: 'Hearing impairment: audio-only slot',
    reason:
      'A patient who lip-reads, uses a hearing loop or needs a lipspeaker or speech-to-text reporter may not manage an audio-only call.',
    sourceRef: 'AIS DAPB1605 step "meet"; RAF categories 001/002',
    needsAny: ['hearing-impairment'],
    channels: ['telephone'],
    indicator: 'warning',
    summary: {
      en: 'Hearing impairment recorded: {channel} slot selected, which may be audio-only',
      cy: "Nam ar y clyw wedi'i gofnodi: slot {channel} wedi'i ddewis, a allai fod yn sain yn unig",
    },
    detail: {
      en: `Audio-only calls are hard for patients who lip-read or rely on a hearing loop. Offer face-to-face (a loop-equipped room) or video.\n\n_${AIS}: meet the need._`,
      cy: `Mae galwadau sain yn unig yn anodd i gleifion sy'n darllen gwefusau neu'n dibynnu ar ddolen sain. Cynigiwch wyneb yn wyneb (ystafell gyda dolen sain) neu fideo.\n\n_${AIS}: diwallu'r angen._`,
    },
    suggestions: [
      faceToFace(),
      switchTo('video', 'Switch to a video slot', 'Newid i slot fideo'),
      hearingSupportArranged(),
    ],
  }),
  defineRule({
    id: 'hearing-in-person',
    version: 1,
    name: 'Hearing impairment: face-to-face or home visit',
    reason:
      'In the room, a patient with hearing loss may still need a hearing loop (a portable one on a home visit), a lipspeaker or a speech-to-text reporter, booked in advance.',
    sourceRef: 'AIS DAPB1605 step "meet"; RAF categories 001/002',
    needsAny: ['hearing-impairment'],
    channels: IN_PERSON,
    indicator: 'info',
    summary: {
      en: 'Hearing impairment recorded: arrange a hearing loop or other support for this {channel} appointment',
      cy: "Nam ar y clyw wedi'i gofnodi: trefnwch ddolen sain neu gymorth arall ar gyfer yr apwyntiad {channel} hwn",
    },
    detail: {
      en: `Book a room with a working hearing loop (or take a portable loop on a home visit), and a lipspeaker or speech-to-text reporter if the record asks for one.\n\n_${AIS}: meet the need._`,
      cy: `Trefnwch ystafell gyda dolen sain sy'n gweithio (neu ewch â dolen gludadwy ar ymweliad cartref), a siaradwr gwefusau neu gofnodwr lleferydd-i-destun os yw'r cofnod yn gofyn am un.\n\n_${AIS}: diwallu'r angen._`,
    },
    suggestions: [hearingSupportArranged(true)],
  }),
  defineRule({
    id: 'accessible-information-online',
    version: 2,
    name: 'Accessible information: online consultation',
    reason:
      'An online consultation is written. Patients who need easy read, large print, braille, audio or information given verbally may not be able to use it.',
    sourceRef:
      'AIS DAPB1605 steps "identify" to "meet"; RAF category 004 (requires specific information format)',
    needsAny: ['easy-read', 'large-print', 'braille', 'audio', 'information-verbally'],
    channels: ['online'],
    indicator: 'info',
    summary: {
      en: 'Accessible information needed ({needs}): check the {channel} consultation suits the patient',
      cy: "Angen gwybodaeth hygyrch ({needs}): gwiriwch fod yr ymgynghoriad {channel} yn addas i'r claf",
    },
    detail: {
      en: `This need mostly affects letters and messages, but an online consultation is written too. Offer another route if the patient cannot use it, and send any confirmation in the patient's format.\n\n_${AIS}: meet the need._`,
      cy: `Mae'r angen hwn yn effeithio'n bennaf ar lythyrau a negeseuon, ond mae ymgynghoriad ar-lein yn ysgrifenedig hefyd. Cynigiwch ffordd arall os na all y claf ei ddefnyddio, ac anfonwch unrhyw gadarnhad yn fformat y claf.\n\n_${AIS}: diwallu'r angen._`,
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
    version: 2,
    name: 'Sight impairment: online consultation',
    reason:
      'A blind or partially sighted patient may not be able to use a written online consultation; a telephone call is often suitable.',
    sourceRef: 'AIS DAPB1605 step "meet"; RAF impairment category 1 (vision)',
    needsAny: ['sight-impairment'],
    channels: ['online'],
    indicator: 'info',
    summary: {
      en: 'Sight impairment recorded: an online consultation may not be accessible',
      cy: "Nam ar y golwg wedi'i gofnodi: efallai na fydd ymgynghoriad ar-lein yn hygyrch",
    },
    detail: {
      en: `Written online consultations can be hard to use with a sight impairment. A telephone or face-to-face appointment is often better.\n\n_${AIS}: meet the need._`,
      cy: `Gall ymgynghoriadau ysgrifenedig ar-lein fod yn anodd gyda nam ar y golwg. Mae apwyntiad ffôn neu wyneb yn wyneb yn aml yn well.\n\n_${AIS}: diwallu'r angen._`,
    },
    suggestions: [telephone(true), faceToFace(false)],
  }),
  defineRule({
    id: 'communication-support-remote',
    version: 2,
    name: 'Communication support: telephone or online slot',
    reason:
      'Patients with aphasia or who use a communication aid need to be seen and need more time; audio-only and written routes shut them out. Video can work.',
    sourceRef: 'AIS DAPB1605 step "meet"; RAF categories 001/005',
    needsAny: ['communication-support'],
    channels: ['telephone', 'online'],
    indicator: 'warning',
    summary: {
      en: 'Communication support needed: {channel} slot selected. Consider a longer face-to-face or video slot',
      cy: "Angen cymorth cyfathrebu: slot {channel} wedi'i ddewis. Ystyriwch slot hirach wyneb yn wyneb neu fideo",
    },
    detail: {
      en: `This patient needs communication support (for example aphasia or a communication aid). Offer face-to-face or video, with extra time.\n\n_${AIS}: meet the need._`,
      cy: `Mae angen cymorth cyfathrebu ar y claf (er enghraifft affasia neu gymorth cyfathrebu). Cynigiwch wyneb yn wyneb neu fideo, gydag amser ychwanegol.\n\n_${AIS}: diwallu'r angen._`,
    },
    suggestions: [
      faceToFace(),
      switchTo('video', 'Switch to a video slot', 'Newid i slot fideo'),
      longerSlot(),
    ],
  }),
  defineRule({
    id: 'learning-disability-remote',
    version: 2,
    name: 'Learning disability: remote slot',
    reason:
      'People with a learning disability are usually better served by a longer face-to-face appointment with a carer or supporter present. NHS England asks for annual health checks to be face-to-face wherever possible, with a home visit as a reasonable adjustment where that suits the person.',
    sourceRef:
      'AIS DAPB1605 step "meet"; NHS England learning disability annual health checks guidance; RAF impairment category 5',
    needsAny: ['learning-disability'],
    channels: ['telephone', 'video', 'online'],
    indicator: 'warning',
    summary: {
      en: 'Learning disability: {channel} slot selected. Consider a longer face-to-face slot with a carer present',
      cy: "Anabledd dysgu: slot {channel} wedi'i ddewis. Ystyriwch slot hirach wyneb yn wyneb gyda gofalwr yn bresennol",
    },
    detail: {
      en: `Offer a longer face-to-face appointment and ask whether a carer or supporter should attend. Check for a health or communication passport. Annual health checks should be face-to-face wherever possible (a home visit can be a reasonable adjustment).\n\n_${AIS}: meet the need._`,
      cy: `Cynigiwch apwyntiad hirach wyneb yn wyneb a gofynnwch a ddylai gofalwr neu gefnogwr ddod. Gwiriwch am basbort iechyd neu gyfathrebu. Dylai gwiriadau iechyd blynyddol fod wyneb yn wyneb lle bynnag y bo modd (gall ymweliad cartref fod yn addasiad rhesymol).\n\n_${AIS}: diwallu'r angen._`,
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
    version: 2,
    name: 'Cognitive impairment: telephone or online slot',
    reason:
      'Patients with memory or cognitive impairment may struggle to follow a call or an online form, and may need a supporter and more time.',
    sourceRef: 'AIS DAPB1605 step "meet"; RAF impairment categories 5/6',
    needsAny: ['cognitive-impairment'],
    channels: ['telephone', 'online'],
    indicator: 'warning',
    summary: {
      en: 'Cognitive impairment: {channel} slot selected. Consider face-to-face with more time',
      cy: "Nam gwybyddol: slot {channel} wedi'i ddewis. Ystyriwch wyneb yn wyneb gyda mwy o amser",
    },
    detail: {
      en: `Consider a longer face-to-face appointment, and ask whether a carer or supporter should join.\n\n_${AIS}: meet the need._`,
      cy: `Ystyriwch apwyntiad hirach wyneb yn wyneb, a gofynnwch a ddylai gofalwr neu gefnogwr ymuno.\n\n_${AIS}: diwallu'r angen._`,
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
    version: 2,
    name: 'No digital access: video or online slot',
    reason:
      'Digital routes must complement, not replace, non-digital ones. A patient with no internet, device or skills cannot join a video or online consultation.',
    sourceRef:
      'NHS England, Inclusive digital healthcare: a framework for NHS action on digital inclusion (2023)',
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
    version: 2,
    name: 'Advocate or carer: remote slot',
    reason:
      'When an advocate or carer is involved in care, they need to be able to join the appointment, whatever its type.',
    sourceRef: 'RAF categories 001/007 (communication support; additional support)',
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
    version: 2,
    name: 'Extended appointment needed',
    reason:
      'The patient has a recorded need for an extended appointment (Requires extended appointment), whatever the appointment type.',
    sourceRef:
      'AIS implementation guidance (longer appointments); RAF category 008 (individual care requirements)',
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
    // Id kept from version 1 (it then also fired for written-contact preferences) so logs stay comparable.
    id: 'no-voice-calls-telephone',
    version: 2,
    name: 'Text relay user: telephone slot',
    reason:
      'A patient who needs contact by text relay cannot take an ordinary voice call: a telephone consultation works only if the clinician calls through text relay.',
    sourceRef: 'RAF category 003 (requires specific contact method): Requires contact by text relay',
    needsAny: ['contact-text-relay'],
    channels: ['telephone'],
    indicator: 'warning',
    summary: {
      en: 'Patient uses text relay: {channel} slot selected. The call must go through Relay UK',
      cy: "Mae'r claf yn defnyddio cyfnewid testun: slot {channel} wedi'i ddewis. Rhaid i'r alwad fynd drwy Relay UK",
    },
    detail: {
      en: 'The record says this patient needs contact by text relay. Make sure the clinician calls through text relay (Relay UK), or offer face-to-face or an online consultation.',
      cy: "Mae'r cofnod yn dweud bod angen cyswllt drwy gyfnewid testun ar y claf. Sicrhewch fod y clinigwr yn galw drwy gyfnewid testun (Relay UK), neu cynigiwch wyneb yn wyneb neu ymgynghoriad ar-lein.",
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
    id: 'written-contact-telephone',
    version: 1,
    name: 'Written contact preferred: telephone slot',
    reason:
      'A preference for contact by letter, email or text message is about how the practice contacts the patient, not a statement that they cannot take a call. Check the telephone appointment suits them and confirm it in writing.',
    sourceRef: 'RAF category 003 (requires specific contact method); AIS DAPB1605 step "meet"',
    needsAny: ['contact-written-only'],
    channels: ['telephone'],
    indicator: 'info',
    summary: {
      en: 'Written contact preferred: check a {channel} appointment suits the patient, and confirm it in writing',
      cy: "Cyswllt ysgrifenedig yn well: gwiriwch fod apwyntiad {channel} yn addas i'r claf, a'i gadarnhau yn ysgrifenedig",
    },
    detail: {
      en: 'The record asks for contact in writing (for example text message, email or letter). Ask whether a telephone appointment suits the patient, and send the booking confirmation the way the record asks.',
      cy: "Mae'r cofnod yn gofyn am gyswllt yn ysgrifenedig (er enghraifft neges destun, e-bost neu lythyr). Gofynnwch a yw apwyntiad ffôn yn addas i'r claf, ac anfonwch gadarnhad yr apwyntiad yn y ffordd y mae'r cofnod yn gofyn.",
    },
    suggestions: [
      recordDone(
        'call-agreed',
        'Patient agreed to a telephone appointment',
        'Cytunodd y claf i apwyntiad ffôn',
        true,
      ),
      recordDone(
        'confirmation-in-writing',
        'Confirmation sent in writing',
        "Cadarnhad wedi'i anfon yn ysgrifenedig",
      ),
      faceToFace(false),
    ],
  }),
  defineRule({
    id: 'home-visit-surgery',
    version: 2,
    name: 'Home visit required: surgery slot',
    reason: 'A housebound patient with a recorded need for home visits cannot attend a surgery appointment.',
    sourceRef: 'RAF category 009 (environment of care): Requires home visit appointments',
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
    id: 'attendance-adjustment-face-to-face',
    version: 1,
    name: 'Adjustment when attending: face-to-face slot',
    reason:
      'Step-free access, a quiet room or low-noise waiting area, minimal waiting and the first or last appointment of the day are arranged for a visit to the surgery. They say nothing against a telephone, video or online appointment.',
    sourceRef:
      'RAF categories 008 (individual care requirements) and 009 (environment of care); AIS DAPB1605 step "meet"',
    needsAny: ['attendance-adjustment'],
    channels: ['face-to-face'],
    indicator: 'info',
    summary: {
      en: 'Adjustment when attending recorded: arrange it for this {channel} appointment',
      cy: "Addasiad wrth fynychu wedi'i gofnodi: trefnwch ef ar gyfer yr apwyntiad {channel} hwn",
    },
    detail: {
      en: 'The record asks for an adjustment when the patient comes in, such as step-free access, a quiet room, minimal waiting, or the first or last appointment of the day. Arrange it before the visit; "Read from this page" shows which.',
      cy: "Mae'r cofnod yn gofyn am addasiad pan ddaw'r claf i mewn, fel mynediad heb risiau, ystafell dawel, ychydig o aros, neu apwyntiad cyntaf neu olaf y dydd. Trefnwch ef cyn yr ymweliad; mae \"Wedi'i ddarllen o'r dudalen hon\" yn dangos pa un.",
    },
    suggestions: [recordDone('adjustment-arranged', 'Adjustment arranged', "Addasiad wedi'i drefnu", true)],
  }),
  defineRule({
    id: 'reasonable-adjustment-remote',
    version: 2,
    name: 'Reasonable adjustment flag: remote slot',
    reason:
      'A Reasonable Adjustment Flag says the patient needs an adjustment under the Equality Act 2010; the flag detail says which, and it may rule out this appointment type.',
    sourceRef: 'NHS England Reasonable Adjustment Flag (National Reasonable Adjustments Flag, NRAF)',
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
