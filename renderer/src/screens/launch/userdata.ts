import { bytesToBase64 } from '../../../../shared/compute/base64.js';

/**
 * User data sizes and encoding in the renderer. Main encodes text itself; the renderer only
 * needs the size the user is heading for (the preview uses the shared builder main sends with).
 */

export { USER_DATA_MAX_ENCODED } from '../../../../shared/compute/server-create-body.js';

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Length of the base64 of `bytes` bytes, padding included. */
export const base64Length = (bytes: number) => 4 * Math.ceil(bytes / 3);

/** What goes into the request: a loaded binary file as base64 untouched, else the text. */
export function userDataPayload(d: { userDataText: string; userDataBase64: string }): { text: string } | { base64: string } | undefined {
  if (d.userDataBase64) return { base64: d.userDataBase64 };
  if (d.userDataText) return { text: d.userDataText };
  return undefined;
}

/** Characters of base64 the user data will take in the request. */
export function encodedUserDataLength(d: { userDataText: string; userDataBase64: string }): number {
  if (d.userDataBase64) return d.userDataBase64.length;
  return d.userDataText ? base64Length(utf8Length(d.userDataText)) : 0;
}

/** A file is sent as text when it decodes as UTF-8, else as base64 of its bytes (gzip, MIME multipart). */
export function readUserDataFile(bytes: Uint8Array): { text: string } | { base64: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { base64: bytesToBase64(bytes) };
  }
}
