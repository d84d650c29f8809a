import type { TFunction } from 'i18next';
import type { SerializedError } from '../../../shared/errors.js';

/** The serialized error from a failed `call()`, or an internal one for anything else. */
export function serializedOf(e: unknown): SerializedError {
  const s = (e as { serialized?: SerializedError } | undefined)?.serialized;
  if (s) return s;
  return { kind: 'internal', message: e instanceof Error ? e.message : String(e) };
}

/** "Authentication failed: The request you have made requires authentication. (HTTP 401)" */
export function errorText(t: TFunction, e: SerializedError): string {
  const status = e.status ? ` (HTTP ${e.status})` : '';
  return `${t('common:errors.kind.' + e.kind)}: ${e.message}${status}`;
}

/** The detail line of an error toast: the service's message plus the request id to quote. */
export function errorDetail(t: TFunction, e: SerializedError): string {
  return e.requestId ? `${errorText(t, e)} · ${t('common:errors.requestId', { id: e.requestId })}` : errorText(t, e);
}
