import type { TFunction } from 'i18next';
import { errorToText, type ErrorWords } from '../../../shared/error-text.js';
import type { SerializedError } from '../../../shared/errors.js';

/** The serialized error from a failed `call()`, or an internal one for anything else. */
export function serializedOf(e: unknown): SerializedError {
  const s = (e as { serialized?: SerializedError } | undefined)?.serialized;
  if (s) return s;
  return { kind: 'internal', message: e instanceof Error ? e.message : String(e) };
}

const wordsOf = (t: TFunction): ErrorWords => ({
  kind: (kind) => t('common:errors.kind.' + kind),
  requestId: (id) => t('common:errors.requestId', { id }),
});

/** "Authentication failed: The request you have made requires authentication. (identity, HTTP 401)" (shared/error-text.ts) */
export function errorText(t: TFunction, e: SerializedError): string {
  return errorToText(e, wordsOf(t), { requestId: false });
}

/** The detail line of an error toast: the same, plus the request id to quote. */
export function errorDetail(t: TFunction, e: SerializedError): string {
  return errorToText(e, wordsOf(t));
}
