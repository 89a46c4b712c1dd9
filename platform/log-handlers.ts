/**
 * The background's answers to the log page (entrypoints/log): status, verify, clear, retention.
 * The page reads the chunks from storage itself (read-only); everything that changes the log comes
 * here, so the background stays its single writer. Only the extension's own pages may ask: a content
 * script shares the extension id, so the sender's URL is checked, not just its id.
 */

import { auditRecordStored } from '../lib/log/audit-check';
import type { VerifyResult } from '../lib/log/chain';
import { verifyExport } from '../lib/log/export';
import { webCryptoDigest } from '../lib/log/hash';
import { RuleStatsTally } from '../lib/log/rule-stats';
import { LogCorruptError, type LogStore } from '../lib/log/store';
import { logStore, policyChainKey } from './log-service';
import { loadEffectiveSettings, readManagedPolicy } from './managed-policy';
import { messaging } from './protocol';
import { requireExtensionPage } from './senders';

/** Longest reason kept for a clear (LogStore.clear truncates the whole detail to 1,000 characters). */
export const CLEAR_REASON_MAX = 600;
/** Largest export text checked (a 100,000-event export is about 50 MB; Chrome's message limit is 64 MiB). */
export const VERIFY_FILE_MAX = 64_000_000;
export const CLEAR_FORBIDDEN = 'Your organisation does not allow the log to be cleared on this computer.';

export function registerLogHandlers(): void {
  messaging.onMessage('logStatus', async ({ sender }) => {
    requireExtensionPage(sender, 'read the log status');
    const [store, settings, managed] = await Promise.all([
      logStore(),
      loadEffectiveSettings(),
      readManagedPolicy(),
    ]);
    const info = store.info();
    return {
      count: info.count,
      lastSeq: info.lastSeq,
      retentionDays: settings.privacy.retentionDays,
      headHash: info.headHash,
      keyed: managed.policy.chainSecret !== undefined,
      clearForbidden: managed.policy.forbidClearLog === true,
    };
  });

  messaging.onMessage('verifyExportFile', async ({ data, sender }): Promise<VerifyResult> => {
    requireExtensionPage(sender, 'verify an exported file');
    const text = data?.text;
    if (typeof text !== 'string') throw new Error('No file text was sent.');
    if (text.length > VERIFY_FILE_MAX) {
      return {
        ok: false,
        firstBrokenSeq: 0,
        chunkId: null,
        reason: 'unparseable-export',
        message: `The file is too large to check here (over ${VERIFY_FILE_MAX / 1_000_000} MB).`,
      };
    }
    // Checked here, not in the page, so records keyed with the organisation's secret can be checked
    // with it while the secret never leaves the background.
    return verifyExport(text, webCryptoDigest, await policyChainKey());
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
    // The policy is read at the moment of clearing: a page showing an old state cannot get round it.
    if ((await readManagedPolicy()).policy.forbidClearLog === true) throw new Error(CLEAR_FORBIDDEN);
    const reason = String(data?.reason ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, CLEAR_REASON_MAX);
    if (reason === '') throw new Error('A reason is needed to clear the log.');
    const store = await logStore();
    const result = await store.clear(reason);
    await confirmAuditStored(store, result.auditId);
    return result;
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
    const result = await store.applyRetention(new Date(), retentionDays);
    await confirmAuditStored(store, result.auditId);
    return { ...result, retentionDays };
  });
}

/**
 * A clear or a retention run is evidence only with its audit record: read it back from storage (the
 * newest few records) and say so plainly when it is not there, rather than report success.
 */
export async function confirmAuditStored(store: LogStore, auditId: string | null): Promise<void> {
  if (auditId === null) return;
  if (!(await auditRecordStored(store, auditId))) {
    throw new Error(
      `The log changed, but its audit record (${auditId}) could not be read back from storage. Export the log and tell your IT team.`,
    );
  }
}
