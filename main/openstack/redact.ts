/**
 * Redaction before anything is stored or leaves the main process (DESIGN.md decision 8).
 * Secrets are recognised by the name of the key, header or query parameter that holds them.
 * The known-secrets net (known-secrets.ts) then replaces secret values wherever they appear.
 */
export const REDACTED = '***';

/** Header names that carry a credential but whose words do not say "token" or "secret". */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'openstack-auth-receipt']);

/** A key holding one of these words holds a secret (`new_password`, `adminPass`, `X-Service-Token`). */
const SECRET_WORDS = new Set(['pass', 'passwd', 'password', 'passwords', 'passcode', 'passphrase', 'secret', 'secrets', 'token', 'tokens', 'blob', 'contents']);
/** Secrets whose name is two words, matched with the separators removed. */
const SECRET_JOINED = ['userdata', 'privatekey', 'adminpass', 'authtoken'];
/**
 * A key whose last word is one of these says something about a secret, not the secret itself:
 * `token_expires`, `password_expires_at`, `token_type`, `secret_ref`, `password_required`.
 */
const ABOUT_A_SECRET = new Set(['expires', 'expiry', 'at', 'type', 'ref', 'url', 'required', 'enabled', 'length', 'ttl', 'lifetime', 'policy', 'hint', 'count', 'methods']);

/** Words of a key in any casing: `adminPass` → admin pass, `X-Auth-Token` → x auth token. */
function wordsOf(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function isSecretKey(key: string): boolean {
  const words = wordsOf(key);
  if (words.length === 0 || ABOUT_A_SECRET.has(words[words.length - 1]!)) return false;
  if (words.some((w) => SECRET_WORDS.has(w))) return true;
  const joined = words.join('');
  return SECRET_JOINED.some((s) => joined.includes(s));
}

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADERS.has(name.toLowerCase()) || isSecretKey(name);
}

export function redactHeaders(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue;
    out[k] = isSecretHeader(k) ? REDACTED : String(v);
  }
  return out;
}

/** A string that holds a JSON object or array (metadata values, Keystone's credential blob). */
function parseEmbeddedJson(s: string): unknown {
  const t = s.trim();
  if (!((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']')))) return undefined;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return undefined;
  }
}

function redactValue(value: unknown, depth: number): unknown {
  if (depth > 50) return REDACTED;
  if (typeof value === 'string') {
    const embedded = parseEmbeddedJson(value);
    return embedded === undefined ? value : JSON.stringify(redactValue(embedded, depth + 1));
  }
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (!isSecretKey(k)) out[k] = redactValue(v, depth + 1);
      // A secret key over an object is structure: Keystone's `password: {user: {...}}` and
      // `token: {id}` name the auth method; what is inside is judged key by key, and a
      // token's `id` is the token itself.
      else if (v && typeof v === 'object' && !Array.isArray(v)) {
        const inner = redactValue(v, depth + 1) as Record<string, unknown>;
        out[k] = wordsOf(k).includes('token') && 'id' in inner ? { ...inner, id: REDACTED } : inner;
      } else if (Array.isArray(v)) out[k] = v.map((item) => (item && typeof item === 'object' ? redactValue(item, depth + 1) : REDACTED));
      else out[k] = v === null ? null : REDACTED;
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

/**
 * Secret parameters of a query string or fragment (`?token=`, `#auth_token=`), and values that
 * are themselves query strings: noVNC's `vnc_lite.html?path=%3Ftoken%3D…` carries the console
 * token inside the `path` parameter.
 */
function redactParams(params: URLSearchParams): boolean {
  let changed = false;
  for (const [key, value] of [...params.entries()]) {
    if (isSecretKey(key)) {
      params.set(key, REDACTED);
      changed = true;
    } else if (/[?&#]?[^=&]+=/.test(value)) {
      const inner = value.replace(/^([^?#]*[?#])?/, '');
      const nested = new URLSearchParams(inner);
      if (redactParams(nested)) {
        params.set(key, value.slice(0, value.length - inner.length) + nested.toString());
        changed = true;
      }
    }
  }
  return changed;
}

/** Query parameters and fragments can carry secrets too: a log must never be the leak. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = REDACTED;
    const query = new URLSearchParams(u.search);
    if (redactParams(query)) u.search = query.toString();
    if (u.hash.includes('=')) {
      const fragment = new URLSearchParams(u.hash.slice(1));
      if (redactParams(fragment)) u.hash = fragment.toString();
    }
    return u.toString();
  } catch {
    return url;
  }
}

/** URLs inside free text (error messages, log lines) get the same treatment as redactUrl. */
export function redactUrlsInText(text: string): string {
  if (!text.includes('://')) return text;
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, (url) => redactUrl(url));
}
