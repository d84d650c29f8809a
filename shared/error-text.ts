import type { ErrorKind, SerializedError } from './errors.js';

/**
 * The words an error text is made of, so the renderer can give them in the user's language;
 * the service's message itself is never translated: it is what the service's logs say.
 */
export interface ErrorWords {
  /** the kind in words: "Authentication failed" */
  kind: (kind: ErrorKind) => string;
  /** the request id to quote to an operator: "Request ID: req-…" */
  requestId: (id: string) => string;
}

/** English words, for text made outside the renderer (logs, tests). */
export const ENGLISH_ERROR_WORDS: ErrorWords = {
  kind: (kind) => kind.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()),
  requestId: (id) => `Request ID: ${id}`,
};

/**
 * The one error-to-text rule: the kind, the service's own message, which service answered
 * and its HTTP status, then the request id that finds the call in that service's logs.
 * "Not found: No server with id x (compute, HTTP 404) · Request ID: req-1"
 * `requestId: false` leaves the id out, for places that show it apart (a mono column, a link).
 */
export function errorToText(e: SerializedError, words: ErrorWords = ENGLISH_ERROR_WORDS, o: { requestId?: boolean } = {}): string {
  const where = [e.service, e.status ? `HTTP ${e.status}` : undefined].filter(Boolean).join(', ');
  const text = `${words.kind(e.kind)}: ${e.message}${where ? ` (${where})` : ''}`;
  return e.requestId && o.requestId !== false ? `${text} · ${words.requestId(e.requestId)}` : text;
}
