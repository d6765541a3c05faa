/**
 * The signatures of every known site (signature.ts says what they are). The extension's bundles replace this module
 * with its value, computed at build time (scripts/site-signatures.mjs): the profiles stay out of the content script.
 */
import { PROFILES } from './index';
import { signatureOf, type SiteSignature } from './signature';

export const SIGNATURES: SiteSignature[] = PROFILES.map(signatureOf);
