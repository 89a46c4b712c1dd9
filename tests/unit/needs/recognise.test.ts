import { describe, expect, it } from 'vitest';
import { MAX_EVIDENCE, MAX_MATCHES, recogniseCodes, recogniseNeeds } from '../../../lib/needs';

/** "category" or "category:Language", in order of appearance. */
const summary = (text: string): string[] =>
  recogniseNeeds(text).map((m) => (m.language === undefined ? m.category : `${m.category}:${m.language}`));

describe('recogniseNeeds: positive forms', () => {
  it.each([
    ['Interpreter needed - Polish', ['interpreter:Polish']],
    ['Interpreter: Polish', ['interpreter:Polish']],
    ['needs Urdu interpreter', ['interpreter:Urdu']],
    ['Polish interpreter required', ['interpreter:Polish']],
    ['Interp req (Arabic)', ['interpreter:Arabic']],
    ['INTERPRETER REQUIRED – TIGRINYA', ['interpreter:Tigrinya']],
    ['Pt needs a translator', ['interpreter']],
    ['Interpreter needed', ['interpreter']],
    ['Interpreter required: Yes (Farsi)', ['interpreter:Farsi']],
    ['Interpreter (Y/N): Y', ['interpreter']],
    ['Interpreter needed? Yes - Romanian', ['interpreter:Romanian']],
    ['Punjabi language interpreter needed', ['interpreter:Panjabi']],
    ['Sylheti interpreter please, face to face', ['interpreter:Sylheti']],
    ['Use LanguageLine (Somali)', ['interpreter:Somali']],
    ['Limited English - Bengali speaker', ['interpreter:Bengali']],
    ['Does not speak English', ['interpreter']],
    ['BSL', ['bsl-interpreter']],
    ['British Sign Language', ['bsl-interpreter']],
    ['Deaf BSL user', ['bsl-interpreter']],
    ['BSL interpreter needed for all appointments', ['bsl-interpreter']],
    ['Uses sign language', ['bsl-interpreter']],
    ['Makaton', ['bsl-interpreter']],
    ['Requires information in Easyread', ['easy-read']],
    ['easy-read', ['easy-read']],
    ['Easy Read letters', ['easy-read']],
    ['LD register', ['learning-disability']],
    ['Learning disability - annual health check due', ['learning-disability']],
    ['On the learning disabilities register', ['learning-disability']],
    ['Large print', ['large-print']],
    ['Letters in 24 point font', ['large-print']],
    ['Braille (Grade 2)', ['braille']],
    ['Hard of hearing', ['hearing-impairment']],
    ['HoH', ['hearing-impairment']],
    ['Lip reads', ['hearing-impairment']],
    ['Hearing loop', ['hearing-impairment']],
    ['Wears hearing aids', ['hearing-impairment']],
    ['deaf in left ear', ['hearing-impairment']],
    ['Deafblind', ['deafblind']],
    ['Deaf-blind', ['deafblind']],
    ['Hands-on signing', ['deafblind']],
    ['Uses deafblind manual alphabet', ['deafblind']],
    ['Aphasia following stroke', ['communication-support']],
    ['AAC user', ['communication-support']],
    ['Non-verbal', ['communication-support']],
    ['Advocate', ['advocate-or-carer']],
    ['Carer to attend all appointments', ['advocate-or-carer']],
    ['Daughter has LPA for health and welfare', ['advocate-or-carer']],
    ['Double appointment', ['longer-appointment']],
    ['Extended appointment', ['longer-appointment']],
    ['Needs double appt', ['longer-appointment']],
    ['Housebound', ['home-visit-required']],
    ['Home visit', ['home-visit-required']],
    ['Requires home visits', ['home-visit-required']],
    ['Text relay', ['contact-text-relay']],
    ['Contact via Relay UK', ['contact-text-relay']],
    ['SMS only', ['contact-written-only']],
    ['No phone calls', ['contact-written-only']],
    ['Do not phone', ['contact-written-only']],
    ['Telephone: N', ['contact-written-only']],
    ['Contact via carer', ['contact-via-carer']],
    ['All contact via daughter', ['contact-via-carer']],
    ['RA flag', ['reasonable-adjustment']],
    ['Reasonable adjustment: see notes', ['reasonable-adjustment']],
    ['Reasonable adjustments flag', ['reasonable-adjustment']],
    ['Wheelchair user', ['attendance-adjustment']],
    ['Step-free access needed', ['attendance-adjustment']],
    ['Blind', ['sight-impairment']],
    ['Registered blind', ['sight-impairment']],
    ['Partially sighted', ['sight-impairment']],
    ['Guide dog', ['sight-impairment']],
    ['Dementia', ['cognitive-impairment']],
    ['Memory problems', ['cognitive-impairment']],
    ["Alzheimer's disease", ['cognitive-impairment']],
    ['Needs information verbally', ['information-verbally']],
    ['Cannot read or write', ['information-verbally']],
    ['Audio CD of letters', ['audio']],
    ['Welsh speaker - cyfieithydd', ['interpreter:Welsh']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('recogniseNeeds: no digital access (the absence is the need)', () => {
  it.each([
    ['No digital access', ['no-digital-access']],
    ['no internet', ['no-digital-access']],
    ['No smartphone', ['no-digital-access']],
    ["can't do video", ['no-digital-access']],
    ['Can’t do video calls', ['no-digital-access']],
    ['no email', ['no-digital-access']],
    ['Does not have a smartphone', ['no-digital-access']],
    ['Unable to use video', ['no-digital-access']],
    ['Has no access to the internet', ['no-digital-access']],
    ['Internet access: No', ['no-digital-access']],
    ['Smartphone: N', ['no-digital-access']],
    ['Digitally excluded', ['no-digital-access']],
    ['Landline only', ['no-digital-access']],
    ['No smartphone or internet', ['no-digital-access']],
    ["Doesn't know how to use the internet", ['no-digital-access']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    'Has a smartphone',
    'Internet access: Yes',
    'Email: jane@example.com',
    'Video consultation offered',
    'Not digitally excluded',
    'Email address on file',
  ])('%s raises nothing', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('recogniseNeeds: negation and absence raise nothing', () => {
  it.each([
    'no interpreter required',
    'No interpreter needed',
    'Interpreter: N',
    'Interpreter: No',
    'Interpreter: no',
    'Interpreter needed? No',
    'Interpreter: not required',
    'Interpreter not needed',
    'does not need easy read',
    'interpreter - none',
    'Interpreter – None',
    'Easy read: N',
    'no need for BSL',
    "doesn't require an interpreter",
    'Doesn’t require easy read',
    'Does not require an interpreter',
    'Interpreter required: N/A',
    'Interpreter: NR',
    'Interpreter: false',
    'Interpreter declined',
    'Interpreter: Polish - not required',
    'No longer needs an interpreter',
    'Not on LD register',
    'No learning disability',
    'Not hard of hearing',
    'Without interpreter',
    'no BSL or interpreter',
    'BSL: N',
    'Deaf: No',
    'Large print: not needed',
    'Reasonable adjustment: none',
    'Hearing loop? no',
    'Interpreter (Y/N): N',
    'Interpreter needed (yes/no): no',
    'Dim cyfieithydd',
  ])('%s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('recogniseNeeds: labels without a value, unknown values and look-alikes', () => {
  it.each([
    'Interpreter:',
    'Interpreter needed?',
    'Interpreter: Y/N',
    'Interpreter: unknown',
    'Interpreter: not recorded',
    'Interpreter: ?',
    'Main language: English',
    'Main language: Polish',
    'Polish',
    'Polish speaker',
    'Interpreter: English',
    'English interpreter',
    'Interpreter: en',
    'Colour blind',
    'Phone no: 01632 960000',
    'Telephone number: 01632 960000',
    'Seen by HV last week',
    'Registered with the practice in 2019',
  ])('%s', (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe('recogniseNeeds: languages', () => {
  it.each([
    ['Interpreter: pl', 'Polish'],
    ['Interpreter: ur', 'Urdu'],
    ['Interpreter: PT', 'Portuguese'],
    ['Interpreter (ara)', 'Arabic'],
    ['Interpreter: ti', 'Tigrinya'],
    ['Main language: Polish, interpreter required', 'Polish'],
    ['Speaks Kurdish (Sorani) - interpreter needed', 'Kurdish'],
    ['Interpreter needed: Mandarin', 'Mandarin'],
    ['Interpreter needed: Cantonese', 'Cantonese'],
    ['Pahari Pothwari interpreter', 'Pahari'],
    ['Scottish Gaelic interpreter', 'Scottish Gaelic'],
    ['Interpreter - Brazilian Portuguese', 'Portuguese'],
    ['Speaks English and Polish; interpreter needed for consent', undefined],
    ['Interpreter needed. Main language: Farsi', 'Farsi'],
  ])('%s → %s', (text, language) => {
    const [first] = recogniseNeeds(text);
    expect(first?.category).toBe('interpreter');
    expect(first?.language).toBe(language);
  });

  it('takes the language from a "Language:" field on another line', () => {
    const found = recogniseNeeds('Main language: Romanian\nAlerts: interpreter required');
    expect(found).toMatchObject([
      { category: 'interpreter', language: 'Romanian', evidence: 'Alerts: interpreter required' },
    ]);
  });

  it('does not read a two-letter word as a language code unless it is the whole value', () => {
    expect(recogniseNeeds('Interpreter: so she can understand')[0]?.language).toBeUndefined();
    expect(recogniseNeeds('Interpreter: so')[0]?.language).toBe('Somali');
  });

  it('maps language to the RA-FlagCode concept, or the generic interpreter code', () => {
    expect(recogniseNeeds('Polish interpreter')[0]?.code).toBe('203901000000102');
    expect(recogniseNeeds('Interpreter needed')[0]?.code).toBe('315594003');
    expect(recogniseNeeds('Interpreter: Dari')[0]).toMatchObject({ language: 'Dari', code: '315594003' });
  });

  it('treats "Interpreter: BSL" as a sign-language need only', () => {
    expect(summary('Interpreter: BSL')).toEqual(['bsl-interpreter']);
    expect(summary('Interpreter needed (British Sign Language)')).toEqual(['bsl-interpreter']);
  });
});

describe('recogniseNeeds: codes', () => {
  it('recognises a SNOMED id as a finding with the code', () => {
    expect(recogniseNeeds('Flag: 204331000000107')).toMatchObject([
      { category: 'bsl-interpreter', code: '204331000000107' },
    ]);
  });

  it('maps a language interpreter code to its language', () => {
    expect(recogniseNeeds('203311000000101')).toMatchObject([
      { category: 'interpreter', language: 'Arabic', code: '203311000000101' },
    ]);
  });

  it('merges the code into the keyword finding for the same line', () => {
    const found = recogniseNeeds('British Sign Language interpreter needed (204331000000107)');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ category: 'bsl-interpreter', code: '204331000000107' });
  });

  it('ignores digits that merely contain a code', () => {
    expect(recogniseNeeds('Ref 12043310000001079')).toEqual([]);
    expect(recogniseNeeds('x204331000000107')).toEqual([]);
  });

  it('recogniseCodes returns only the code findings', () => {
    const text = 'Deaf BSL user\nRA: 1108111000000107\nLarge print';
    expect(recogniseCodes(text)).toMatchObject([
      { category: 'reasonable-adjustment', code: '1108111000000107' },
    ]);
  });

  it('has no national code for digital exclusion', () => {
    expect(recogniseNeeds('No internet')[0]?.code).toBeUndefined();
  });

  it('does not treat the English interpreter code as a need', () => {
    expect(recogniseNeeds('343671000000102')).toEqual([]);
  });
});

describe('recogniseNeeds: clauses, order and evidence', () => {
  it('keeps negation inside its line', () => {
    expect(summary('No interpreter\nBSL user')).toEqual(['bsl-interpreter']);
    expect(summary('No interpreter. BSL user.')).toEqual(['bsl-interpreter']);
    expect(summary('No interpreter; large print')).toEqual(['large-print']);
    expect(summary('No interpreter, BSL user')).toEqual(['bsl-interpreter']);
    expect(summary('No interpreter but uses BSL')).toEqual(['bsl-interpreter']);
  });

  it('reads field lists on one line', () => {
    expect(summary('Interpreter: N  Easy read: Y  BSL: N')).toEqual(['easy-read']);
    expect(summary('Interpreter: No Easy read: Y')).toEqual(['easy-read']);
    expect(summary('Interpreter: Y, Language: Polish, Large print: N')).toEqual(['interpreter:Polish']);
  });

  it('treats a label whose value is another need as a heading', () => {
    expect(summary('Communication support: Requires lipspeaker')).toEqual(['hearing-impairment']);
    expect(summary('Reasonable adjustment: wheelchair user')).toEqual(['attendance-adjustment']);
    expect(summary('Reasonable adjustment: see notes')).toEqual(['reasonable-adjustment']);
  });

  it('lets a "no" after a dash negate what follows, not what came before', () => {
    expect(summary('BSL - no phone calls')).toEqual(['bsl-interpreter', 'contact-written-only']);
    expect(summary('Interpreter: no English')).toEqual(['interpreter']);
  });

  it('returns findings in order of appearance with the line as evidence', () => {
    const text = [
      'ALERTS',
      '• Interpreter needed - Polish',
      '• Reasonable adjustment: Easy read letters',
      '• Housebound – home visits only',
    ].join('\n');
    expect(recogniseNeeds(text).map((m) => [m.category, m.evidence])).toEqual([
      ['interpreter', 'Interpreter needed - Polish'],
      ['easy-read', 'Reasonable adjustment: Easy read letters'],
      ['home-visit-required', 'Housebound – home visits only'],
    ]);
  });

  it('gives offsets of the recognised words', () => {
    const text = 'Notes: patient is HoH.';
    const [m] = recogniseNeeds(text);
    expect(m && text.slice(m.start, m.end)).toBe('HoH');
  });

  it('keeps one finding per category and evidence', () => {
    const text = 'Interpreter needed - Polish\nInterpreter needed - Polish\ninterpreter needed (Polish)';
    expect(recogniseNeeds(text).map((m) => m.evidence)).toEqual([
      'Interpreter needed - Polish',
      'interpreter needed (Polish)',
    ]);
  });

  it('collapses whitespace and caps evidence length', () => {
    expect(recogniseNeeds('Interpreter\t needed  -   Polish')[0]?.evidence).toBe(
      'Interpreter needed - Polish',
    );
    const long = `${'lorem ipsum '.repeat(100)}needs BSL interpreter ${'dolor sit '.repeat(100)}`;
    const [m] = recogniseNeeds(long);
    expect(m?.category).toBe('bsl-interpreter');
    expect(m?.evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE);
    expect(m?.evidence).toContain('needs BSL interpreter');
  });

  it('is case-insensitive and tolerates punctuation', () => {
    expect(summary('*** EASY READ ***')).toEqual(['easy-read']);
    expect(summary('interpreter:polish')).toEqual(['interpreter:Polish']);
    expect(summary('(bsl)')).toEqual(['bsl-interpreter']);
  });

  it('caps the number of findings', () => {
    const text = Array.from({ length: 500 }, (_, i) => `Line ${i}: interpreter needed`).join('\n');
    expect(recogniseNeeds(text)).toHaveLength(MAX_MATCHES);
  });

  it('returns nothing for empty or non-string input', () => {
    expect(recogniseNeeds('')).toEqual([]);
    expect(recogniseNeeds(undefined as unknown as string)).toEqual([]);
  });
});

describe('recogniseNeeds: real-looking records', () => {
  it('reads an OpenEMR-style demographics block', () => {
    const text = 'Language: Polish\nEthnicity: White Other\nInterpreter needed?: Yes\nFamily size: 3';
    expect(summary(text)).toEqual(['interpreter:Polish']);
  });

  it('reads a patient banner with several alerts', () => {
    const text =
      'Mrs A Patient | DOB 01-Jan-1950 | NHS 999 999 9999 | ALERTS: Deaf - BSL user; Needs double appt; Housebound';
    expect(summary(text)).toEqual([
      'hearing-impairment',
      'bsl-interpreter',
      'longer-appointment',
      'home-visit-required',
    ]);
  });

  it('reads an AIS flag panel', () => {
    const text = [
      'Accessible Information Standard',
      'Communication support: Requires lipspeaker',
      'Information format: Large print (20 point)',
      'Contact method: Text relay',
      'Communication professional: none',
    ].join('\n');
    expect(summary(text)).toEqual(['hearing-impairment', 'large-print', 'contact-text-relay']);
  });

  it('reads a free-text note', () => {
    const text =
      'Spoke to daughter. Mum has dementia and no smartphone, so cannot do video. Please book face to face with carer present.';
    expect(summary(text)).toEqual(['cognitive-impairment', 'no-digital-access', 'advocate-or-carer']);
  });
});
