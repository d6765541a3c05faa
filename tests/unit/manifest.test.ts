/**
 * Least privilege, pinned: the manifest's permissions, host access, content-script matches and extension-page
 * CSP are exactly the documented set (SECURITY.md). Widening any of them must be a deliberate change here too.
 * Checks the source manifest and both built ones.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/**
 * `downloads` is required, not optional: requested on the Save click, Chromium closes the popup as soon as its
 * permission dialog opens (seen in headless Chromium 156: the popup target is destroyed and the save with it), and
 * Firefox shows its prompt under the popup. Saving is the only use (SECURITY.md).
 */
const PERMISSIONS = ['activeTab', 'contextMenus', 'downloads', 'scripting', 'storage'];
const TMT_MATCHES = [
  '*://www.themoscowtimes.com/*',
  '*://themoscowtimes.com/*',
  '*://ru.themoscowtimes.com/*',
  '*://moscowtimes.ru/*',
  '*://www.moscowtimes.ru/*',
  // the pre-2016 archive site (its own address scheme, windows-1251 pages)
  '*://old.themoscowtimes.com/*',
];
/** TMT's image hosts: the only other hosts, so that saving can put the article's own images into the copy. */
const IMAGE_HOSTS = ['*://static.themoscowtimes.com/*', '*://static.moscowtimes.ru/*'];
/** The extension-pages CSP, directive by directive. */
const CSP: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // Article images in the popup's clean view (the user can turn them off); nothing else loads.
  'img-src': ["'self'", 'https:', 'http:'],
  // Saving a copy fetches the article's own images, from TMT's image hosts only.
  'connect-src': ['https://static.themoscowtimes.com', 'https://static.moscowtimes.ru'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<Record<string, unknown> & { matches: string[]; js?: string[] }>;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string>; default_popup?: string };
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } } };
};

const read = (file: string): Manifest => JSON.parse(readFileSync(file, 'utf8')) as Manifest;

function parseCsp(csp: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = values;
  }
  return out;
}

/** PNG width and height from the IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

function checkCommon(m: Manifest, where: string, dir: string): void {
  expect(m.manifest_version, where).toBe(3);
  expect([...(m.permissions ?? [])].sort(), `${where}: permissions`).toEqual(PERMISSIONS);
  // Host access: the content-script matches and TMT's image hosts (and activeTab); nothing optional, nothing broad.
  expect([...(m.host_permissions ?? [])].sort(), `${where}: host permissions`).toEqual([...TMT_MATCHES, ...IMAGE_HOSTS].sort());
  expect(m.optional_permissions ?? [], `${where}: optional permissions`).toEqual([]);
  expect(m.optional_host_permissions ?? [], `${where}: optional host permissions`).toEqual([]);
  expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\/|https?:\/\/\*\//);

  expect(m.content_scripts, `${where}: content scripts`).toHaveLength(1);
  const cs = m.content_scripts![0]!;
  expect([...cs.matches].sort(), `${where}: content-script matches`).toEqual([...TMT_MATCHES].sort());
  expect(cs.js, `${where}: content-script files`).toEqual(['content.js']);
  // Never in the page's own JS world, never in every frame, never on about:blank/data: frames.
  for (const key of ['world', 'all_frames', 'match_about_blank', 'match_origin_as_fallback', 'include_globs']) {
    expect(cs[key] === undefined || cs[key] === false || cs[key] === 'ISOLATED', `${where}: content script ${key}`).toBe(true);
  }

  const csp = m.content_security_policy?.extension_pages;
  expect(typeof csp, `${where}: extension-pages CSP`).toBe('string');
  expect(parseCsp(csp!), `${where}: CSP`).toEqual(CSP);
  expect(csp).not.toMatch(/unsafe-(inline|eval|hashes)|wasm-unsafe-eval|data:|blob:|\*/);
  expect(m.content_security_policy?.sandbox, `${where}: sandbox CSP`).toBeUndefined();

  // Nothing a page can reach: no resources exposed to pages, no messaging from web pages.
  expect(m.web_accessible_resources, `${where}: web_accessible_resources`).toBeUndefined();
  expect(m.externally_connectable, `${where}: externally_connectable`).toBeUndefined();
  expect(m.sandbox, `${where}: sandbox pages`).toBeUndefined();

  // Real icons at the declared sizes.
  const icons = { ...(m.icons ?? {}), ...(m.action?.default_icon ?? {}) };
  for (const size of ['16', '32', '48', '128']) expect(m.icons?.[size], `${where}: icon ${size}`).toBeTruthy();
  for (const [size, file] of Object.entries(icons)) {
    expect(pngSize(path.join(dir, file)), `${where}: ${file}`).toEqual([Number(size), Number(size)]);
  }
  for (const [size, file] of Object.entries(m.icons ?? {})) {
    expect(pngSize(path.join(dir, file)), `${where}: ${file}`).toEqual([Number(size), Number(size)]);
  }
}

describe('manifest: least privilege, pinned', () => {
  it('the source manifest has exactly the documented permissions, hosts and CSP', () => {
    checkCommon(read(path.join(ROOT, 'manifest.json')), 'manifest.json', ROOT);
  });

  describe('the built manifests', () => {
    beforeAll(() => {
      // `npm test` builds first; build here when run on its own.
      if (!existsSync(path.join(ROOT, 'dist/chrome/manifest.json')) || !existsSync(path.join(ROOT, 'dist/firefox/manifest.json'))) {
        const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
      }
    }, 120_000);

    it('Chrome: the same set, with a service worker', () => {
      const m = read(path.join(ROOT, 'dist/chrome/manifest.json'));
      checkCommon(m, 'dist/chrome', path.join(ROOT, 'dist/chrome'));
      expect(m.background).toEqual({ service_worker: 'background.js' });
      expect(m.browser_specific_settings).toBeUndefined();
    });

    it('Firefox: the same set, with background scripts, a gecko id and no data collection', () => {
      const m = read(path.join(ROOT, 'dist/firefox/manifest.json'));
      checkCommon(m, 'dist/firefox', path.join(ROOT, 'dist/firefox'));
      expect(m.background).toEqual({ scripts: ['background.js'] });
      const gecko = m.browser_specific_settings?.gecko;
      expect(gecko?.id).toMatch(/^[^@\s]+@[^@\s]+$|^\{[0-9a-f-]{36}\}$/i);
      expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
    });
  });
});
