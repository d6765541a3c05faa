/**
 * A local HTTP proxy + site server for end-to-end tests.
 *
 * Both browsers are launched with this server as their HTTP(S) proxy, so every request they make
 * (page loads, sub-resources, extension fetches, the browser's own background traffic) arrives here.
 * Pages are answered by their full address (Host header + path), which lets fixtures be served
 * under their real `http://www.themoscowtimes.com/...` addresses and the manifest's real content
 * script patterns match. Every other host gets a 404. HTTPS is intercepted too: CONNECT tunnels are
 * terminated here with a throw-away self-signed certificate (the browsers are launched to accept it), so
 * https:// requests are served and recorded with their full URL and headers just like http:// ones.
 * Every request is recorded so privacy tests can assert what was (not) asked for.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import tls from 'node:tls';
import { loadFixtureCases } from './fixtures';
import { selfSignedCertificate } from './native';

/** Who most likely made a request (judged from its headers; see `classify`). */
export type Initiator =
  /** Origin or Referer is a chrome-extension:// or moz-extension:// page: the extension's own request. */
  | 'extension'
  /** A sub-resource or fetch of a web page (Referer/Origin is an http(s) page). */
  | 'page'
  /** A top-level navigation or another request with neither Referer nor Origin. */
  | 'navigation'
  /** The browser's own background traffic (update checks, remote settings, Google/Mozilla services). */
  | 'browser'
  /** An HTTPS tunnel (CONNECT) whose TLS handshake failed: it carries no headers to judge by. */
  | 'unknown';

export interface RecordedRequest {
  method: string;
  /** Absolute URL (http:// or https://); for a tunnel whose TLS failed (method CONNECT) `https://host[:port]/`. */
  url: string;
  host: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  initiator: Initiator;
  /** Status the server answered with (0: a CONNECT tunnel whose TLS handshake failed). */
  status: number;
  /** ms since the server started. */
  time: number;
}

export interface PageEntry {
  body: string | Buffer;
  headers?: Record<string, string>;
  status?: number;
}

/** Host of the canary endpoint: any request to it is recorded as a canary hit and answered 204. */
export const CANARY_HOST = 'canary.tmt-test.example';

const BROWSER_SERVICE_HOST =
  /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com|chromium\.org|mozilla\.(com|net|org)|firefox\.com|mozaws\.net|digicert\.com)$/i;
const EXTENSION_ORIGIN = /^(chrome|moz)-extension:\/\//i;

