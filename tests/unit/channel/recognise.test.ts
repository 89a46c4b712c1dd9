import { describe, expect, it } from 'vitest';
import {
  CHANNEL_LABELS,
  ChannelMapping,
  combineChannels,
  isRemote,
  MAX_CHANNEL_EVIDENCE,
  recogniseChannel,
  SYSTEM_CHANNEL_WORDS,
} from '../../../lib/channel';
import { CHANNELS, type Channel } from '../../../lib/model';
import { describeGrowth, growth, LINEAR_BOUND } from '../growth';

const channelOf = (text: string, mapping?: ChannelMapping): Channel =>
  recogniseChannel(text, mapping).channel;

describe('recogniseChannel: GPAD labels and UK Core codes', () => {
  it.each<[string, Channel]>([
    ['Face to Face (Surgery)', 'face-to-face'],
    ['Face to Face (Home Visit)', 'home-visit'],
    ['Written (Including Online)', 'online'],
    ['Telephone/Audio', 'telephone'],
    ['Video with Audio', 'video'],
    ['In-person', 'face-to-face'],
    ['Telephone', 'telephone'],
    ['Video', 'video'],
  ])('%s → %s', (text, channel) => {
    expect(channelOf(text)).toBe(channel);
  });
});

describe('recogniseChannel: local slot types and abbreviations', () => {
  it.each<[string, Channel]>([
    ['F2F', 'face-to-face'],
    ['FTF 15 mins', 'face-to-face'],
    ['GP appointment - face to face', 'face-to-face'],
    ['Face-to-face consultation with Dr X', 'face-to-face'],
    ['in person', 'face-to-face'],
    ['Surgery', 'face-to-face'],
    ['Baby clinic', 'face-to-face'],
    ['Walk In', 'face-to-face'],
    ['WalkIn', 'face-to-face'],
    ['Walk-in centre', 'face-to-face'],
    ['HV', 'home-visit'],
    ['Home visit - duty doctor', 'home-visit'],
    ['Domiciliary visit', 'home-visit'],
    ['tel', 'telephone'],
    ['Tel appt', 'telephone'],
    ['TEL_10', 'telephone'],
    ['phone', 'telephone'],
    ['Telephone consultation', 'telephone'],
    ['T/C', 'telephone'],
    ['TC', 'telephone'],
    ['TC - 10 min', 'telephone'],
    ['Call back', 'telephone'],
    ['Callback request', 'telephone'],
    ['Audio only', 'telephone'],
    ['Telephone clinic', 'telephone'],
    ['Phone surgery', 'telephone'],
    ['video', 'video'],
    ['VC', 'video'],
    ['Video call', 'video'],
    ['Video consultation (Accurx)', 'video'],
    ['Attend Anywhere', 'video'],
    ['Accurx video', 'video'],
    ['Video clinic', 'video'],
    ['eConsult', 'online'],
    ['e-consult', 'online'],
    ['E-Consultation', 'online'],
    ['Online consultation', 'online'],
    ['online', 'online'],
    ['written', 'online'],
    ['Message', 'online'],
    ['Virtual', 'remote'],
    ['TeleHealth', 'remote'],
    ['telehealth', 'remote'],
    ['Teleconsultation', 'remote'],
    ['Remote consultation', 'remote'],
    ['Non-F2F', 'remote'],
    ['Not face to face', 'remote'],
    ['Telephone or video', 'remote'],
    ['Remote - telephone', 'telephone'],
    ['Virtual (video)', 'video'],
    ['Wyneb yn wyneb', 'face-to-face'],
    ['Ffôn', 'telephone'],
  ])('%s → %s', (text, channel) => {
    expect(channelOf(text)).toBe(channel);
  });
});

describe('recogniseChannel: unknown rather than a guess', () => {
  it.each([
    '',
    '   ',
    'Scheduled',
    'General GP Appointment',
    'NHS Health Check',
    '10:30 Dr Smith',
    'Routine',
    'Telephone or face to face',
    'F2F/Tel',
    'Face to face (if unable, phone)',
    'Online or telephone',
    'Video or face to face',
    '***',
    'Teams meeting room',
    'No video',
  ])('%j', (text) => {
    expect(channelOf(text)).toBe('unknown');
  });

  it('ignores a negated channel word', () => {
    expect(channelOf('Telephone (no video)')).toBe('telephone');
    expect(channelOf('Face to face - not video')).toBe('face-to-face');
  });

  it('lets a strong word win over a weak one', () => {
    expect(channelOf('Surgery - video')).toBe('video');
    expect(channelOf('Telephone message')).toBe('telephone');
  });
});

