import { it } from 'vitest';
import { recogniseNeeds } from '../../../lib/needs';
import { recogniseChannel } from '../../../lib/channel';

const cases = [
  'Interpreter needed - Polish', 'Interpreter: Polish', 'needs Urdu interpreter', 'Polish interpreter required',
  'Interp req (Arabic)', 'no interpreter required', 'Interpreter: N', 'Interpreter: No', 'Interpreter needed? No',
  'Interpreter: not required', 'does not need easy read', 'interpreter - none', 'Easy read: N', 'no need for BSL',
  "doesn't require an interpreter", 'No digital access', 'no internet', 'no smartphone', "can't do video", 'no email',
  'Interpreter: pl', 'Interpreter: ur', 'Main language: English', 'Main language: Polish, interpreter required',
  'Interpreter: English', 'Deaf BSL user', 'BSL - no phone calls', 'Interpreter: No Easy read: Y', 'Interpreter (Y/N): Y',
  'Interpreter:', 'Interpreter: BSL', 'No interpreter.\nBSL user', 'No interpreter, BSL user', 'Phone no: 0123 456',
  'Alerts: LD register; carer to attend; double appointment', 'Hard of hearing - lip reads. Hearing loop.',
  '204331000000107', 'Polish language interpreter needed (203901000000102)', 'no BSL or interpreter', 'Interpreter: no English',
  'Interpreter: Polish - not required', 'Registered blind, guide dog', 'Colour blind', 'Language: Polish\nInterpreter required',
];
it('scratch', () => {
  for (const c of cases) console.log(JSON.stringify(c), '=>', JSON.stringify(recogniseNeeds(c).map((m) => [m.category, m.evidence, m.language, m.code].filter(Boolean).join('|'))));
  for (const c of ['TC - 10 min', 'GP appointment - face to face', 'Face to Face (Home Visit)', 'Video with Audio', 'Telephone/Audio', 'Written (Including Online)', 'Scheduled', 'WalkIn', 'Walk In', 'Virtual', 'TeleHealth', 'Telephone clinic', 'Telephone or face to face', 'eConsult', 'In-person', 'T/C', 'Telephone/Video', 'Non-F2F'])
    console.log(JSON.stringify(c), '=>', JSON.stringify(recogniseChannel(c)));
});
