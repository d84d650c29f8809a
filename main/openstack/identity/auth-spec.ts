/** How a session logs in to Keystone v3. Names or ids, as keystoneauth accepts them. */
export interface DomainRef {
  id?: string;
  name?: string;
}

export type Scope =
  | { project: { id: string } | { name: string; domain: DomainRef } }
  | { domain: DomainRef }
  | { system: true }
  | undefined;

export type AuthSpec =
  | {
      type: 'password';
      authUrl: string;
      user: { id: string } | { name: string; domain: DomainRef };
      password: string;
      /** a TOTP passcode for Keystone's multi-factor rule (methods password + totp); used for one login, never kept */
      passcode?: string;
      scope?: Scope;
    }
  | {
      type: 'application_credential';
      authUrl: string;
      /** By id, or by name plus the owning user. */
      credential: { id: string } | { name: string; user: { id: string } | { name: string; domain: DomainRef } };
      secret: string;
    }
  | { type: 'token'; authUrl: string; token: string; scope?: Scope };
