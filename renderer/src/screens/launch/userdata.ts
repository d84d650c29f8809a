/**
 * User data sizes and encoding in the renderer. Main encodes text itself; the renderer only
 * needs the size the user is heading for and the exact base64 for the request preview.
 */

/** Nova's schema caps `user_data` at 65535 characters of base64 (≈ 48 KiB of data). */
export const USER_DATA_MAX_ENCODED = 65535;

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Length of the base64 of `bytes` bytes, padding included. */
export const base64Length = (bytes: number) => 4 * Math.ceil(bytes / 3);

export function bytesToBase64(bytes: Uint8Array): string {
  // chunked: String.fromCharCode(...bigArray) overflows the call stack past ~100k arguments
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function textToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

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
