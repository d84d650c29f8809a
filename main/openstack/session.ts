import { OpenStackError, fromResponse, isOpenStackError } from './errors.js';
import { HttpTransport, headerOf, type HttpResponse, type HttpStreamRequest, type HttpStreamResponse, type TransportOptions } from './http/transport.js';
import { buildAuthBody, tokensUrl } from './identity/auth-body.js';
import type { AuthSpec } from './identity/auth-spec.js';
import { scopeOf, tokenHasScope } from './identity/scope-match.js';
import { findEndpoint, type EndpointQuery } from './identity/catalog.js';
import { refusedLogin, passcodeNeeded } from './identity/refused-login.js';
import { parseTokenResponse, type Token } from './identity/token.js';
import { knownSecrets as processSecrets, type KnownSecrets } from './known-secrets.js';
import { RequestLog } from './request-log.js';

/** keystoneauth's MIN_TOKEN_LIFE_SECONDS: a token with less left is renewed before use. */
export const REAUTH_MARGIN_MS = 120_000;
/**
 * A login that needs a passcode cannot be renewed without the user (a token-method login keeps
 * the token's expiry), so its token serves until just before it expires, and only then is the
 * user asked again.
 */
export const PASSCODE_MARGIN_MS = 10_000;

export interface SessionOptions extends TransportOptions {
  auth: AuthSpec;
  region?: string;
  interface?: 'public' | 'internal' | 'admin';
  /** where this session's tokens and login secret are registered (the process registry unless a test says otherwise) */
  secrets?: KnownSecrets;
  /**
   * Valid tokens of the same login held by other scopes' sessions (the registry's siblings).
   * One for this session's project is used as it is (a region switch costs no request); any
   * other is re-scoped with the token method, so neither a password nor a passcode is sent again.
   */
  siblingTokens?: () => Token[];
  /**
   * Present when the login's user has Keystone's MFA rule password + totp: the passcode the
   * user has just typed, handed over once (undefined when none is waiting). Only the
   * profile's own login asks for it; a sibling token spares it.
   */
  passcode?: () => string | undefined;
}

/** The secret an AuthSpec logs in with. */
function loginSecretOf(auth: AuthSpec): string {
  switch (auth.type) {
    case 'password':
      return auth.password;
    case 'application_credential':
      return auth.secret;
    case 'token':
      return auth.token;
  }
}

export interface SessionRequest {
  service: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * Holds one token per cloud (≈ keystoneauth Session): single-flight login, renewal ahead
 * of expiry, and one re-auth plus replay of the same body on a 401.
 */
export class Session {
  readonly log: RequestLog;
  readonly transport: HttpTransport;
  private current: Token | undefined;
  private pending: Promise<Token> | undefined;
  private readonly now: () => number;
  private readonly secrets: KnownSecrets;
  /** every token this session obtained and not yet expired, with the function that forgets it */
  private tokensHeld: { expiresAt: number; forget: () => void }[] = [];
  private readonly forgetLoginSecret: () => void;
  /** how long before its expiry a token stops being used */
  private readonly margin: number;

  constructor(private readonly options: SessionOptions) {
    this.log = options.log ?? new RequestLog();
    this.transport = new HttpTransport({ ...options, log: this.log });
    this.now = options.now ?? Date.now;
    this.secrets = options.secrets ?? processSecrets;
    // a typed or stored password reaches main's strings through echoes too (decision 8)
    this.forgetLoginSecret = this.secrets.add(loginSecretOf(options.auth));
    this.margin = options.passcode ? PASSCODE_MARGIN_MS : REAUTH_MARGIN_MS;
  }

  /**
   * A token is scrubbed from everything leaving main while it can still be used: a renewed
   * token stays valid until it expires, so it is forgotten only then (or when the session closes).
   */
  private hold(token: Token): void {
    const now = this.now();
    this.tokensHeld = this.tokensHeld.filter((t) => (t.expiresAt > now ? true : (t.forget(), false)));
    this.tokensHeld.push({ expiresAt: token.expiresAt.getTime(), forget: this.secrets.add(token.value) });
  }

  get region(): string | undefined {
    return this.options.region;
  }

  get authUrl(): string {
    return this.options.auth.authUrl;
  }

  /** Whether this login may be re-scoped to another project (an application credential may not). */
  get canRescope(): boolean {
    return this.options.auth.type !== 'application_credential';
  }

