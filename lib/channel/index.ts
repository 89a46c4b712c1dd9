/** Channel recognition: what kind of appointment a slot label, option value or text describes. */
export { CHANNEL_LABELS, isRemote } from './labels';
export { ChannelMapping, ChannelMappingEntry } from './mapping-schema';
export {
  type ChannelRecognition,
  combineChannels,
  MAX_CHANNEL_EVIDENCE,
  recogniseChannel,
} from './recognise';
export { CHANNEL_WORDS, type ChannelWord, SYSTEM_CHANNEL_WORDS } from './words';
