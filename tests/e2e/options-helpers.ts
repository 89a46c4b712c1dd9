/**
 * Shared bits of the options page tests. `ExtensionChrome` types the parts of the `chrome` global these
 * tests call inside the extension (cast inside each evaluate callback: the callbacks run in the browser).
 */
import type { Page } from '@playwright/test';

export interface PermissionRequest {
  origins?: string[];
}

export interface ExtensionChrome {
  permissions: {
    request(request: PermissionRequest): Promise<boolean>;
    contains(request: PermissionRequest): Promise<boolean>;
  };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Opens a section of the options page and waits until it has loaded. */
export async function openSection(
  openExtensionPage: (pagePath: string) => Promise<Page>,
  section: string,
  title: string,
): Promise<Page> {
  const options = await openExtensionPage(`options.html#${section}`);
  await options.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
  await options.getByText('Loading…').waitFor({ state: 'detached' });
  return options;
}
