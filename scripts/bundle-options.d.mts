/** Types of bundle-options.mjs, for the TypeScript tests and bench parts that build with the same options. */
import type { BuildOptions } from 'esbuild';

export const EXTENSION_ENTRIES: Record<'content' | 'start' | 'app' | 'quotes' | 'keep' | 'background' | 'popup' | 'options', string>;
export const EXTENSION_BUNDLE: BuildOptions;
export const CONTENT_BUNDLE: BuildOptions;
export const APP_BUNDLE: BuildOptions;
export const NODE_BUNDLE: BuildOptions;
