/** The slice of the `chrome` global that tests call inside the extension's service worker and pages. */
declare const chrome: {
  storage: {
    local: {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
      clear(): Promise<void>;
    };
    session: {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
  };
  runtime: { reload(): void; getURL(path: string): string };
  tabs: { query(info: object): Promise<Array<{ id?: number; url?: string }>> };
  scripting: {
    executeScript<T>(injection: {
      target: { tabId: number; allFrames?: boolean };
      func: () => T;
    }): Promise<Array<{ result?: T }>>;
  };
};
