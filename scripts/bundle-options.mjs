/**
 * The esbuild options of our bundles, in one place: the build makes the extension and the Node files with them,
 * and the benchmark builds its in-page bundle with the same ones (what it times must be what the browsers load).
 */
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lintSafeLibs } from './lint-safe-libs.mjs';
import { siteSignatures } from './site-signatures.mjs';

/** Extension entry points: bundle name -> source. */
export const EXTENSION_ENTRIES = {
  // The manifest's content script is a stub that asks for start.js (detection, messaging) once the page is idle.
  content: 'src/content/index.ts',
  start: 'src/content/start.ts',
  app: 'src/content/app.ts',
  quotes: 'src/content/quotes.ts',
  // Citations and offline copies, loaded on demand by the popup and the reader.
  keep: 'src/export/bundle.ts',
  background: 'src/background/index.ts',
  popup: 'src/popup/popup.ts',
  options: 'src/options/options.ts',
};

/** The extension's bundles: one self-contained minified script each, for the browsers the manifest supports. */
export const EXTENSION_BUNDLE = {
  bundle: true,
  format: 'iife',
  target: ['chrome120', 'firefox128'],
  minify: true,
  legalComments: 'none',
  plugins: [lintSafeLibs],
};

/**
 * The content script's bundle: as the others, plus detection's data as a literal computed at build time, so the
 * profiles (their documentation, the cleaning markup, the texts) stay out of the script every page compiles. The
 * other bundles keep computing it from the profiles they carry anyway.
 */
export const CONTENT_BUNDLE = { ...EXTENSION_BUNDLE, plugins: [...EXTENSION_BUNDLE.plugins, siteSignatures] };

/**
 * The reader app's bundle: as the others, with V8's hint to compile every function as the script loads. On an article
 * page the app is loaded in idle time ahead of a first open (src/content/start.ts), so its functions are compiled
 * then, not one by one on the way to the reader's first paint (docs/performance.md). Other engines ignore the comment.
 */
export const APP_BUNDLE = { ...EXTENSION_BUNDLE, banner: { js: '//# allFunctionsCalledOnLoad' } };

/** Node files (the CLI, the library, the bench's own code): ES modules for Node 20. */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
};

const TEST_DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/index.mjs');

/**
 * For the scripts' own Node bundles (bench, core-ab, profile-read): the test data module stays where it is, imported
 * and not bundled, because it finds the fixtures next to itself.
 */
export const testDataInPlace = {
  name: 'test-data-in-place',
  setup(build) {
    build.onResolve({ filter: /fixtures\/index\.mjs$/ }, (args) =>
      path.resolve(args.resolveDir, args.path) === TEST_DATA ? { path: pathToFileURL(TEST_DATA).href, external: true } : undefined,
    );
  },
};

/**
 * A script's driver (a TypeScript module under scripts/bench/) bundled for Node into `outfile` and imported: libraries
 * load from node_modules, the project's sources are compiled in, the test data stays in place.
 */
export async function importDriver(entry, outfile) {
  await esbuild.build({ entryPoints: [entry], outfile, ...NODE_BUNDLE, packages: 'external', logLevel: 'warning', plugins: [testDataInPlace] });
  return import(pathToFileURL(outfile).href);
}
