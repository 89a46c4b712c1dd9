import { describe, expect, it } from 'vitest';
import { screenEvents } from '../../../lib/privacy/events';
import { COMMENT_MAX, isValidNhsNumber, SCREEN_MARKERS, screenText } from '../../../lib/privacy/screen';
import { looksLikeIdentifier, scrubErrorText, scrubPageAddress } from '../../../lib/privacy/url';

const NHS = SCREEN_MARKERS['nhs-number'];
const DATE = SCREEN_MARKERS.date;
const PHONE = SCREEN_MARKERS.phone;

describe('NHS number check digit', () => {
  it.each(['9434765919', '4010232137', '9990001235'])('%s is valid', (n) => {
    expect(isValidNhsNumber(n)).toBe(true);
  });
  it.each(['9434765918', '1234567890', '943476591', 'abcdefghij'])('%s is not', (n) => {
    expect(isValidNhsNumber(n)).toBe(false);
  });
});

describe('screenText', () => {
  it.each([
    ['pt 943 476 5919 wants phone', `pt ${NHS} wants phone`, ['nhs-number']],
    ['pt 9434765919 wants phone', `pt ${NHS} wants phone`, ['nhs-number']],
    ['NHS no. 943-476-5919.', `NHS no. ${NHS}.`, ['nhs-number']],
    ['DOB 12/03/1984', `DOB ${DATE}`, ['date']],
    ['born 1-3-84 per carer', `born ${DATE} per carer`, ['date']],
    ['dob 1984-03-12', `dob ${DATE}`, ['date']],
    ['born 12th March 1984', `born ${DATE}`, ['date']],
    ['born March 12, 1984', `born ${DATE}`, ['date']],
    ['ganwyd 3 Ionawr 1990', `ganwyd ${DATE}`, ['date']],
    ['call 07700 900123', `call ${PHONE}`, ['phone']],
    ['call 07700900123 after 3', `call ${PHONE} after 3`, ['phone']],
    ['ring 020 7946 0018', `ring ${PHONE}`, ['phone']],
    ['ring (0161) 496 0000', `ring ${PHONE}`, ['phone']],
    ['ring +44 7700 900123', `ring ${PHONE}`, ['phone']],
    ['ring +44 (0)20 7946 0018!', `ring ${PHONE}!`, ['phone']],
    ['mob 07700-900-123', `mob ${PHONE}`, ['phone']],
  ])('%j -> %j', (input, text, removed) => {
    expect(screenText(input)).toEqual({ text, removed });
  });

  it('names each kind once, in the order found', () => {
    const result = screenText('9434765919 dob 01/02/1950 tel 07700 900123 or 07700 900456 nhs 4010232137');
    expect(result.removed).toEqual(['nhs-number', 'date', 'phone']);
    expect(result.text).toBe(`${NHS} dob ${DATE} tel ${PHONE} or ${PHONE} nhs ${NHS}`);
  });

  it.each([
    'Patient prefers telephone',
    'interpreter booked for 10 minutes, 2 people',
    'slot 3 of 12',
    'ten digits that fail the check: 1234567890',
    'room 101, ext 4455',
    'prefers after 3pm',
  ])('leaves %j alone', (input) => {
    expect(screenText(input)).toEqual({ text: input, removed: [] });
  });
});

describe('screenEvents (the background screens whatever wrote the event)', () => {
  const flag = (userComment: unknown) => ({
    id: 'f1',
    type: 'flag',
    overrideReason: { reason: { code: 'x', display: 'X' }, userComment },
  });

  it('screens a flag event comment and says which event changed, without touching the input', () => {
    const input = [flag('nhs 943 476 5919'), { id: 'b', type: 'booking' }, 'junk', null];
    const result = screenEvents(input);
    expect(result.events[0]).toMatchObject({ overrideReason: { userComment: `nhs ${NHS}` } });
    expect(result.events.slice(1)).toEqual(input.slice(1));
    expect(result.changed).toEqual([{ id: 'f1', removed: ['nhs-number'] }]);
    expect(input[0]).toEqual(flag('nhs 943 476 5919'));
  });

  it('keeps a screened comment within the length the log accepts', () => {
    const comment = '1/1/11 '.repeat(70).slice(0, COMMENT_MAX);
    const result = screenEvents([flag(comment)]);
    const out = (result.events[0] as { overrideReason: { userComment: string } }).overrideReason.userComment;
    expect(out.length).toBeLessThanOrEqual(COMMENT_MAX);
    expect(out).not.toMatch(/1\/1\/11/);
  });
});

describe('error report addresses and messages', () => {
  it.each([
    ['https://gp.example.nhs.uk/book?nhs=9434765919&dob=1984-03-12#top', 'https://gp.example.nhs.uk/book'],
    [
      'https://gp.example.nhs.uk/patients/9434765919/appointments/new',
      'https://gp.example.nhs.uk/patients/:id/appointments/new',
    ],
    [
      'https://gp.example.nhs.uk/patients/943%20476%205919/book',
      'https://gp.example.nhs.uk/patients/:id/book',
    ],
    ['https://emr.example/p/3f2504e0-4f89-11d3-9a0c-0305e82c3301/slot', 'https://emr.example/p/:id/slot'],
    ['https://emr.example/record/000123456', 'https://emr.example/record/:id'],
    ['https://emr.example/s/a8F3kQ92mZp01xYt7', 'https://emr.example/s/:id'],
    [
      'https://emr.example/openemr/interface/main/calendar/add_edit_event.php',
      'https://emr.example/openemr/interface/main/calendar/add_edit_event.php',
    ],
    ['http://127.0.0.1:4173/gp-form/v2/index.html', 'http://127.0.0.1:4173/gp-form/v2/index.html'],
    ['not a url ?nhs=9434765919', 'not a url '],
    ['data:text/html,<b>9434765919</b>', 'data:'],
  ])('%s -> %s', (input, expected) => {
    expect(scrubPageAddress(input)).toBe(expected);
  });

  it('keeps ordinary words and short numbers in a path', () => {
    expect(looksLikeIdentifier('appointments')).toBe(false);
    expect(looksLikeIdentifier('v2')).toBe(false);
    expect(looksLikeIdentifier('2025')).toBe(false);
    expect(looksLikeIdentifier('12345678')).toBe(true);
  });

  it('scrubs addresses and identifiers inside a message', () => {
    expect(
      scrubErrorText(
        'Failed to read https://gp.example/p/9434765919?x=1 for patient 943 476 5919, ref 123456789012',
      ),
    ).toBe(`Failed to read https://gp.example/p/:id for patient ${NHS}, ref :id`);
  });
});
