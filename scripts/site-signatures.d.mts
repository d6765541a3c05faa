/** Types of site-signatures.mjs, for its unit test. */
import type { Plugin } from 'esbuild';

export function toSource(value: unknown): string;
export function computeSignatures(modulePath: string): Promise<unknown>;
export const siteSignatures: Plugin;
