/**
 * UTF-8 → base64 for the server-create builder, in main (Node) and in the renderer alike:
 * TextEncoder and btoa are globals in both (lone surrogates become U+FFFD, as in Buffer).
 */

export const utf8Bytes = (text: string): number[] => Array.from(new TextEncoder().encode(text));

export function bytesToBase64(bytes: ArrayLike<number>): string {
  const all = Array.from(bytes);
  // chunked: String.fromCharCode(...bigArray) overflows the call stack past ~100k arguments
  let binary = '';
  for (let i = 0; i < all.length; i += 0x8000) binary += String.fromCharCode(...all.slice(i, i + 0x8000));
  return btoa(binary);
}

export const textToBase64 = (text: string): string => bytesToBase64(new TextEncoder().encode(text));
