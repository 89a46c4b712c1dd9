/**
 * The default rules as shipped in rule set version 1 (DEFAULT_RULESET_VERSION 1), frozen as data. Taken
 * from lib/rules/defaults.ts at commit 0078817 (the last commit before rule set version 2), evaluated
 * and written out unchanged. Never edit: the settings migration (lib/settings/default-rules.ts) compares
 * stored rules with these to tell a rule the manager left as shipped from one they edited.
 */
import type { Rule } from './schema';

export const DEFAULT_RULESET_V1_VERSION = 1;

export const DEFAULT_RULES_V1: readonly Rule[] = [
  {
    id: 'interpreter-telephone-online',
    version: 1,
    enabled: true,
    name: 'Interpreter needed: telephone or online slot',
    reason:
      'A patient who needs a spoken-language interpreter cannot follow a plain telephone call or a written online consultation in English unless an interpreter is arranged for it.',
    sourceRef: 'AIS DAPB1605 step 5; RAF category 006; DOMAIN.md s8 (spoken-language interpreter)',
    when: {
      needsAny: ['interpreter'],
      channels: ['telephone', 'online'],
    },
    prompt: {
      indicator: 'warning',
      summary: 'Interpreter needed ({language}): {channel} slot selected',
      detail:
        'The record says this patient needs an interpreter (**{language}**). Without one, a {channel} appointment risks a consultation the patient cannot follow.\n\nConsider a face-to-face slot with an interpreter booked, or a longer slot with a three-way interpreter call if local policy allows.\n\n_Accessible Information Standard (DAPB1605), step 5: meet the need._',
      suggestions: [
        {
          id: 'face-to-face',
          label: 'Switch to a face-to-face slot',
          isRecommended: true,
          action: {
            kind: 'set-channel',
            channel: 'face-to-face',
          },
        },
        {
          id: 'longer-slot',
          label: 'Book a longer slot',
          action: {
            kind: 'longer-slot',
          },
        },
        {
          id: 'interpreter-booked',
          label: 'Interpreter booked',
          action: {
            kind: 'record',
            note: 'Interpreter booked',
          },
        },
      ],
      overrideReasons: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'patient-refuses',
          display: 'Patient declined',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'prefers-alternative',
          display: 'Patient prefers this appointment type',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'service-not-available',
          display: 'No face-to-face or interpreter capacity',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'limited-time',
          display: 'Urgent: no time to rearrange',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'inappropriate-recipient',
          display: 'Clinician to decide',
        },
        {
          system: 'urn:equity-prompts:override',
          code: 'interpreter-by-phone',
          display: 'Interpreter joining by phone',
        },
      ],
      responseRequired: true,
    },
    i18n: {
      cy: {
        summary: "Angen dehonglydd ({language}): slot {channel} wedi'i ddewis",
        detail:
          "Mae'r cofnod yn dweud bod angen dehonglydd (**{language}**) ar y claf. Heb ddehonglydd, efallai na fydd y claf yn gallu dilyn apwyntiad {channel}.\n\nYstyriwch slot wyneb yn wyneb gyda dehonglydd wedi'i drefnu, neu slot hirach gyda galwad dehonglydd tair ffordd os yw'r polisi lleol yn caniatáu.\n\n_Accessible Information Standard (DAPB1605), cam 5._",
        suggestions: {
          'face-to-face': 'Newid i slot wyneb yn wyneb',
          'longer-slot': 'Trefnu slot hirach',
          'interpreter-booked': "Dehonglydd wedi'i drefnu",
        },
        overrideReasons: {
          'patient-refuses': 'Gwrthododd y claf',
          'prefers-alternative': "Mae'n well gan y claf y math hwn o apwyntiad",
          'service-not-available': 'Dim capasiti wyneb yn wyneb na dehonglydd',
          'limited-time': 'Brys: dim amser i aildrefnu',
          'inappropriate-recipient': 'Y clinigwr i benderfynu',
          'interpreter-by-phone': 'Dehonglydd yn ymuno dros y ffôn',
        },
      },
    },
  },
  {
    id: 'bsl-telephone-online',
    version: 1,
    enabled: true,
    name: 'BSL user: telephone or online slot',
    reason:
      'A British Sign Language user cannot take part in a telephone call, and written English may not be their first language. They need face-to-face with a BSL interpreter, or video with a video interpreter.',
    sourceRef: 'AIS DAPB1605 step 5; RAF category 002; DOMAIN.md s8 (BSL: not telephone)',
    when: {
      needsAny: ['bsl-interpreter'],
      channels: ['telephone', 'online'],
    },
    prompt: {
      indicator: 'warning',
      summary: 'BSL user: {channel} slot selected. Book face-to-face or video with an interpreter',
      detail:
        'This patient uses British Sign Language. **Not telephone.** Book face-to-face with a BSL interpreter, or video with a BSL video relay or remote interpreting service (VRS/VRI), and allow a longer slot.\n\n_Accessible Information Standard (DAPB1605), step 5._',
      suggestions: [
        {
          id: 'face-to-face',
          label: 'Switch to a face-to-face slot',
          isRecommended: true,
          action: {
            kind: 'set-channel',
            channel: 'face-to-face',
          },
        },
        {
          id: 'video',
          label: 'Switch to a video slot with a BSL video interpreter',
          action: {
            kind: 'set-channel',
            channel: 'video',
          },
        },
        {
          id: 'bsl-interpreter-booked',
          label: 'BSL interpreter booked',
          action: {
            kind: 'record',
            note: 'BSL interpreter booked',
          },
        },
      ],
      overrideReasons: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'patient-refuses',
          display: 'Patient declined',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'prefers-alternative',
          display: 'Patient prefers this appointment type',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'service-not-available',
          display: 'No face-to-face or interpreter capacity',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'limited-time',
          display: 'Urgent: no time to rearrange',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'inappropriate-recipient',
          display: 'Clinician to decide',
        },
      ],
      responseRequired: true,
    },
    i18n: {
      cy: {
        summary:
          "Defnyddiwr BSL: slot {channel} wedi'i ddewis. Trefnwch wyneb yn wyneb neu fideo gyda dehonglydd",
        detail:
          "Mae'r claf yn defnyddio Iaith Arwyddion Prydain (BSL). **Nid dros y ffôn.** Trefnwch apwyntiad wyneb yn wyneb gyda dehonglydd BSL, neu fideo gyda gwasanaeth dehongli o bell (VRS/VRI), a chaniatewch slot hirach.\n\n_Accessible Information Standard (DAPB1605), cam 5._",
        suggestions: {
          'face-to-face': 'Newid i slot wyneb yn wyneb',
          video: 'Newid i slot fideo gyda dehonglydd BSL fideo',
          'bsl-interpreter-booked': "Dehonglydd BSL wedi'i drefnu",
        },
        overrideReasons: {
          'patient-refuses': 'Gwrthododd y claf',
          'prefers-alternative': "Mae'n well gan y claf y math hwn o apwyntiad",
          'service-not-available': 'Dim capasiti wyneb yn wyneb na dehonglydd',
          'limited-time': 'Brys: dim amser i aildrefnu',
          'inappropriate-recipient': 'Y clinigwr i benderfynu',
        },
      },
    },
  },
  {
    id: 'deafblind-remote',
    version: 1,
    enabled: true,
    name: 'Deafblind: any remote slot',
    reason:
      'A deafblind patient usually communicates through hands-on signing or a communicator guide, which needs them in the room with a specialist communicator.',
    sourceRef: 'AIS DAPB1605 step 5; RAF categories 001/002; DOMAIN.md s8 (deafblind: face-to-face only)',
    when: {
      needsAny: ['deafblind'],
      channels: ['telephone', 'video', 'online'],
    },
    prompt: {
      indicator: 'warning',
      summary: 'Deafblind patient: {channel} slot selected. Face-to-face with a communicator is needed',
      detail:
        'This patient is deafblind. Book face-to-face (or a home visit) with a deafblind interpreter or communicator guide, in an extended slot.\n\n_Accessible Information Standard (DAPB1605), step 5._',
      suggestions: [
        {
          id: 'face-to-face',
          label: 'Switch to a face-to-face slot',
          isRecommended: true,
          action: {
            kind: 'set-channel',
            channel: 'face-to-face',
          },
        },
        {
          id: 'longer-slot',
          label: 'Book a longer slot',
          action: {
            kind: 'longer-slot',
          },
        },
        {
          id: 'communicator-booked',
          label: 'Deafblind communicator booked',
          action: {
            kind: 'record',
            note: 'Deafblind communicator booked',
          },
        },
      ],
      overrideReasons: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'patient-refuses',
          display: 'Patient declined',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'prefers-alternative',
          display: 'Patient prefers this appointment type',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'service-not-available',
          display: 'No face-to-face or interpreter capacity',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'limited-time',
          display: 'Urgent: no time to rearrange',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'inappropriate-recipient',
          display: 'Clinician to decide',
        },
      ],
      responseRequired: true,
    },
    i18n: {
      cy: {
        summary:
          "Claf byddar-ddall: slot {channel} wedi'i ddewis. Mae angen wyneb yn wyneb gyda chyfathrebwr",
        detail:
          "Mae'r claf yn fyddar-ddall. Trefnwch apwyntiad wyneb yn wyneb (neu ymweliad cartref) gyda dehonglydd neu dywysydd cyfathrebu byddar-ddall, mewn slot estynedig.\n\n_Accessible Information Standard (DAPB1605), cam 5._",
        suggestions: {
          'face-to-face': 'Newid i slot wyneb yn wyneb',
          'longer-slot': 'Trefnu slot hirach',
          'communicator-booked': "Cyfathrebwr byddar-ddall wedi'i drefnu",
        },
        overrideReasons: {
          'patient-refuses': 'Gwrthododd y claf',
          'prefers-alternative': "Mae'n well gan y claf y math hwn o apwyntiad",
          'service-not-available': 'Dim capasiti wyneb yn wyneb na dehonglydd',
          'limited-time': 'Brys: dim amser i aildrefnu',
          'inappropriate-recipient': 'Y clinigwr i benderfynu',
        },
      },
    },
  },
  {
    id: 'hearing-telephone',
    version: 1,
    enabled: true,
    name: 'Hearing impairment: audio-only slot',
    reason:
      'A patient who lip-reads, uses a hearing loop or needs a lipspeaker or speech-to-text reporter may not manage an audio-only call.',
    sourceRef: 'AIS DAPB1605 step 5; RAF categories 001/002; DOMAIN.md s8 (hearing: not audio-only)',
    when: {
      needsAny: ['hearing-impairment'],
      channels: ['telephone'],
    },
    prompt: {
      indicator: 'warning',
      summary: 'Hearing impairment recorded: {channel} slot selected, which may be audio-only',
      detail:
        'Audio-only calls are hard for patients who lip-read or rely on a hearing loop. Offer face-to-face (a loop-equipped room) or video.\n\n_Accessible Information Standard (DAPB1605), step 5._',
      suggestions: [
        {
          id: 'face-to-face',
          label: 'Switch to a face-to-face slot',
          isRecommended: true,
          action: {
            kind: 'set-channel',
            channel: 'face-to-face',
          },
        },
        {
          id: 'video',
          label: 'Switch to a video slot',
          action: {
            kind: 'set-channel',
            channel: 'video',
          },
        },
        {
          id: 'hearing-support-arranged',
          label: 'Hearing support arranged (loop, lipspeaker or captions)',
          action: {
            kind: 'record',
            note: 'Hearing support arranged (loop, lipspeaker or captions)',
          },
        },
      ],
      overrideReasons: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'patient-refuses',
          display: 'Patient declined',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'prefers-alternative',
          display: 'Patient prefers this appointment type',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'service-not-available',
          display: 'No face-to-face or interpreter capacity',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'limited-time',
          display: 'Urgent: no time to rearrange',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'inappropriate-recipient',
          display: 'Clinician to decide',
        },
      ],
      responseRequired: true,
    },
    i18n: {
      cy: {
        summary: "Nam ar y clyw wedi'i gofnodi: slot {channel} wedi'i ddewis, a allai fod yn sain yn unig",
        detail:
          "Mae galwadau sain yn unig yn anodd i gleifion sy'n darllen gwefusau neu'n dibynnu ar ddolen sain. Cynigiwch wyneb yn wyneb (ystafell gyda dolen sain) neu fideo.\n\n_Accessible Information Standard (DAPB1605), cam 5._",
        suggestions: {
          'face-to-face': 'Newid i slot wyneb yn wyneb',
          video: 'Newid i slot fideo',
          'hearing-support-arranged': "Cymorth clyw wedi'i drefnu (dolen, siaradwr gwefusau neu gapsiynau)",
        },
        overrideReasons: {
          'patient-refuses': 'Gwrthododd y claf',
          'prefers-alternative': "Mae'n well gan y claf y math hwn o apwyntiad",
          'service-not-available': 'Dim capasiti wyneb yn wyneb na dehonglydd',
          'limited-time': 'Brys: dim amser i aildrefnu',
          'inappropriate-recipient': 'Y clinigwr i benderfynu',
        },
      },
    },
  },
  {
    id: 'accessible-information-online',
    version: 1,
    enabled: true,
    name: 'Accessible information: online consultation',
    reason:
      'An online consultation is written. Patients who need easy read, large print, braille, audio or information given verbally may not be able to use it.',
    sourceRef: 'AIS DAPB1605 steps 1-5; RAF category 004; DOMAIN.md s8 (accessible information format)',
    when: {
      needsAny: ['easy-read', 'large-print', 'braille', 'audio', 'information-verbally'],
      channels: ['online'],
    },
    prompt: {
      indicator: 'info',
      summary: 'Accessible information needed ({needs}): check the {channel} consultation suits the patient',
      detail:
        "This need mostly affects letters and messages, but an online consultation is written too. Offer another route if the patient cannot use it, and send any confirmation in the patient's format.\n\n_Accessible Information Standard (DAPB1605), step 5._",
      suggestions: [
        {
          id: 'face-to-face',
          label: 'Switch to a face-to-face slot',
          action: {
            kind: 'set-channel',
            channel: 'face-to-face',
          },
        },
        {
          id: 'telephone',
          label: 'Switch to a telephone slot',
          action: {
            kind: 'set-channel',
            channel: 'telephone',
          },
        },
        {
          id: 'format-arranged',
          label: "Information sent in the patient's format",
          action: {
            kind: 'record',
            note: "Information sent in the patient's format",
          },
        },
      ],
      overrideReasons: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'patient-refuses',
          display: 'Patient declined',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'prefers-alternative',
          display: 'Patient prefers this appointment type',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'service-not-available',
          display: 'No face-to-face or interpreter capacity',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'limited-time',
          display: 'Urgent: no time to rearrange',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'inappropriate-recipient',
          display: 'Clinician to decide',
        },
      ],
      responseRequired: false,
    },
    i18n: {
      cy: {
        summary:
          "Angen gwybodaeth hygyrch ({needs}): gwiriwch fod yr ymgynghoriad {channel} yn addas i'r claf",
        detail:
          "Mae'r angen hwn yn effeithio'n bennaf ar lythyrau a negeseuon, ond mae ymgynghoriad ar-lein yn ysgrifenedig hefyd. Cynigiwch ffordd arall os na all y claf ei ddefnyddio, ac anfonwch unrhyw gadarnhad yn fformat y claf.\n\n_Accessible Information Standard (DAPB1605), cam 5._",
        suggestions: {
          'face-to-face': 'Newid i slot wyneb yn wyneb',
          telephone: 'Newid i slot ffôn',
          'format-arranged': "Gwybodaeth wedi'i hanfon yn fformat y claf",
        },
        overrideReasons: {
          'patient-refuses': 'Gwrthododd y claf',
          'prefers-alternative': "Mae'n well gan y claf y math hwn o apwyntiad",
          'service-not-available': 'Dim capasiti wyneb yn wyneb na dehonglydd',
          'limited-time': 'Brys: dim amser i aildrefnu',
          'inappropriate-recipient': 'Y clinigwr i benderfynu',
        },
      },
    },
  },
  {
    id: 'sight-online',
    version: 1,
    enabled: true,
    name: 'Sight impairment: online consultation',
    reason:
      'A blind or partially sighted patient may not be able to use a written online consultation; a telephone call is often suitable.',
    sourceRef: 'AIS DAPB1605 step 5; RAF impairment category 1; DOMAIN.md s8 (vision impairment)',
    when: {
      needsAny: ['sight-impairment'],
      channels: ['online'],
    },
    prompt: {
      indicator: 'info',
      summary: 'Sight impairment recorded: an online consultation may not be accessible',
      detail:
        'Written online consultations can be hard to use with a sight impairment. A telephone or face-to-face appointment is often better.\n\n_Accessible Information Standard (DAPB1605), step 5._',
      suggestions: [
        {
          id: 'telephone',
          label: 'Switch to a telephone slot',
          isRecommended: true,
          action: {
            kind: 'set-channel',
            channel: 'telephone',
          },
        },
        {
          id: 'face-to-face',
          label: 'Switch to a face-to-face slot',
          action: {
            kind: 'set-channel',
            channel: 'face-to-face',
          },
        },
      ],
      overrideReasons: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'patient-refuses',
          display: 'Patient declined',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'prefers-alternative',
          display: 'Patient prefers this appointment type',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'service-not-available',
          display: 'No face-to-face or interpreter capacity',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'limited-time',
          display: 'Urgent: no time to rearrange',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'inappropriate-recipient',
          display: 'Clinician to decide',
        },
      ],
      responseRequired: false,
    },
    i18n: {
      cy: {
        summary: "Nam ar y golwg wedi'i gofnodi: efallai na fydd ymgynghoriad ar-lein yn hygyrch",
        detail:
          'Gall ymgynghoriadau ysgrifenedig ar-lein fod yn anodd gyda nam ar y golwg. Mae apwyntiad ffôn neu wyneb yn wyneb yn aml yn well.\n\n_Accessible Information Standard (DAPB1605), cam 5._',
        suggestions: {
          telephone: 'Newid i slot ffôn',
          'face-to-face': 'Newid i slot wyneb yn wyneb',
        },
        overrideReasons: {
          'patient-refuses': 'Gwrthododd y claf',
          'prefers-alternative': "Mae'n well gan y claf y math hwn o apwyntiad",
          'service-not-available': 'Dim capasiti wyneb yn wyneb na dehonglydd',
          'limited-time': 'Brys: dim amser i aildrefnu',
          'inappropriate-recipient': 'Y clinigwr i benderfynu',
        },
      },
    },
  },
  {
    id: 'communication-support-remote',
    version: 1,
    enabled: true,
    name: 'Communication support: telephone or online slot',
    reason:
      'Patients with aphasia or who use a communication aid need to be seen and need more time; audio-only and written routes shut them out. Video can work.',
    sourceRef:
      'AIS DAPB1605 step 5; RAF categories 001/005; DOMAIN.md s8 (communication support: avoid audio-only)',
    when: {
      needsAny: ['communication-support'],
      channels: ['telephone', 'online'],
    },
    prompt: {
      indicator: 'warning',
      summary:
        'Communication support needed: {channel} slot selected. Consider a longer face-to-face or video slot',
      detail:
        'This patient needs communication support (for example aphasia or a communication aid). Offer face-to-face or video, with extra time.\n\n_Accessible Information Standard (DAPB1605), step 5._',
      suggestions: [
        {
          id: 'face-to-face',
          label: 'Switch to a face-to-face slot',
          isRecommended: true,
          action: {
            kind: 'set-channel',
            channel: 'face-to-face',
          },
        },
        {
          id: 'video',
          label: 'Switch to a video slot',
          action: {
            kind: 'set-channel',
            channel: 'video',
          },
        },
        {
          id: 'longer-slot',
          label: 'Book a longer slot',
          action: {
            kind: 'longer-slot',
          },
        },
      ],
      overrideReasons: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'patient-refuses',
          display: 'Patient declined',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'prefers-alternative',
          display: 'Patient prefers this appointment type',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'service-not-available',
          display: 'No face-to-face or interpreter capacity',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'limited-time',
          display: 'Urgent: no time to rearrange',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'inappropriate-recipient',
          display: 'Clinician to decide',
        },
      ],
      responseRequired: true,
    },
    i18n: {
      cy: {
        summary:
          "Angen cymorth cyfathrebu: slot {channel} wedi'i ddewis. Ystyriwch slot hirach wyneb yn wyneb neu fideo",
        detail:
          'Mae angen cymorth cyfathrebu ar y claf (er enghraifft affasia neu gymorth cyfathrebu). Cynigiwch wyneb yn wyneb neu fideo, gydag amser ychwanegol.\n\n_Accessible Information Standard (DAPB1605), cam 5._',
        suggestions: {
          'face-to-face': 'Newid i slot wyneb yn wyneb',
          video: 'Newid i slot fideo',
          'longer-slot': 'Trefnu slot hirach',
        },
        overrideReasons: {
          'patient-refuses': 'Gwrthododd y claf',
          'prefers-alternative': "Mae'n well gan y claf y math hwn o apwyntiad",
          'service-not-available': 'Dim capasiti wyneb yn wyneb na dehonglydd',
          'limited-time': 'Brys: dim amser i aildrefnu',
          'inappropriate-recipient': 'Y clinigwr i benderfynu',
        },
      },
    },
  },
  {
    id: 'learning-disability-remote',
    version: 1,
    enabled: true,
    name: 'Learning disability: remote slot',
    reason:
      'People with a learning disability are usually better served by a longer face-to-face appointment with a carer or supporter present; annual health checks are always face-to-face.',
    sourceRef:
      'AIS DAPB1605 step 5; RAF impairment category 5; DOMAIN.md s8 (learning disability / cognition)',
    when: {
      needsAny: ['learning-disability'],
      channels: ['telephone', 'video', 'online'],
    },
    prompt: {
      indicator: 'warning',
      summary:
        'Learning disability: {channel} slot selected. Consider a longer face-to-face slot with a carer present',
      detail:
        'Offer a longer face-to-face appointment and ask whether a carer or supporter should attend. Check for a health or communication passport. Annual health checks are always face-to-face.\n\n_Accessible Information Standard (DAPB1605), step 5._',
      suggestions: [
        {
          id: 'face-to-face',
          label: 'Switch to a face-to-face slot',
          isRecommended: true,
          action: {
            kind: 'set-channel',
            channel: 'face-to-face',
          },
        },
        {
          id: 'longer-slot',
          label: 'Book a longer slot',
          action: {
            kind: 'longer-slot',
          },
        },
        {
          id: 'carer-asked',
          label: 'Carer or supporter asked to attend',
          action: {
            kind: 'record',
            note: 'Carer or supporter asked to attend',
          },
        },
      ],
      overrideReasons: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'patient-refuses',
          display: 'Patient declined',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'prefers-alternative',
          display: 'Patient prefers this appointment type',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'service-not-available',
          display: 'No face-to-face or interpreter capacity',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'limited-time',
          display: 'Urgent: no time to rearrange',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'inappropriate-recipient',
          display: 'Clinician to decide',
        },
        {
          system: 'urn:equity-prompts:override',
          code: 'carer-will-relay',
          display: 'Carer will relay',
        },
      ],
      responseRequired: true,
    },
    i18n: {
      cy: {
        summary:
          "Anabledd dysgu: slot {channel} wedi'i ddewis. Ystyriwch slot hirach wyneb yn wyneb gyda gofalwr yn bresennol",
        detail:
          'Cynigiwch apwyntiad hirach wyneb yn wyneb a gofynnwch a ddylai gofalwr neu gefnogwr ddod. Gwiriwch am basbort iechyd neu gyfathrebu. Mae gwiriadau iechyd blynyddol bob amser wyneb yn wyneb.\n\n_Accessible Information Standard (DAPB1605), cam 5._',
        suggestions: {
          'face-to-face': 'Newid i slot wyneb yn wyneb',
          'longer-slot': 'Trefnu slot hirach',
          'carer-asked': "Gofynnwyd i'r gofalwr neu'r cefnogwr ddod",
        },
        overrideReasons: {
          'patient-refuses': 'Gwrthododd y claf',
          'prefers-alternative': "Mae'n well gan y claf y math hwn o apwyntiad",
          'service-not-available': 'Dim capasiti wyneb yn wyneb na dehonglydd',
          'limited-time': 'Brys: dim amser i aildrefnu',
          'inappropriate-recipient': 'Y clinigwr i benderfynu',
          'carer-will-relay': "Bydd y gofalwr yn trosglwyddo'r wybodaeth",
        },
      },
    },
  },
  {
    id: 'cognitive-impairment-remote',
    version: 1,
    enabled: true,
    name: 'Cognitive impairment: telephone or online slot',
    reason:
      'Patients with memory or cognitive impairment may struggle to follow a call or an online form, and may need a supporter and more time.',
    sourceRef:
      'AIS DAPB1605 step 5; RAF impairment categories 5/6; DOMAIN.md s8 (learning disability / cognition)',
    when: {
      needsAny: ['cognitive-impairment'],
      channels: ['telephone', 'online'],
    },
    prompt: {
      indicator: 'warning',
      summary: 'Cognitive impairment: {channel} slot selected. Consider face-to-face with more time',
      detail:
        'Consider a longer face-to-face appointment, and ask whether a carer or supporter should join.\n\n_Accessible Information Standard (DAPB1605), step 5._',
      suggestions: [
        {
          id: 'face-to-face',
          label: 'Switch to a face-to-face slot',
          isRecommended: true,
          action: {
            kind: 'set-channel',
            channel: 'face-to-face',
          },
        },
        {
          id: 'longer-slot',
          label: 'Book a longer slot',
          action: {
            kind: 'longer-slot',
          },
        },
        {
          id: 'supporter-asked',
          label: 'Carer or supporter asked to join',
          action: {
            kind: 'record',
            note: 'Carer or supporter asked to join',
          },
        },
      ],
      overrideReasons: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'patient-refuses',
          display: 'Patient declined',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'prefers-alternative',
          display: 'Patient prefers this appointment type',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'service-not-available',
          display: 'No face-to-face or interpreter capacity',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'limited-time',
          display: 'Urgent: no time to rearrange',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'inappropriate-recipient',
          display: 'Clinician to decide',
        },
        {
          system: 'urn:equity-prompts:override',
          code: 'carer-will-relay',
          display: 'Carer will relay',
        },
      ],
      responseRequired: true,
    },
    i18n: {
      cy: {
        summary: "Nam gwybyddol: slot {channel} wedi'i ddewis. Ystyriwch wyneb yn wyneb gyda mwy o amser",
        detail:
          'Ystyriwch apwyntiad hirach wyneb yn wyneb, a gofynnwch a ddylai gofalwr neu gefnogwr ymuno.\n\n_Accessible Information Standard (DAPB1605), cam 5._',
        suggestions: {
          'face-to-face': 'Newid i slot wyneb yn wyneb',
          'longer-slot': 'Trefnu slot hirach',
          'supporter-asked': "Gofynnwyd i'r gofalwr neu'r cefnogwr ymuno",
        },
        overrideReasons: {
          'patient-refuses': 'Gwrthododd y claf',
          'prefers-alternative': "Mae'n well gan y claf y math hwn o apwyntiad",
          'service-not-available': 'Dim capasiti wyneb yn wyneb na dehonglydd',
          'limited-time': 'Brys: dim amser i aildrefnu',
          'inappropriate-recipient': 'Y clinigwr i benderfynu',
          'carer-will-relay': "Bydd y gofalwr yn trosglwyddo'r wybodaeth",
        },
      },
    },
  },
  {
    id: 'no-digital-access',
    version: 1,
    enabled: true,
    name: 'No digital access: video or online slot',
    reason:
      'Digital routes must complement, not replace, non-digital ones. A patient with no internet, device or skills cannot join a video or online consultation.',
    sourceRef:
      'NHS England, Inclusive digital healthcare framework (2023); DOMAIN.md s6 and s8 (no digital access)',
    when: {
      needsAny: ['no-digital-access'],
      channels: ['video', 'online'],
    },
    prompt: {
      indicator: 'warning',
      summary: 'No digital access recorded: {channel} slot selected. Offer face-to-face or telephone',
      detail:
        'The record says this patient cannot use video or online services. Offer a face-to-face or telephone appointment instead.\n\n_No national code exists for digital exclusion; this need comes from the practice vocabulary._',
      suggestions: [
        {
          id: 'face-to-face',
          label: 'Switch to a face-to-face slot',
          isRecommended: true,
          action: {
            kind: 'set-channel',
            channel: 'face-to-face',
          },
        },
        {
          id: 'telephone',
          label: 'Switch to a telephone slot',
          action: {
            kind: 'set-channel',
            channel: 'telephone',
          },
        },
      ],
      overrideReasons: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'patient-refuses',
          display: 'Patient declined',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'prefers-alternative',
          display: 'Patient prefers this appointment type',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'service-not-available',
          display: 'No face-to-face or interpreter capacity',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'limited-time',
          display: 'Urgent: no time to rearrange',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'inappropriate-recipient',
          display: 'Clinician to decide',
        },
      ],
      responseRequired: true,
    },
    i18n: {
      cy: {
        summary:
          "Dim mynediad digidol wedi'i gofnodi: slot {channel} wedi'i ddewis. Cynigiwch wyneb yn wyneb neu ffôn",
        detail:
          "Mae'r cofnod yn dweud na all y claf ddefnyddio gwasanaethau fideo neu ar-lein. Cynigiwch apwyntiad wyneb yn wyneb neu ffôn yn lle hynny.\n\n_Nid oes cod cenedlaethol ar gyfer allgau digidol; daw'r angen hwn o eirfa'r practis._",
        suggestions: {
          'face-to-face': 'Newid i slot wyneb yn wyneb',
          telephone: 'Newid i slot ffôn',
        },
        overrideReasons: {
          'patient-refuses': 'Gwrthododd y claf',
          'prefers-alternative': "Mae'n well gan y claf y math hwn o apwyntiad",
          'service-not-available': 'Dim capasiti wyneb yn wyneb na dehonglydd',
          'limited-time': 'Brys: dim amser i aildrefnu',
          'inappropriate-recipient': 'Y clinigwr i benderfynu',
        },
      },
    },
  },
  {
    id: 'advocate-carer-remote',
    version: 1,
    enabled: true,
    name: 'Advocate or carer: remote slot',
    reason:
      'When an advocate or carer is involved in care, they need to be able to join the appointment, whatever its type.',
    sourceRef: 'RAF categories 001/007; DOMAIN.md s8 (carer / advocate involvement)',
    when: {
      needsAny: ['advocate-or-carer'],
      channels: ['telephone', 'video', 'online'],
    },
    prompt: {
      indicator: 'info',
      summary: 'Advocate or carer involved: check they can join the {channel} appointment',
      detail:
        'Check that the advocate or carer can join at this time and in this way, or offer a slot where they can.',
      suggestions: [
        {
          id: 'carer-can-join',
          label: 'Carer or advocate can join',
          isRecommended: true,
          action: {
            kind: 'record',
            note: 'Carer or advocate can join',
          },
        },
        {
          id: 'face-to-face',
          label: 'Switch to a face-to-face slot',
          action: {
            kind: 'set-channel',
            channel: 'face-to-face',
          },
        },
      ],
      overrideReasons: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'patient-refuses',
          display: 'Patient declined',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'prefers-alternative',
          display: 'Patient prefers this appointment type',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'service-not-available',
          display: 'No face-to-face or interpreter capacity',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'limited-time',
          display: 'Urgent: no time to rearrange',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'inappropriate-recipient',
          display: 'Clinician to decide',
        },
        {
          system: 'urn:equity-prompts:override',
          code: 'carer-will-relay',
          display: 'Carer will relay',
        },
      ],
      responseRequired: false,
    },
    i18n: {
      cy: {
        summary: "Eiriolwr neu ofalwr yn rhan o'r gofal: gwiriwch y gallant ymuno â'r apwyntiad {channel}",
        detail:
          "Gwiriwch y gall yr eiriolwr neu'r gofalwr ymuno ar yr amser hwn ac yn y ffordd hon, neu cynigiwch slot lle gallant.",
        suggestions: {
          'carer-can-join': "Gall y gofalwr neu'r eiriolwr ymuno",
          'face-to-face': 'Newid i slot wyneb yn wyneb',
        },
        overrideReasons: {
          'patient-refuses': 'Gwrthododd y claf',
          'prefers-alternative': "Mae'n well gan y claf y math hwn o apwyntiad",
          'service-not-available': 'Dim capasiti wyneb yn wyneb na dehonglydd',
          'limited-time': 'Brys: dim amser i aildrefnu',
          'inappropriate-recipient': 'Y clinigwr i benderfynu',
          'carer-will-relay': "Bydd y gofalwr yn trosglwyddo'r wybodaeth",
        },
      },
    },
  },
  {
    id: 'longer-appointment',
    version: 1,
    enabled: true,
    name: 'Extended appointment needed',
    reason:
      'The patient has a recorded need for an extended appointment (Requires extended appointment), whatever the appointment type.',
    sourceRef:
      'AIS guidance s11.4.6 (longer appointments); RAF category 008; DOMAIN.md s8 (appointment timing)',
    when: {
      needsAny: ['longer-appointment'],
      channels: ['face-to-face', 'home-visit', 'telephone', 'video', 'online', 'remote'],
    },
    prompt: {
      indicator: 'info',
      summary: 'Extended appointment needed — book a longer slot',
      detail: 'The record asks for an extended appointment. Book a double or longer slot.',
      suggestions: [
        {
          id: 'longer-slot',
          label: 'Book a longer slot',
          isRecommended: true,
          action: {
            kind: 'longer-slot',
          },
        },
        {
          id: 'longer-slot-booked',
          label: 'Longer slot already booked',
          action: {
            kind: 'record',
            note: 'Longer slot already booked',
          },
        },
      ],
      overrideReasons: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'patient-refuses',
          display: 'Patient declined',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'prefers-alternative',
          display: 'Patient prefers this appointment type',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'service-not-available',
          display: 'No face-to-face or interpreter capacity',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'limited-time',
          display: 'Urgent: no time to rearrange',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'inappropriate-recipient',
          display: 'Clinician to decide',
        },
      ],
      responseRequired: false,
    },
    i18n: {
      cy: {
        summary: 'Angen apwyntiad estynedig — trefnwch slot hirach',
        detail: "Mae'r cofnod yn gofyn am apwyntiad estynedig. Trefnwch slot dwbl neu hirach.",
        suggestions: {
          'longer-slot': 'Trefnu slot hirach',
          'longer-slot-booked': "Slot hirach wedi'i drefnu eisoes",
        },
        overrideReasons: {
          'patient-refuses': 'Gwrthododd y claf',
          'prefers-alternative': "Mae'n well gan y claf y math hwn o apwyntiad",
          'service-not-available': 'Dim capasiti wyneb yn wyneb na dehonglydd',
          'limited-time': 'Brys: dim amser i aildrefnu',
          'inappropriate-recipient': 'Y clinigwr i benderfynu',
        },
      },
    },
  },
  {
    id: 'no-voice-calls-telephone',
    version: 1,
    enabled: true,
    name: 'Cannot take voice calls: telephone slot',
    reason:
      'A patient who needs contact by text relay or in writing only cannot take an ordinary voice call. Contact method is separate from consultation mode, but these needs conflict with a telephone consultation.',
    sourceRef: 'RAF category 003 (specific contact method); DOMAIN.md s8 and s9 item 6',
    when: {
      needsAny: ['contact-text-relay', 'contact-written-only'],
      channels: ['telephone'],
    },
    prompt: {
      indicator: 'warning',
      summary: 'Patient cannot take voice calls ({needs}): {channel} slot selected',
      detail:
        'The record says this patient needs contact by text relay or in writing. Offer face-to-face or an online consultation, or make sure the clinician calls through text relay (Relay UK).',
      suggestions: [
        {
          id: 'face-to-face',
          label: 'Switch to a face-to-face slot',
          isRecommended: true,
          action: {
            kind: 'set-channel',
            channel: 'face-to-face',
          },
        },
        {
          id: 'online',
          label: 'Switch to an online consultation',
          action: {
            kind: 'set-channel',
            channel: 'online',
          },
        },
        {
          id: 'text-relay-arranged',
          label: 'Call will use text relay (Relay UK)',
          action: {
            kind: 'record',
            note: 'Call will use text relay (Relay UK)',
          },
        },
      ],
      overrideReasons: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'patient-refuses',
          display: 'Patient declined',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'prefers-alternative',
          display: 'Patient prefers this appointment type',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'service-not-available',
          display: 'No face-to-face or interpreter capacity',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'limited-time',
          display: 'Urgent: no time to rearrange',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'inappropriate-recipient',
          display: 'Clinician to decide',
        },
      ],
      responseRequired: true,
    },
    i18n: {
      cy: {
        summary: "Ni all y claf dderbyn galwadau llais ({needs}): slot {channel} wedi'i ddewis",
        detail:
          "Mae'r cofnod yn dweud bod angen cyswllt drwy gyfnewid testun neu'n ysgrifenedig ar y claf. Cynigiwch wyneb yn wyneb neu ymgynghoriad ar-lein, neu sicrhewch fod y clinigwr yn galw drwy gyfnewid testun (Relay UK).",
        suggestions: {
          'face-to-face': 'Newid i slot wyneb yn wyneb',
          online: 'Newid i ymgynghoriad ar-lein',
          'text-relay-arranged': 'Bydd yr alwad yn defnyddio cyfnewid testun (Relay UK)',
        },
        overrideReasons: {
          'patient-refuses': 'Gwrthododd y claf',
          'prefers-alternative': "Mae'n well gan y claf y math hwn o apwyntiad",
          'service-not-available': 'Dim capasiti wyneb yn wyneb na dehonglydd',
          'limited-time': 'Brys: dim amser i aildrefnu',
          'inappropriate-recipient': 'Y clinigwr i benderfynu',
        },
      },
    },
  },
  {
    id: 'home-visit-surgery',
    version: 1,
    enabled: true,
    name: 'Home visit required: surgery slot',
    reason: 'A housebound patient with a recorded need for home visits cannot attend a surgery appointment.',
    sourceRef:
      'RAF category 009 (Requires home visit appointments); DOMAIN.md s8 (appointment timing / environment)',
    when: {
      needsAny: ['home-visit-required'],
      channels: ['face-to-face'],
    },
    prompt: {
      indicator: 'warning',
      summary: 'Home visit required: {channel} surgery slot selected',
      detail:
        'The record says this patient needs home visits. Book a home visit, or a telephone slot if the clinician agrees.',
      suggestions: [
        {
          id: 'home-visit',
          label: 'Switch to a home visit',
          isRecommended: true,
          action: {
            kind: 'set-channel',
            channel: 'home-visit',
          },
        },
        {
          id: 'telephone',
          label: 'Switch to a telephone slot',
          action: {
            kind: 'set-channel',
            channel: 'telephone',
          },
        },
      ],
      overrideReasons: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'patient-refuses',
          display: 'Patient declined',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'prefers-alternative',
          display: 'Patient prefers this appointment type',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'service-not-available',
          display: 'No face-to-face or interpreter capacity',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'limited-time',
          display: 'Urgent: no time to rearrange',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'inappropriate-recipient',
          display: 'Clinician to decide',
        },
      ],
      responseRequired: true,
    },
    i18n: {
      cy: {
        summary: "Angen ymweliad cartref: slot {channel} yn y feddygfa wedi'i ddewis",
        detail:
          "Mae'r cofnod yn dweud bod angen ymweliadau cartref ar y claf. Trefnwch ymweliad cartref, neu slot ffôn os yw'r clinigwr yn cytuno.",
        suggestions: {
          'home-visit': 'Newid i ymweliad cartref',
          telephone: 'Newid i slot ffôn',
        },
        overrideReasons: {
          'patient-refuses': 'Gwrthododd y claf',
          'prefers-alternative': "Mae'n well gan y claf y math hwn o apwyntiad",
          'service-not-available': 'Dim capasiti wyneb yn wyneb na dehonglydd',
          'limited-time': 'Brys: dim amser i aildrefnu',
          'inappropriate-recipient': 'Y clinigwr i benderfynu',
        },
      },
    },
  },
  {
    id: 'reasonable-adjustment-remote',
    version: 1,
    enabled: true,
    name: 'Reasonable adjustment flag: remote slot',
    reason:
      'A Reasonable Adjustment Flag says the patient needs an adjustment under the Equality Act 2010; the flag detail says which, and it may rule out this appointment type.',
    sourceRef: 'National Reasonable Adjustments Flag (NRAF); DOMAIN.md s4 and s8 (reasonable adjustment)',
    when: {
      needsAny: ['reasonable-adjustment'],
      channels: ['telephone', 'video', 'online'],
    },
    prompt: {
      indicator: 'info',
      summary: 'Reasonable adjustment flag recorded: check what it asks for before booking a {channel} slot',
      detail: 'Open the flag detail in the record and follow the adjustment it lists.',
      suggestions: [
        {
          id: 'flag-checked',
          label: 'Flag checked: adjustment arranged',
          isRecommended: true,
          action: {
            kind: 'record',
            note: 'Flag checked: adjustment arranged',
          },
        },
        {
          id: 'face-to-face',
          label: 'Switch to a face-to-face slot',
          action: {
            kind: 'set-channel',
            channel: 'face-to-face',
          },
        },
      ],
      overrideReasons: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'patient-refuses',
          display: 'Patient declined',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'prefers-alternative',
          display: 'Patient prefers this appointment type',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'service-not-available',
          display: 'No face-to-face or interpreter capacity',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'limited-time',
          display: 'Urgent: no time to rearrange',
        },
        {
          system: 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes',
          code: 'inappropriate-recipient',
          display: 'Clinician to decide',
        },
      ],
      responseRequired: false,
    },
    i18n: {
      cy: {
        summary:
          "Baner addasiad rhesymol wedi'i chofnodi: gwiriwch beth mae'n ei ofyn cyn trefnu slot {channel}",
        detail: "Agorwch fanylion y faner yn y cofnod a dilynwch yr addasiad sydd wedi'i restru.",
        suggestions: {
          'flag-checked': "Baner wedi'i gwirio: addasiad wedi'i drefnu",
          'face-to-face': 'Newid i slot wyneb yn wyneb',
        },
        overrideReasons: {
          'patient-refuses': 'Gwrthododd y claf',
          'prefers-alternative': "Mae'n well gan y claf y math hwn o apwyntiad",
          'service-not-available': 'Dim capasiti wyneb yn wyneb na dehonglydd',
          'limited-time': 'Brys: dim amser i aildrefnu',
          'inappropriate-recipient': 'Y clinigwr i benderfynu',
        },
      },
    },
  },
];
