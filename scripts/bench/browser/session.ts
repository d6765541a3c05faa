/**
 * A browser session for the bench: the built extension in Debian's headless Chromium or Firefox ESR, launched
 * by the e2e harness, with the pages served under their real Moscow Times addresses by its proxy.
 */
import { launchBrowser, type BrowserName, type TestBrowser } from '../../../tests/e2e/harness/browser';
import { startServer, type SiteServer } from '../../../tests/e2e/harness/server';
import { toHttp } from '../../../tests/fixtures/index.mjs';
import type { BenchCase } from '../cases';

export interface Session {
  name: BrowserName;
  server: SiteServer;
  tb: TestBrowser;
  close(): Promise<void>;
}

/**
 * One browser with the built extension (from `extensionDir`), and the site server every request goes through.
 * `exposeGc`: `gc()` in pages, so in-page extraction runs start from a collected heap (Chromium only; Firefox has
 * no such flag). The parts that time the extension itself run in a browser started without it.
 */
export async function openSession(name: BrowserName, extensionDir: string, opts: { exposeGc?: boolean } = {}): Promise<Session> {
  const server = await startServer({ fixtures: false });
  try {
    const tb = await launchBrowser(name, {
      proxyPort: server.port,
      extensionDir,
      chromiumArgs: name === 'chromium' && opts.exposeGc ? ['--js-flags=--expose-gc'] : [],
    });
    return {
      name,
      server,
      tb,
      close: async () => {
        await tb.close().catch(() => undefined);
        await server.close().catch(() => undefined);
      },
    };
  } catch (e) {
    await server.close().catch(() => undefined);
    throw e;
  }
}

/** The address a case is served at (generated long pages get a query so each has its own). */
export function serve(s: Session, c: BenchCase): string {
  const url = toHttp(c.url) + (c.scale > 1 ? `?bench=x${c.scale}` : '');
  s.server.setPage(url, c.html);
  return url;
}
