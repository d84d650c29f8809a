/**
 * The Electron window's security policy as plain data and pure checks, so it is unit-tested
 * in Node (no Electron binary can run here). main.ts applies it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'novadesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  spellcheck: false,
} as const;

export { CONTENT_SECURITY_POLICY } from '../csp.js';

/** IPC is answered only for our own top frame loaded from app://novadesk. */
export function senderAllowed(frame: { url: string; parent: unknown } | null | undefined): boolean {
  if (!frame || frame.parent) return false;
  try {
    const u = new URL(frame.url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The window never navigates away from the app. */
export function navigationAllowed(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** External links open in the system browser, and only https ones. */
export function externalLinkAllowed(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
