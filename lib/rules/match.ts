/**
 * When does a rule apply? Two small predicates: one on the slot channel, one on the recorded needs.
 */
import { type Channel, NEED_CATEGORIES, type NeedCategory } from '../domain';
import type { NeedFinding } from '../model';
import type { RuleWhen } from './schema';

/**
 * Whether a rule listing `ruleChannels` applies to a slot read as `channel`.
 *
 * - Exact match always applies; so a rule that lists 'face-to-face' or 'unknown' fires for them, and
 *   nothing else does.
 * - Slot read as 'remote' ("telephone or video, the page does not say which"): fires rules that list
 *   'telephone' or 'video', because the slot may turn out to be audio-only (or video-only). Missing a
 *   BSL/telephone conflict costs more than one extra prompt.
 * - Rule listing 'remote': in model.ts 'remote' means "telephone or video", so it fires for slots read
 *   as 'telephone', 'video' or 'remote'. It does NOT fire for 'online' (written e-consultation is a
 *   different mode with different conflicts); a rule meant for online slots must list 'online'.
 */
export function channelMatches(ruleChannels: readonly Channel[], channel: Channel): boolean {
  if (ruleChannels.includes(channel)) return true;
  if (channel === 'remote') return ruleChannels.includes('telephone') || ruleChannels.includes('video');
  if (channel === 'telephone' || channel === 'video') return ruleChannels.includes('remote');
  return false;
}

/**
 * The need categories that make the rule fire, in display order, or null when it does not fire.
 * `needsAll`: every one must be present. `needsAny`: at least one must be present. Both given: both
 * must hold. The result lists every category of either list that was found.
 */
export function matchNeeds(when: RuleWhen, needs: readonly NeedFinding[]): NeedCategory[] | null {
  const present = new Set<NeedCategory>(needs.map((n) => n.category));
  const all = when.needsAll ?? [];
  const any = when.needsAny ?? [];
  if (all.length === 0 && any.length === 0) return null;
  if (!all.every((c) => present.has(c))) return null;
  if (any.length > 0 && !any.some((c) => present.has(c))) return null;
  const wanted = new Set<NeedCategory>([...all, ...any]);
  return NEED_CATEGORIES.filter((c) => wanted.has(c) && present.has(c));
}
