/** The error shape that crosses IPC (DESIGN.md decision 3). Pure data: no class, no stack. */
export const ERROR_KINDS = [
  'validation',
  'unsupported_microversion',
  'auth_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'over_limit',
  'bad_request',
  'server_error',
  'endpoint_not_found',
  'network',
  'timeout',
  'resource_failure',
  'secret_unavailable',
  // a file Novadesk keeps on this machine could not be written: disk full, read-only folder, no permission
  'storage',
  // the user stopped it (an image transfer's cancel)
  'cancelled',
  'internal',
] as const;

export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface SerializedError {
  kind: ErrorKind;
  message: string;
  /** HTTP status when the error came from a service. */
  status?: number;
  /** `x-openstack-request-id` / `x-compute-request-id` of the failed call. */
  requestId?: string;
  /** Which service answered (compute, identity, image, network). */
  service?: string;
  /** Dotted path of the offending input field, for validation errors. */
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: SerializedError };
