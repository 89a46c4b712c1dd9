/**
 * Who may touch extension storage. Settings, the log and the installation salt live in storage.local;
 * booking pages hand their events over through the outbox. In Chrome the background closes
 * storage.local to content scripts and opens storage.session to them instead, for the outbox only
 * (the background validates and bounds whatever it reads there, lib/events/outbox-drain.ts). Firefox
 * has no setAccessLevel (content scripts never see storage.session and always see storage.local), so
 * there the outbox stays in storage.local and the log's integrity rests on its hash chain.
 */
import { browser } from '#imports';

type AccessLevel = 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS';
type Area = { setAccessLevel?: (options: { accessLevel: AccessLevel }) => Promise<void> };

export interface StorageBoundary {
  /** storage.local (settings, log, salt) is closed to scripts running in web pages. */
  localClosedToPages: boolean;
  /** Where booking pages write the outbox. */
  outboxArea: 'session' | 'local';
}

export async function closeStorageToPages(): Promise<StorageBoundary> {
  const local = browser.storage.local as unknown as Area;
  const session = browser.storage.session as unknown as Area | undefined;
  if (typeof local.setAccessLevel !== 'function' || typeof session?.setAccessLevel !== 'function') {
    return { localClosedToPages: false, outboxArea: 'local' };
  }
  // Open the outbox's area first: a page never finds both closed.
  await session.setAccessLevel({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' });
  await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  return { localClosedToPages: true, outboxArea: 'session' };
}
