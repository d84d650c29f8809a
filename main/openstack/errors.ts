import type { ErrorKind, SerializedError } from '../../shared/errors.js';

/** Every failure the client library raises. `toJSON()` is the shape that crosses IPC. */
export class OpenStackError extends Error {
  readonly kind: ErrorKind;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly service: string | undefined;
  readonly field: string | undefined;

  constructor(kind: ErrorKind, message: string, extra: Omit<SerializedError, 'kind' | 'message'> = {}) {
    super(message);
    this.name = 'OpenStackError';
    this.kind = kind;
    this.status = extra.status;
    this.requestId = extra.requestId;
    this.service = extra.service;
    this.field = extra.field;
  }

  toJSON(): SerializedError {
    const out: SerializedError = { kind: this.kind, message: this.message };
    if (this.status !== undefined) out.status = this.status;
    if (this.requestId !== undefined) out.requestId = this.requestId;
    if (this.service !== undefined) out.service = this.service;
    if (this.field !== undefined) out.field = this.field;
    return out;
  }
}

export function isOpenStackError(e: unknown): e is OpenStackError {
  return e instanceof OpenStackError;
}

export function validationError(field: string, message: string): OpenStackError {
  return new OpenStackError('validation', `${field}: ${message}`, { field });
}

/** `hint`: what the user can do instead, appended to the message. */
export function unsupportedMicroversion(
  field: string,
  needed: string,
  negotiated: string,
  hint?: string,
  service: 'compute' | 'volume' = 'compute',
): OpenStackError {
  return new OpenStackError(
    'unsupported_microversion',
    `${field} needs ${service} microversion ${needed}; this cloud negotiated ${negotiated}${hint ? `: ${hint}` : ''}`,
    { field },
  );
}

function kindForStatus(status: number, message: string): ErrorKind {
  // Cinder refuses an action on a volume or snapshot in the wrong state (attached, has
  // snapshots, in use) with a 400 "Invalid volume: ..." rather than a 409
  if (status === 400) return /^Invalid (volume|snapshot)\b/i.test(message) ? 'conflict' : 'bad_request';
  if (status === 401) return 'unauthorized';
  // Nova reports exceeded quotas as 403 "Quota exceeded for ..."; it is a limit, not a permission.
  if (status === 403) return /quota exceeded|over.?limit/i.test(message) ? 'over_limit' : 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 406) return 'unsupported_microversion';
  // Neutron answers an exceeded quota with 409 OverQuota "Quota exceeded for resources: ['floatingip']."
  if (status === 409) return /quota exceeded|over.?quota/i.test(message) ? 'over_limit' : 'conflict';
  if (status === 413 || status === 429) return 'over_limit';
  if (status >= 500) return 'server_error';
  return 'bad_request';
}

function stripHtml(text: string): string {
  const body = /<body[^>]*>([\s\S]*?)<\/body>/i.exec(text)?.[1] ?? text;
  return body
    .replace(/<h1>[\s\S]*?<\/h1>/i, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function messageOf(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  for (const key of ['message', 'detail', 'title', 'faultstring']) {
    const m = v[key];
    // webob (Glance) answers Accept: application/json with its HTML template's text: "...<br /><br />\n\n"
    if (typeof m === 'string' && m.trim()) return m.replace(/(\s*<br\s*\/?>\s*)+/gi, ' ').trim();
  }
  return undefined;
}

/**
 * Pull the service's own message out of an error body. Shapes:
 * Keystone `{error:{message}}`, Nova `{itemNotFound:{message}}` (one top-level key),
 * Neutron `{NeutronError:{type,message}}`, Placement `{errors:[{detail}]}`, Glance HTML,
 * Cinder like Nova (`{badRequest:{code,message}}`, `{overLimit:{code,message,retryAfter}}`).
 */
export function serviceMessage(bodyText: string): string | undefined {
  const text = bodyText.trim();
  if (!text) return undefined;
  if (text.startsWith('{')) {
    try {
      const body = JSON.parse(text) as Record<string, unknown>;
      if (Array.isArray(body.errors) && body.errors.length > 0) return messageOf(body.errors[0]);
      const direct = messageOf(body);
      if (direct) return direct;
      for (const value of Object.values(body)) {
        const m = messageOf(value);
        if (m) return m;
      }
      return undefined;
    } catch {
      // fall through: not JSON after all
    }
  }
  if (/^<|<html/i.test(text)) return stripHtml(text) || undefined;
  return text.slice(0, 500);
}

export interface ResponseFacts {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bodyText: string;
  service: string;
  method: string;
  url: string;
}

function header(headers: ResponseFacts['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export function requestIdOf(headers: ResponseFacts['headers']): string | undefined {
  return header(headers, 'x-openstack-request-id') ?? header(headers, 'x-compute-request-id');
}

/** The one mapping from an HTTP error response of any service to an OpenStackError. */
export function fromResponse(r: ResponseFacts): OpenStackError {
  const message = serviceMessage(r.bodyText) ?? `HTTP ${r.status} from ${r.service}`;
  const requestId = requestIdOf(r.headers);
  return new OpenStackError(kindForStatus(r.status, message), message, {
    status: r.status,
    service: r.service,
    ...(requestId ? { requestId } : {}),
  });
}
