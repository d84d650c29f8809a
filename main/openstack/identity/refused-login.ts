import { OpenStackError } from '../errors.js';
import type { AuthSpec } from './auth-spec.js';

/**
 * A login Keystone refused, as `auth_failed` naming what the user can change: `passcode` (a
 * passcode was sent), `auth.totp` (the password was right, but the user's MFA rule wants a
 * passcode too: Keystone answers with a receipt), `secret` (the profile's stored password,
 * credential secret or token no longer works: ask for it). A sibling's token re-scoped to a
 * project names nothing: the user has no role there, and no secret would change that.
 */
export function refusedLogin(err: OpenStackError, spec: AuthSpec, own: boolean, receipt: boolean): OpenStackError {
  const facts = err.toJSON();
  if (!own) return new OpenStackError('auth_failed', err.message, facts);
  if (spec.type === 'password' && spec.passcode !== undefined) {
    return new OpenStackError(
      'auth_failed',
      `Keystone refused the login with this TOTP passcode (or the password): enter the passcode your authenticator shows now (${err.message})`,
      { ...facts, field: 'passcode' },
    );
  }
  if (receipt) {
    return new OpenStackError(
      'auth_failed',
      'this user must also give a TOTP passcode (Keystone multi-factor rule password + totp): turn on "Multi-factor: password + TOTP passcode" in the profile',
      { ...facts, field: 'auth.totp' },
    );
  }
  return new OpenStackError('auth_failed', err.message, { ...facts, field: 'secret' });
}

/** The login needs a passcode and none is waiting: the user is asked (secret prompt). */
export function passcodeNeeded(): OpenStackError {
  return new OpenStackError('secret_unavailable', 'a TOTP passcode is needed to log in: enter the one your authenticator shows', {
    field: 'passcode',
    service: 'identity',
  });
}