function classify(host: string, headers: http.IncomingHttpHeaders): Initiator {
  const origin = String(headers.origin ?? '');
  const referer = String(headers.referer ?? '');
  if (EXTENSION_ORIGIN.test(origin) || EXTENSION_ORIGIN.test(referer)) return 'extension';
  if (BROWSER_SERVICE_HOST.test(host)) return 'browser';
  if (/^https?:\/\//i.test(origin) || /^https?:\/\//i.test(referer)) return 'page';
  return 'navigation';
}

/** The key pages are stored under: scheme-less in effect (http), lower-case host, no default port, no hash. */
function pageKey(url: string): string {
  const u = new URL(url);
  u.protocol = 'http:';
  u.hash = '';
  if (u.port === '80' || u.port === '443') u.port = '';
  return u.href;
}

let certCache: { key: string; cert: string } | undefined;

/** One throw-away self-signed certificate per process. */
function proxyCertificate(): { key: string; cert: string } {
  certCache ??= selfSignedCertificate();
  return certCache;
}

export class SiteServer {
  /** Every request seen since start (or the last `clearRequests()`), in order. */
  readonly requests: RecordedRequest[] = [];
  private readonly pages = new Map<string, PageEntry>();
  private readonly sockets = new Set<Socket>();
  private readonly started = Date.now();
  private readonly server: http.Server;
  private listeners: Array<(r: RecordedRequest) => void> = [];

  constructor() {
    this.server = http.createServer((req, res) => this.handle(req, res));
    // HTTPS: accept the tunnel and speak TLS ourselves, handing the decrypted stream to an unbound
    // HTTP server with the same handler.
    const secure = http.createServer((req, res) => this.handle(req, res, true));
    const cert = proxyCertificate();
    this.server.on('connect', (req: http.IncomingMessage, socket: Socket, head: Buffer) => {
      const [host = '', port = '443'] = String(req.url ?? '').split(':');
      const failed = (): void =>
        this.record({
          method: 'CONNECT',
          url: `https://${host}${port === '443' ? '' : `:${port}`}/`,
          host: host.toLowerCase(),
          path: '/',
          headers: req.headers,
          initiator: BROWSER_SERVICE_HOST.test(host) ? 'browser' : 'unknown',
          status: 0,
          time: Date.now() - this.started,
        });
      socket.on('error', () => {});
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) socket.unshift(head);
      const tlsSocket = new tls.TLSSocket(socket, { isServer: true, key: cert.key, cert: cert.cert, ALPNProtocols: ['http/1.1'] });
      let established = false;
      tlsSocket.once('secure', () => {
        established = true;
      });
      tlsSocket.on('error', () => {
        if (!established) failed();
        socket.destroy();
      });
      secure.emit('connection', tlsSocket);
    });
    this.server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    return this;
  }

  /** The proxy's port on 127.0.0.1; pass it to `launchBrowser`. */
  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Serve `body` at `url` (any host; the page answers on both http:// and https://). */
  setPage(url: string, body: string | Buffer, headers?: Record<string, string>, status = 200): void {
    this.pages.set(pageKey(url), { body, headers, status });
  }

  removePage(url: string): void {
    this.pages.delete(pageKey(url));
  }

  /** Serves every `tests/fixtures/tmt/<case>/source.html` at the http twin of its expected.json url. */
  serveFixtures(): void {
    for (const c of loadFixtureCases()) this.setPage(c.url, c.html);
  }

  /** A URL on the canary host; any request to it (any path) counts as a hit. */
  canaryUrl(tag = 'hit'): string {
    return `http://${CANARY_HOST}/${encodeURIComponent(tag)}`;
  }

  /** Requests that reached the canary host (http or https; a failed tunnel to it counts, whatever the tag). */
  canaryHits(tag?: string): RecordedRequest[] {
    return this.requests.filter(
      (r) =>
        r.host === CANARY_HOST && (tag === undefined || r.method === 'CONNECT' || r.path.startsWith(`/${encodeURIComponent(tag)}`)),
    );
  }

  /** Requests to `host`: a test's own canary (the XSS corpus's vectors call canary.test). */
  hitsOn(host: string): RecordedRequest[] {
    return this.requests.filter((r) => r.host === host);
  }

  /**
   * Waits until `host` has stopped being hit: a hostile page's own copy of the vectors fires as it loads, before
   * anything of ours is shown. Polls every `pollMs`, 20 times at most.
   */
  async quietOn(host: string, pollMs: number): Promise<void> {
    let n = -1;
    for (let i = 0; i < 20 && n !== this.hitsOn(host).length; i++) {
      n = this.hitsOn(host).length;
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  /** Requests the extension itself made (Origin/Referer is an extension page). */
  extensionRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.initiator === 'extension');
  }

  /** Requested URLs, optionally leaving out the browser's own background traffic. */
  requestedUrls(opts: { includeBrowserTraffic?: boolean } = {}): string[] {
    return this.requests.filter((r) => opts.includeBrowserTraffic || r.initiator !== 'browser').map((r) => r.url);
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  /** Resolves with the first request (already seen or future) that matches; rejects after `timeoutMs`. */
  waitForRequest(pred: (r: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    const seen = this.requests.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const listener = (r: RecordedRequest): void => {
        if (!pred(r)) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(r);
      };
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`no matching request within ${timeoutMs} ms; seen: ${this.requestedUrls().join(', ') || '(none)'}`));
      }, timeoutMs);
      this.listeners.push(listener);
    });
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private record(r: RecordedRequest): void {
    this.requests.push(r);
    for (const l of [...this.listeners]) l(r);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, secure = false): void {
    // As a proxy we get absolute URLs; inside a tunnel (or asked directly), a path plus the Host header.
    const raw = String(req.url ?? '/');
    let url: URL;
    try {
      url = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw)
        ? new URL(raw)
        : new URL(raw, `${secure ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const host = url.hostname.toLowerCase();
    const page = host === CANARY_HOST ? undefined : this.pages.get(pageKey(url.href)) ?? this.pages.get(pageKey(url.origin + url.pathname));
    const status = host === CANARY_HOST ? 204 : page ? page.status ?? 200 : 404;
    this.record({
      method: req.method ?? 'GET',
      url: url.href,
      host,
      path: url.pathname + url.search,
      headers: req.headers,
      initiator: classify(host, req.headers),
      status,
      time: Date.now() - this.started,
    });
    req.resume();
    if (host === CANARY_HOST) {
      res.writeHead(204, { 'access-control-allow-origin': '*', 'cache-control': 'no-store' }).end();
      return;
    }
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('not found');
      return;
    }
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...page.headers,
    });
    res.end(req.method === 'HEAD' ? undefined : page.body);
  }
}

/** Starts the server; by default with every TMT fixture already served. */
export async function startServer(opts: { fixtures?: boolean } = {}): Promise<SiteServer> {
  const server = await new SiteServer().listen();
  if (opts.fixtures !== false) server.serveFixtures();
  return server;
}
