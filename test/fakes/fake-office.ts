/** A fake `Office` namespace: `onReady`, the display language and the host type. */
export interface FakeOfficeOptions {
  displayLanguage?: string;
  /** `null` reproduces a page opened outside Office. */
  host?: "Excel" | null;
}

export function createFakeOffice(options: FakeOfficeOptions = {}) {
  const host = options.host === undefined ? "Excel" : options.host;
  const info = { host, platform: host ? "OfficeOnline" : null };
  return {
    HostType: { Excel: "Excel" },
    context: { displayLanguage: options.displayLanguage ?? "en-US", requirements: { isSetSupported: () => true } },
    onReady(callback?: (info: { host: string | null; platform: string | null }) => void) {
      callback?.(info);
      return Promise.resolve(info);
    },
  };
}
