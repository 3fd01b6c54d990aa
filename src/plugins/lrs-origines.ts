/**
 * The LRS origins allowed by this build (Node side), from the LRS_ORIGINS
 * environment variable (comma-separated origins, empty by default). One list for
 * everything that needs it: docusaurus.config.ts puts it in `customFields` (the
 * settings page refuses any other endpoint), and the Content-Security-Policy
 * (src/plugins/csp.ts) uses it for its `connect-src` directive.
 */
import { connectSrc, parseLrsOrigins } from '../domain/xapi/origines';

export function lrsOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  return parseLrsOrigins(env.LRS_ORIGINS);
}

/** The origins allowed for this build (read once, when the configuration is loaded). */
export const LRS_ORIGINS: readonly string[] = Object.freeze(lrsOrigins());

/** `connect-src 'self' <origins…>` of the Content-Security-Policy. */
export const CONNECT_SRC = connectSrc(LRS_ORIGINS);

export { connectSrc, parseLrsOrigins };
