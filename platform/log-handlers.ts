/**
 * The background's answers to the log page (entrypoints/log): status, verify, clear, retention.
 * The page reads the chunks from storage itself (read-only); everything that changes the log comes
 * here, so the background stays its single writer. Only the extension's own pages may ask: a content
 * script shares the extension id, so the sender's URL is checked, not just its id.
 */
import type { VerifyResult } from '../lib/log/chain';
import { RuleStatsTally } from '../lib/log/rule-stats';
import { LogCorruptError } from '../lib/log/store';
import { logStore } from './log-service';
import { loadEffectiveSettings } from './managed-policy';
import { messaging } from './protocol';
import { requireExtensionPage } from './senders';

/** Longest reason kept for a clear (LogStore.clear truncates the whole detail to 1,000 characters). */
export const CLEAR_REASON_MAX = 600;

export function registerLogHandlers(): void {
  messaging.onMessage('logStatus', async ({ sender }) => {
    requireExtensionPage(sender, 'read the log status');
    const [store, settings] = await Promise.all([logStore(), loadEffectiveSettings()]);
    const info = store.info();
    return { count: info.count, lastSeq: info.lastSeq, retentionDays: settings.privacy.retentionDays };
  });

  messaging.onMessage('verifyLog', async ({ sender }): Promise<VerifyResult> => {
    requireExtensionPage(sender, 'verify the log');
    try {
      return await (await logStore()).verify();
    } catch (error) {
      // The log cannot even be opened (meta or index unreadable): that is a verdict too.
      if (error instanceof LogCorruptError) {
        return {
          ok: false,
          firstBrokenSeq: 0,
          chunkId: error.chunkId,
          reason: 'unparseable-chunk',
          message: error.message,
        };
      }
      throw error;
    }
  });

  messaging.onMessage('clearLog', async ({ data, sender }) => {
    requireExtensionPage(sender, 'clear the log');
    const reason = String(data?.reason ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, CLEAR_REASON_MAX);
    if (reason === '') throw new Error('A reason is needed to clear the log.');
    return (await logStore()).clear(reason);
  });

  messaging.onMessage('ruleStats', async ({ sender }) => {
    requireExtensionPage(sender, 'read rule statistics');
    const tally = new RuleStatsTally();
    for await (const record of (await logStore()).records()) tally.add(record.event);
    return tally.result();
  });

  messaging.onMessage('applyRetention', async ({ sender }) => {
    requireExtensionPage(sender, 'apply retention');
    const [store, settings] = await Promise.all([logStore(), loadEffectiveSettings()]);
    const retentionDays = settings.privacy.retentionDays;
    return { ...(await store.applyRetention(new Date(), retentionDays)), retentionDays };
  });
}
