/**
 * Words that name an appointment channel on booking screens: the GPAD national slot-mode labels,
 * UK Core / GP Connect DeliveryChannel codes, and UK primary care shorthand (DOMAIN.md sections 5
 * and 8). Plain phrases, matched as whole words after splitting camelCase ("WalkIn" → "walk in").
 */
import type { Channel } from '../model';

export interface ChannelWord {
  readonly phrase: string;
  readonly channel: Channel;
  /**
   * Weak words ("surgery", "clinic", "message") only count when no strong word is present, so a
   * "Telephone clinic" is a telephone slot, not a conflict.
   */
  readonly weak?: boolean;
}

const words = (channel: Channel, phrases: readonly string[], weak = false): ChannelWord[] =>
  phrases.map((phrase) => (weak ? { phrase, channel, weak } : { phrase, channel }));

export const CHANNEL_WORDS: readonly ChannelWord[] = [
  ...words('face-to-face', [
    'face to face',
    'face to face surgery',
    'f2f',
    'ftf',
    'in person',
    'walk in',
    'walkin',
    'at surgery',
    'in surgery',
    'attend surgery',
    'surgery appointment',
    'wyneb yn wyneb',
  ]),
  ...words('face-to-face', ['surgery', 'clinic', 'practice appointment'], true),
  ...words('home-visit', [
    'home visit',
    'home visits',
    'face to face home visit',
    'hv',
    'house call',
    'domiciliary',
    'domiciliary visit',
    'visit at home',
    'ymweliad cartref',
  ]),
  ...words('telephone', [
    'telephone',
    'tel',
    'phone',
    'tc',
    't c',
    'telephone call',
    'phone call',
    'call back',
    'callback',
    'ring back',
    'telecon',
    'tel con',
    'telephone consultation',
    'telephone appointment',
    'phone consultation',
    'telephone audio',
    'audio',
    'audio only',
    'ffôn',
    'ffon',
  ]),
  ...words('video', [
    'video',
    'vc',
    'vid',
    'video call',
    'video consultation',
    'video with audio',
    'video clinic',
    'attend anywhere',
    'accurx video',
    'zoom',
    'ms teams',
    'microsoft teams',
    'whatsapp video',
    'facetime',
    'fideo',
  ]),
  ...words('online', [
    'online',
    'econsult',
    'e consult',
    'e consultation',
    'econsultation',
    'online consultation',
    'email consultation',
    'engage consult',
    'patchs',
    'askmygp',
    'ask my gp',
    'ar lein',
  ]),
  ...words('online', ['written', 'message', 'messaging'], true),
  ...words('remote', [
    'virtual',
    'remote',
    'remote consultation',
    'telehealth',
    'tele health',
    'teleconsultation',
    'tele consultation',
    'telemedicine',
    'non face to face',
    'not face to face',
    'non f2f',
    'not f2f',
    'o bell',
  ]),
];

/**
 * A booking system's own words, which are channels only in that system. Not used by the generic
 * recogniser ("Scheduled" says nothing about the channel elsewhere); a site profile opts in by
 * name and passes the list as mapping data.
 */
export const SYSTEM_CHANNEL_WORDS: Readonly<Record<string, readonly { label: string; channel: Channel }[]>> =
  {
    /** OpenMRS 3 esm-appointments-app `appointmentKind`. Scheduled and WalkIn are clinic visits. */
    openmrs: [
      { label: 'Scheduled', channel: 'face-to-face' },
      { label: 'WalkIn', channel: 'face-to-face' },
      { label: 'Virtual', channel: 'remote' },
    ],
    /** Bahmni appointments share the OpenMRS AppointmentKind enum. */
    bahmni: [
      { label: 'Scheduled', channel: 'face-to-face' },
      { label: 'WalkIn', channel: 'face-to-face' },
      { label: 'Virtual', channel: 'remote' },
    ],
    /** FHIR R5 Appointment.class (v3 ActCode). */
    'fhir-encounter-class': [
      { label: 'AMB', channel: 'face-to-face' },
      { label: 'HH', channel: 'home-visit' },
      { label: 'VR', channel: 'remote' },
    ],
  };
