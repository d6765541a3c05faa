/**
 * Our bundles that are not loaded with the page (the reader app, the quote finder) are injected into this tab
 * by the background, which has the permission; content scripts do not. One request per bundle at a time, and a
 * failed one may be tried again later.
 */
import { ext as browser } from '../platform/ext';

/** A loader for bundle `part`, which sets the global that `get` reads. */
export function injectedBundle<T>(part: 'app' | 'quotes' | 'keep', get: () => T | undefined): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    const ready = get();
    if (ready) return Promise.resolve(ready);
    loading ??= browser.runtime
      .sendMessage(part === 'app' ? { type: 'tmt:load-app' } : { type: 'tmt:load-app', part })
      .then((res: unknown) => {
        const r = res as { ok?: boolean; error?: string } | undefined;
        const loaded = get();
        if (!r?.ok || !loaded) throw new Error(r?.error ?? `The ${part === 'app' ? 'reader' : part === 'quotes' ? 'quote finder' : 'citation and saving code'} could not be loaded on this page.`);
        return loaded;
      })
      .catch((err: unknown) => {
        loading = null; // let a later request try again
        throw err;
      });
    return loading;
  };
}