  /** A valid token, logging in first when there is none or it expires within the margin (`margin`). */
  async token(): Promise<Token> {
    const t = this.current;
    if (t && t.expiresAt.getTime() - this.now() > this.margin) return t;
    this.pending ??= this.authenticate().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Use a token obtained elsewhere (token auth, or tests that plant an invalid one). */
  adoptToken(token: Token): void {
    this.hold(token);
    this.current = token;
  }

  /** Forget the token, unless another caller already replaced it. */
  invalidate(token?: Token): void {
    if (!token || this.current === token) this.current = undefined;
  }

  async endpoint(type: string, overrides: Partial<EndpointQuery> = {}): Promise<string> {
    const t = await this.token();
    return findEndpoint(t.catalog, {
      type,
      interface: overrides.interface ?? this.options.interface ?? 'public',
      ...((overrides.region ?? this.options.region) ? { region: overrides.region ?? this.options.region } : {}),
    });
  }

  /** The current token while it has more than the margin left; never logs in. */
  peek(): Token | undefined {
    const t = this.current;
    return t && t.expiresAt.getTime() - this.now() > this.margin ? t : undefined;
  }

  private async authenticate(): Promise<Token> {
    const siblings = (this.options.siblingTokens?.() ?? []).filter((t) => t.expiresAt.getTime() - this.now() > this.margin);
    const scope = scopeOf(this.options.auth);
    // an application credential's tokens all carry its one project
    const same = this.options.auth.type === 'application_credential' ? siblings[0] : siblings.find((t) => tokenHasScope(t, scope));
    if (same) {
      this.adoptToken(same);
      return same;
    }
    const other = scope && 'project' in scope ? siblings.find((t) => t.project) : undefined;
    if (other) {
      try {
        return await this.login({ type: 'token', authUrl: this.options.auth.authUrl, token: other.value, scope });
      } catch (e) {
        // Keystone answers 404 for a sibling token it no longer knows: the profile's own login still
        // works. A 401 (no role on that project) stands: sending the password would not change it.
        if (!isOpenStackError(e) || e.status !== 404) throw e;
      }
    }
    return this.ownLogin();
  }

  /** The profile's own login, with a passcode where its rule needs one (netted only while it is in flight). */
  private async ownLogin(): Promise<Token> {
    const auth = this.options.auth;
    if (!this.options.passcode || auth.type !== 'password') return this.login(auth, true);
    const passcode = this.options.passcode();
    if (!passcode) throw passcodeNeeded();
    const forget = this.secrets.add(passcode);
    try {
      return await this.login({ ...auth, passcode }, true);
    } finally {
      forget();
    }
  }

  /** `own`: the profile's own credentials, as opposed to a sibling's token re-scoped. */
  private async login(spec: AuthSpec, own = false): Promise<Token> {
    const res = await this.transport.send({
      method: 'POST',
      url: tokensUrl(spec.authUrl),
      service: 'identity',
      body: JSON.stringify(buildAuthBody(spec)),
    });
    if (res.status !== 201 && res.status !== 200) {
      const err = fromResponse({ ...res, bodyText: res.text, service: 'identity', method: 'POST', url: spec.authUrl });
      // Keystone answers an unrecognised token with 404 "Could not recognize Fernet token": for
      // token auth that is a failed login, not a missing resource
      const failedLogin = res.status === 401 || (res.status === 404 && spec.type === 'token');
      if (!failedLogin) throw new OpenStackError(err.kind, err.message, err.toJSON());
      throw refusedLogin(err, spec, own, headerOf(res.headers, 'openstack-auth-receipt') !== undefined);
    }
    const token = parseTokenResponse(headerOf(res.headers, 'x-subject-token'), JSON.parse(res.text));
    // a token just issued tells Keystone's time, even where no Date header does
    if (token.issuedAt) this.transport.clock.observeTime(tokensUrl(spec.authUrl), token.issuedAt);
    this.hold(token);
    this.current = token;
    return token;
  }

  /** Sends with the token; on 401, logs in again once and replays the identical body. */
  async request(req: SessionRequest): Promise<HttpResponse> {
    const body = req.body === undefined ? undefined : JSON.stringify(req.body);
    return this.withToken(req, (token) =>
      this.transport.send({
        method: req.method,
        url: req.url,
        service: req.service,
        headers: { ...req.headers, 'x-auth-token': token },
        ...(body !== undefined ? { body } : {}),
      }),
    );
  }

  /** `send` with a valid token; on a 401 once more with a new one; an error status thrown as the service said it. */
  private async withToken<R extends { status: number; text: string; headers: HttpResponse['headers'] }>(
    req: { service: string; method: string; url: string },
    send: (token: string) => Promise<R>,
  ): Promise<R> {
    for (let attempt = 1; ; attempt++) {
      const token = await this.token();
      const res = await send(token.value);
      if (res.status === 401 && attempt === 1) {
        this.invalidate(token);
        continue;
      }
      if (res.status >= 400) {
        throw fromResponse({ ...res, bodyText: res.text, service: req.service, method: req.method, url: req.url });
      }
      return res;
    }
  }

  /**
   * A raw-bytes transfer with the same token handling and error mapping as `request`: on 401
   * the body is opened again and sent once more with a new token; a 2xx answer's body is
   * left open for the caller to stream.
   */
  stream(req: HttpStreamRequest): Promise<HttpStreamResponse> {
    return this.withToken(req, (token) => this.transport.stream({ ...req, headers: { ...req.headers, 'x-auth-token': token } }));
  }

  async close(): Promise<void> {
    for (const t of this.tokensHeld) t.forget();
    this.tokensHeld = [];
    this.forgetLoginSecret();
    await this.transport.close();
  }
}
