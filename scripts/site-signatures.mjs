/**
 * esbuild plugin for the extension bundles: src/sites/signatures.ts becomes its value, a literal computed here at
 * build time. The content script detects on every page of the site with those few hosts, URL patterns and
 * selectors; without this it would carry the whole profiles (every entry's era, source and example URLs, the
 * cleaning markup, the texts), which is most of its size and so of what the page pays to compile it
 * (docs/performance.md). A unit test (tests/unit/site-signatures.test.ts) checks the literal equals the module.
 */
import * as esbuild from 'esbuild';

const SIGNATURES_MODULE = /[\\/]src[\\/]sites[\\/]signatures\.ts$/;

/** JavaScript source for a value made of plain objects, arrays, strings, numbers, booleans and regular expressions. */
export function toSource(value) {
  if (value instanceof RegExp) return value.toString();
  if (Array.isArray(value)) return `[${value.map(toSource).join(',')}]`;
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return JSON.stringify(value);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${toSource(v)}`).join(',')}}`;
  }
  throw new Error(`site-signatures: cannot write ${Object.prototype.toString.call(value)} as a literal`);
}

/** The module's SIGNATURES, evaluated in Node. */
export async function computeSignatures(modulePath) {
  const built = await esbuild.build({ entryPoints: [modulePath], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning' });
  const url = `data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`;
  const { SIGNATURES } = await import(url);
  return SIGNATURES;
}

export const siteSignatures = {
  name: 'site-signatures',
  setup(build) {
    build.onLoad({ filter: SIGNATURES_MODULE }, async (args) => ({
      contents: `export const SIGNATURES = ${toSource(await computeSignatures(args.path))};\n`,
      loader: 'js',
    }));
  },
};
