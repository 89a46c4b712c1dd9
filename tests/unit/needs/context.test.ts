/**
 * Recognition in context (lib/needs/context.ts): a need word raises a need only when it is this
 * patient's current need, not another person's, a job, the premises, family history, a clinical
 * look-alike, an ended need or an unanswered heading.
 */
import { describe, expect, it } from 'vitest';
import { defaultVocabulary, recogniseCodes, recogniseNeeds } from '../../../lib/needs';

const categories = (text: string, year?: number): string[] => [
  ...new Set(
    recogniseNeeds(text, defaultVocabulary(), year === undefined ? {} : { year }).map((m) => m.category),
  ),
];

describe('whose need it is', () => {
  it.each([
    'Daughter uses a wheelchair',
    'Wife registered blind - pt is her main carer',
    'Lives with deaf husband',
    'Family: dementia (mother)',
    "Cares for her mother who has Alzheimer's",
    "Pt's son has a learning disability",
    "Wife's guide dog may come too",
    'Nurse Jones is hard of hearing',
    'Dad is deaf and uses BSL',
  ])('%s raises nothing', (text) => {
    expect(categories(text)).toEqual([]);
  });

  it.each([
    ['Pt is deaf, wife uses BSL', ['hearing-impairment']],
    ['Daughter lives nearby but pt is housebound', ['home-visit-required']],
    ['Son says she has no internet at home', ['no-digital-access']],
    ['Spoke to daughter. Mum has dementia', ['cognitive-impairment']],
    ['Daughter has LPA for health and welfare', ['advocate-or-carer']],
    ['All contact via daughter', ['contact-via-carer']],
    ['Interpreter needed - daughter to arrange', ['interpreter']],
    ['GP home visit requested', ['home-visit-required']],
  ])('%s is the patient’s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});

describe('jobs, services, premises and family history', () => {
  it.each([
    'Retired teacher of the deaf',
    'Volunteer translator',
    'Works as a BSL interpreter',
    'Occupation: dementia nurse',
    'Care home for people with learning disabilities',
    'Guide dog trainer',
    'Dementia Friends champion',
    'Hearing loop tested at reception',
    'Easy read leaflets available at reception',
    'Lift out of order - use the wheelchair access at the back',
    "FH: Alzheimer's, mother",
    'Family history of learning disability',
    'Fam hx: blind grandfather',
  ])('%s raises nothing', (text) => {
    expect(categories(text)).toEqual([]);
  });

  it.each([
    ['Retired, housebound', ['home-visit-required']],
    ['Works shifts, BSL user', ['bsl-interpreter']],
    ['Quiet room please - anxious in waiting room', ['attendance-adjustment']],
    ['Known to the LD team', ['learning-disability']],
    ['PMH: stroke with aphasia', ['communication-support']],
    ['Housebound - building has no lift', ['home-visit-required']],
    ['Key safe installed - housebound', ['home-visit-required']],
    ['Hearing tested 2023, wears hearing aids', ['hearing-impairment']],
  ])('%s is still a need', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});

describe('abbreviations and words that collide with need words', () => {
  it.each([
    'LD 245 U/L',
    'LD: 198',
    'Lipids: HDL 1.2, LDL 3.6, LD 3.1',
    'BSL 6.4 mmol/L',
    'NGT in situ',
    'Insulin TDD 42 units',
    'ECG interp: sinus rhythm',
    'Interpreting results with pt',
    'Results read out to pt',
    "Down's syndrome screening: low chance",
    'Extra time given at last appt',
    'Signer: Dr A Patel',
    'Co-signer: J Smith',
    'Free text only',
    'No calls before 10am',
    'Advocate of the Mediterranean diet',
  ])('%s raises nothing', (text) => {
    expect(categories(text)).toEqual([]);
  });

  it.each([
    ['LD', ['learning-disability']],
    ['LD register 2019', ['learning-disability']],
    ['BSL user', ['bsl-interpreter']],
    ['Contact via NGT', ['contact-text-relay']],
    ['BSL - chronic pain clinic follow-up', ['bsl-interpreter']],
    ['LD - results by letter to carer', ['learning-disability']],
    ['Interp req (Arabic)', ['interpreter']],
    ['Requires third party to read out written information', ['information-verbally']],
  ])('%s is the need', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});

describe('structured, negative, ended and dated answers', () => {
  it.each([
    'Needs interpreter? No',
    'Communication needs: none',
    'Communication needs: see alerts',
    'Communication needs\nNone',
    'Reasonable adjustments\n\nNone recorded',
    'Easy read: not needed',
    'Interpreter offered but pt declined',
    'Removed from dementia register',
    'No longer housebound',
    'Housebound status reviewed - no longer housebound',
    'Previously needed an interpreter',
    'Home visits (2019-2021)',
    'Was housebound after the op in 2020, now mobile',
    'Dementia: not diagnosed',
    'Cyfieithydd: Nac oes',
    'Nid oes angen cyfieithydd',
  ])('%s raises nothing', (text) => {
    expect(categories(text)).toEqual([]);
  });

  it('reads "until" against the current year', () => {
    expect(categories('Housebound until 2023', 2026)).toEqual([]);
    expect(categories('Housebound until March 2027', 2026)).toEqual(['home-visit-required']);
    expect(categories('Interpreter needed until 31/03/2025', 2025)).toEqual(['interpreter']);
  });

  it.each([
    ['Communication needs: BSL interpreter', ['bsl-interpreter']],
    ['Communication needs: Y', ['communication-support']],
    ['Requires support for receptive communication needs', ['communication-support']],
    ['Communication needs\nLearning disability - easy read', ['learning-disability', 'easy-read']],
    ['Cyfieithydd: Oes', ['interpreter']],
    ['Housebound since 2019', ['home-visit-required']],
  ])('%s is the need', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});

describe('bare codes and Welsh phrasings', () => {
  it('recognises every interpreter code of the value set, with its language', () => {
    expect(recogniseCodes('362641000000107')).toMatchObject([
      { category: 'interpreter', language: 'Basque', code: '362641000000107' },
    ]);
    expect(recogniseCodes('972931000000108')[0]?.language).toBe('Norwegian Bokmål');
  });

  it('reads the other adjustments as the reasonable-adjustment umbrella', () => {
    expect(recogniseCodes('231501003')).toMatchObject([{ category: 'reasonable-adjustment' }]);
  });

  it('leaves out codes no remote slot conflicts with', () => {
    expect(recogniseNeeds('795661000000104')).toEqual([]);
    expect(recogniseNeeds('288601001')).toEqual([]);
  });

  it('does not read a relative’s coded need as the patient’s', () => {
    expect(recogniseNeeds('Husband: 415803005')).toEqual([]);
  });

  it.each([
    ['Byddar', ['hearing-impairment']],
    ['Dall cofrestredig', ['sight-impairment']],
    ['Dim rhyngrwyd', ['no-digital-access']],
    ["Caeth i'r tŷ", ['home-visit-required']],
    ['Apwyntiad dwbl', ['longer-appointment']],
    ['Negeseuon testun yn unig', ['contact-written-only']],
    ['Defnyddiwr cadair olwyn', ['attendance-adjustment']],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});
