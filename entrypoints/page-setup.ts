/**
 * Injected by the options page into a booking tab the manager is setting up ("Set up this page"):
 * picks an element or reads the page with a draft profile, and returns the result to executeScript.
 * Never registered as a content script; runs only when the manager asks, on a site they granted.
 */
import { pickElement } from '../components/options/page-setup/picker';
import { readPage } from '../components/options/page-setup/reader';
import { SETUP_REQUEST_KEY, type SetupRequest } from '../components/options/page-setup/types';

export default defineUnlistedScript(() => {
  const slot = globalThis as unknown as Record<string, SetupRequest | undefined>;
  const request = slot[SETUP_REQUEST_KEY];
  delete slot[SETUP_REQUEST_KEY];
  if (request?.kind === 'pick') return pickElement(request);
  if (request?.kind === 'read') return readPage(request);
  return null;
});
