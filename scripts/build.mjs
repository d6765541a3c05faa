#!/usr/bin/env node
/**
 * Build: one source manifest and one set of sources -> dist/chrome and dist/firefox (unpacked, and zipped
 * under dist/packages), plus dist/cli.js and dist/core.js for Node.
 * Usage: node scripts/build.mjs [--no-zip]
 */
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_BUNDLE, CONTENT_BUNDLE, EXTENSION_BUNDLE, EXTENSION_ENTRIES, NODE_BUNDLE } from './bundle-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const zip = !process.argv.includes('--no-zip');

export const GECKO_ID = 'tmt-reader@tmt-reader.org';

/** Static files copied beside the bundles. */
const STATIC = ['src/popup/popup.css', 'src/options/options.css'];

/**
 * The extension's own pages, each written from the one page template (src/ui/page.html: the head and the theme
 * shell they share) with its name and what its <main> holds before its script runs. The popup's is busy and keeps
 * a place for the status message.
 */
const PAGE_TEMPLATE = 'src/ui/page.html';
/** The template's opening comment, which is about the template, not the page. */
const LEADING_HTML_COMMENT = /^<!--[\s\S]*?-->\n/;
const PAGES = {
  popup: '<main id="app" aria-busy="true">\n      <p data-testid="status-message" class="status" hidden></p>\n    </main>',
  options: '<main id="app"></main>',
};

async function writePages(out) {
  const template = (await readFile(path.join(root, PAGE_TEMPLATE), 'utf8')).replace(LEADING_HTML_COMMENT, '');
  for (const [name, main] of Object.entries(PAGES)) {
    await writeFile(path.join(out, `${name}.html`), template.replaceAll('{{name}}', name).replace('{{main}}', main));
  }
}

function manifestFor(browser, source) {
  const m = structuredClone(source);
  if (browser === 'firefox') {
    m.background = { scripts: ['background.js'] };
    m.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return m;
}

async function bundleExtension(outdir) {
  const entryPoints = Object.fromEntries(
    Object.entries(EXTENSION_ENTRIES).filter(([, src]) => existsSync(path.join(root, src))).map(([name, src]) => [name, path.join(root, src)]),
  );
  const { content, start, app, ...others } = entryPoints;
  await Promise.all([
    esbuild.build({ ...CONTENT_BUNDLE, entryPoints: { content, start }, outdir, logLevel: 'warning' }),
    esbuild.build({ ...APP_BUNDLE, entryPoints: { app }, outdir, logLevel: 'warning' }),
    esbuild.build({ ...EXTENSION_BUNDLE, entryPoints: others, outdir, logLevel: 'warning' }),
  ]);
}

async function buildBrowser(browser, manifest) {
  const out = path.join(dist, browser);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await bundleExtension(out);
  for (const file of STATIC) {
    const src = path.join(root, file);
    if (existsSync(src)) await cp(src, path.join(out, path.basename(file)));
  }
  await writePages(out);
  await cp(path.join(root, '_locales'), path.join(out, '_locales'), { recursive: true });
  await mkdir(path.join(out, 'icons'), { recursive: true });
  for (const f of await readdir(path.join(root, 'icons'))) {
    if (f.endsWith('.png')) await cp(path.join(root, 'icons', f), path.join(out, 'icons', f));
  }
  await writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifestFor(browser, manifest), null, 2) + '\n');
  return out;
}

async function buildNode() {
  const common = { ...NODE_BUNDLE, logLevel: 'warning' };
  await esbuild.build({ ...common, entryPoints: [path.join(root, 'src/core/index.ts')], outfile: path.join(dist, 'core.js') });
  await esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'src/cli.ts')],
    outfile: path.join(dist, 'cli.js'),
    // jsdom loads parts of itself at run time: keep it a real dependency, not bundled.
    external: ['jsdom'],
    banner: { js: '#!/usr/bin/env node' },
  });
}

async function pack(browser, dir, version) {
  const { default: webExt } = await import('web-ext');
  const artifactsDir = path.join(dist, 'packages');
  await webExt.cmd.build(
    { sourceDir: dir, artifactsDir, overwriteDest: true, filename: `tmt-reader-${browser}-${version}.zip` },
    { showReadyMessage: false },
  );
  return path.join(artifactsDir, `tmt-reader-${browser}-${version}.zip`);
}

const started = Date.now();
const manifest = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
await mkdir(dist, { recursive: true });
const dirs = {};
for (const browser of ['chrome', 'firefox']) dirs[browser] = await buildBrowser(browser, manifest);
await buildNode();
const written = [path.relative(root, dirs.chrome), path.relative(root, dirs.firefox), 'dist/cli.js', 'dist/core.js'];
if (zip) {
  for (const browser of ['chrome', 'firefox']) written.push(path.relative(root, await pack(browser, dirs[browser], manifest.version)));
}
console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${written.join(', ')}`);