describe('recogniseChannel: manager mapping', () => {
  const mapping: ChannelMapping = [
    { label: 'Duty slot', channel: 'telephone' },
    { label: 'Nurse clinic', channel: 'face-to-face' },
    { label: 'Nurse clinic video', channel: 'video' },
    { label: 'Blue', channel: 'video' },
    { label: 'Green', channel: 'face-to-face' },
  ];

  it('matches an exact label first, whatever case and punctuation', () => {
    expect(channelOf('Duty slot', mapping)).toBe('telephone');
    expect(channelOf('  DUTY-SLOT ', mapping)).toBe('telephone');
    expect(channelOf('Nurse clinic', mapping)).toBe('face-to-face');
  });

  it('then the longest label contained in the text', () => {
    expect(channelOf('Nurse clinic video 10:30', mapping)).toBe('video');
    expect(channelOf('10:30 Duty slot (Dr A)', mapping)).toBe('telephone');
  });

  it('overrides the generic words', () => {
    expect(channelOf('Surgery duty slot', mapping)).toBe('telephone');
  });

  it('is unknown when two confirmed labels of equal length disagree', () => {
    expect(channelOf('Blue / Green', mapping)).toBe('unknown');
  });

  it('falls back to the generic words when no label matches', () => {
    expect(channelOf('TC', mapping)).toBe('telephone');
  });

  it('matches labels as whole words only', () => {
    expect(channelOf('Bluebell ward', mapping)).toBe('unknown');
  });

  it('validates mapping data with zod', () => {
    expect(ChannelMapping.safeParse(mapping).success).toBe(true);
    expect(ChannelMapping.safeParse([{ label: '', channel: 'video' }]).success).toBe(false);
    expect(ChannelMapping.safeParse([{ label: 'x', channel: 'carrier pigeon' }]).success).toBe(false);
    expect(ChannelMapping.safeParse([{ label: 'x'.repeat(121), channel: 'video' }]).success).toBe(false);
  });
});

describe('SYSTEM_CHANNEL_WORDS', () => {
  it('maps OpenMRS appointment kinds only when a profile opts in', () => {
    const openmrs = [...(SYSTEM_CHANNEL_WORDS.openmrs ?? [])];
    expect(channelOf('Scheduled')).toBe('unknown');
    expect(channelOf('Scheduled', openmrs)).toBe('face-to-face');
    expect(channelOf('WalkIn', openmrs)).toBe('face-to-face');
    expect(channelOf('Virtual', openmrs)).toBe('remote');
  });

  it('has valid entries for every system', () => {
    for (const [system, words] of Object.entries(SYSTEM_CHANNEL_WORDS)) {
      expect(ChannelMapping.safeParse(words).success, system).toBe(true);
    }
    expect(channelOf('VR', [...(SYSTEM_CHANNEL_WORDS['fhir-encounter-class'] ?? [])])).toBe('remote');
  });
});

describe('recogniseChannel: evidence', () => {
  it('returns the text read, tidied', () => {
    expect(recogniseChannel('  TC -\t10 min ')).toEqual({ channel: 'telephone', evidence: 'TC - 10 min' });
    expect(recogniseChannel('')).toEqual({ channel: 'unknown', evidence: '' });
  });

  it('caps evidence and keeps the channel word in view', () => {
    const text = `${'slot '.repeat(200)}telephone ${'x '.repeat(200)}`;
    const result = recogniseChannel(text);
    expect(result.channel).toBe('telephone');
    expect(result.evidence.length).toBeLessThanOrEqual(MAX_CHANNEL_EVIDENCE);
    expect(result.evidence).toContain('telephone');
  });

  it('handles non-string input', () => {
    expect(recogniseChannel(undefined as unknown as string).channel).toBe('unknown');
  });
});

describe('combineChannels', () => {
  it.each<[Channel[], Channel]>([
    [['face-to-face', 'home-visit'], 'home-visit'],
    [['telephone', 'video'], 'remote'],
    [['remote', 'telephone'], 'telephone'],
    [['remote', 'video'], 'video'],
    [['remote', 'telephone', 'video'], 'remote'],
    [['face-to-face', 'telephone'], 'unknown'],
    [['online', 'remote'], 'unknown'],
    [['online', 'telephone'], 'unknown'],
    [[], 'unknown'],
  ])('%j → %s', (channels, expected) => {
    expect(combineChannels(new Set(channels))).toBe(expected);
  });
});

describe('CHANNEL_LABELS and isRemote', () => {
  it('names every channel in English and Welsh', () => {
    for (const channel of CHANNELS) {
      expect(CHANNEL_LABELS[channel].en.length).toBeGreaterThan(0);
      expect(CHANNEL_LABELS[channel].cy.length).toBeGreaterThan(0);
    }
    expect(CHANNEL_LABELS.remote.en).toBe('remote (telephone or video)');
  });

  it.each<[Channel, boolean]>([
    ['face-to-face', false],
    ['home-visit', false],
    ['telephone', true],
    ['video', true],
    ['online', true],
    ['remote', true],
    ['unknown', false],
  ])('isRemote(%s) is %s', (channel, remote) => {
    expect(isRemote(channel)).toBe(remote);
  });
});

describe('recogniseChannel performance', () => {
  it('reads 1 MB of hostile text in linear time (1 MB costs about 10x 100 KB)', () => {
    const MB = 1024 * 1024;
    const mapping: ChannelMapping = [{ label: 'a a a a a a a a', channel: 'video' }];
    for (const unit of ['a * ', 'tel video ', 'no no ', 'WalkInWalkIn ', 'a ']) {
      const fill = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      const g = growth((text: string) => recogniseChannel(text, mapping), fill(MB / 10), fill(MB), 10);
      console.log(`channel, 100 KB vs 1 MB of ${JSON.stringify(unit)}: ${describeGrowth(g)}`);
      expect(g.perSize, unit).toBeLessThan(LINEAR_BOUND);
    }
  }, 60_000);
});
