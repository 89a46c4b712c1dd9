import { it } from 'vitest';
import { recogniseNeeds } from '../../../lib/needs';
const cases = [
  'Interpreter booked', 'Interpreter: Polish (booked via LanguageLine)', 'Patient declined interpreter, family member translating',
  'Needs interpreter: yes', 'Requires Interpreter = TRUE', 'Hearing: Good', 'Vision: Partially sighted', 'Carer: None', 'Advocate: none',
  'Housebound: No', 'LD: N', 'Learning disability: Mild', 'Interpreter: Arabic / French', 'Requires an interpreter in Tigrinya',
  'No English - Tigrinya speaker', 'Deaf (BSL) - book interpreter', 'BSL interpreter and Polish interpreter', 'No interpreter needed - speaks good English',
  'Interpreter needed for mum (Bengali)', 'Deaf - text only, no calls', 'Call mobile only', 'Telephone appointments not suitable',
  'Video appointments: not suitable', 'Prefers female GP', 'Interpreter: Urdu/Punjabi', 'Language: Polish\nInterpreter: No',
  'Pt speaks Polish. Interpreter needed.', 'Needs longer appointment due to LD', 'Requires extended appointment (1108171000000102)',
  'Carer: daughter Jane 07700 900000', 'Seen with interpreter last time', 'Interpreter used: Polish',
  'LD annual health check', 'Patient is deaf and uses BSL; needs interpreter', 'No deaf', 'VI', 'Ms Smith', 'Hi there',
  'Flags: NRAF', 'RAF veteran', 'hearing aid user - no loop needed', 'Interpreter required: no (wife interprets)', 'Needs interpreter?: N',
  'Accessible info: Easy read + large print', 'Do not send SMS', 'No SMS', 'Blind spot on MRI', 'Double blind trial participant',
];
it('scratch', () => {
  for (const c of cases) console.log(JSON.stringify(c), '=>', JSON.stringify(recogniseNeeds(c).map((m) => [m.category, m.language].filter(Boolean).join('|'))));
});
