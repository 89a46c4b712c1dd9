/**
 * More real-world phrasings as receptionists and patients write them in alerts and notes: mixed
 * case, abbreviations, typos, run-on notes and negations. Extends the table in recognise.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { recogniseNeeds } from '../../../lib/needs';

const categories = (text: string): string[] =>
  [...new Set(recogniseNeeds(text).map((m) => m.category))].sort();

describe('recogniseNeeds: further phrasings', () => {
  it.each([
    ['INTERPRETER NEEDED', ['interpreter']],
    ['interpreter needed (polish)', ['interpreter']],
    ['Needs Polish interpreter for all appts', ['interpreter']],
    ['Pt requires Arabic interpreter - book via DA Languages', ['interpreter']],
    ['Interpreter: Kurdish Sorani', ['interpreter']],
    ['Main language: Polish, interpreter required', ['interpreter']],
    ['Please book a Portuguese interpreter', ['interpreter']],
    ['Tigrinya speaker - needs interpreter', ['interpreter']],
    ['BSL interpreter required', ['bsl-interpreter']],
    ['Profoundly deaf, uses BSL', ['bsl-interpreter', 'hearing-impairment']],
    ['Sign language interpreter needed', ['bsl-interpreter']],
    ['Needs info in easy read format', ['easy-read']],
    ['EASY READ', ['easy-read']],
    ['Large print letters please', ['large-print']],
    ['Requires written information in at least 20 point sans serif font', ['large-print']],
    ['Partially sighted', ['sight-impairment']],
    ['Registered blind, has a guide dog', ['sight-impairment']],
    ['Hard of hearing - speak clearly', ['hearing-impairment']],
    ['Wears hearing aids', ['hearing-impairment']],
    ['Deafblind - uses hands-on signing', ['deafblind']],
    ['Has aphasia after stroke', ['communication-support']],
    ['Uses an AAC device', ['communication-support']],
    ['Learning disability', ['learning-disability']],
    ['Has dementia', ['cognitive-impairment']],
    ['Needs an advocate', ['advocate-or-carer']],
    ['Carer to attend all appointments', ['advocate-or-carer']],
    ['Double appointment needed', ['longer-appointment']],
    ['Housebound', ['home-visit-required']],
    ['No smartphone', ['no-digital-access']],
    ['Has no email address', ['no-digital-access']],
    ['Cannot use video calls', ['no-digital-access']],
    ['Contact via text relay only', ['contact-text-relay']],
    ['Reasonable adjustment flag', ['reasonable-adjustment']],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});

describe('recogniseNeeds: further negations and non-needs', () => {
  it.each([
    'Interpreter not needed',
    'No interpreter needed - speaks good English',
    'Interpreter: no',
    'Interpreter required: N',
    'Interpreter needed? N/A',
    'Does not require easy read',
    'Easy read: No',
    'No hearing problems',
    'Main language: English',
    'Allergies: penicillin',
    'Prefers morning appointments',
    'BP check due',
    'Email confirmed',
  ])('%s raises nothing', (text) => {
    expect(categories(text)).toEqual([]);
  });
});
