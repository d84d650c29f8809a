/**
 * Redaction before anything is stored or leaves the main process (DESIGN.md decision 8).
 * Keys are matched case-insensitively anywhere in a JSON body.
 */
export const REDACTED = '***';

const SECRET_HEADERS = new Set(['x-auth-token', 'x-subject-token', 'authorization', 'cookie', 'set-cookie']);
const SECRET_KEYS = new Set([
  'password',
  'secret',
  'adminpass',
  'admin_pass',
  'user_data',
  'private_key',
  'token',
  'id_token',
  'access_token',
  'refresh_token',
  'client_secret',
]);

export function redactHeaders(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue;
    out[k] = SECRET_HEADERS.has(k.toLowerCase()) ? REDACTED : String(v);
  }
  return out;
}

function redactValue(value: unknown, depth: number): unknown {
  if (depth > 50) return REDACTED;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // Keystone's token auth nests the secret as {token: {id}}; a bare "token" key with an
      // object value is structure (the auth method), so only its `id` is hidden.
      if (k === 'token' && v && typeof v === 'object') {
        out[k] = { ...redactValue(v, depth + 1) as object, ...('id' in v ? { id: REDACTED } : {}) };
      } else {
        out[k] = SECRET_KEYS.has(k.toLowerCase()) ? REDACTED : redactValue(v, depth + 1);
      }
    }
    return out;
  }
  return value;
}

export function redactJson<T>(value: T): T {
  return redactValue(value, 0) as T;
}

/** Redacts a body given as text; a body that is not JSON is kept only as its length. */
export function redactBodyText(text: string, max = 4096): string {
  if (!text) return '';
  try {
    const s = JSON.stringify(redactJson(JSON.parse(text)));
    return s.length > max ? `${s.slice(0, max)}… (${s.length} chars)` : s;
  } catch {
    return `(${text.length} bytes, not JSON)`;
  }
}

/** Query parameters can carry secrets too (rare, but a log must never be the leak). */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = REDACTED;
    for (const key of [...u.searchParams.keys()]) {
      if (SECRET_KEYS.has(key.toLowerCase())) u.searchParams.set(key, REDACTED);
    }
    return u.toString();
  } catch {
    return url;
  }
}
