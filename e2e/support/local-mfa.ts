/**
 * The local cloud's multi-factor user (e2e/cloud/README.md, "Multi-factor login"): demo-mfa,
 * whose Keystone rule wants password + TOTP. Its TOTP key is the one up.sh generated, so a
 * test computes the passcode an authenticator app would show.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { base32Decode, totpPasscode } from '../../main/openstack/identity/totp.js';
import { CLOUDS_YAML } from './local-cloud.js';

export const MFA_CLOUDS_YAML = join(dirname(CLOUDS_YAML), 'clouds-mfa.yaml');
export const MFA_PROFILE = 'local-demo-mfa';
const TOTP_SECRET_FILE = join(dirname(CLOUDS_YAML), 'totp-demo-mfa.secret');

const key = (): Buffer => base32Decode(readFileSync(TOTP_SECRET_FILE, 'utf8').trim());

/** The passcode of the current 30 s step, computed afresh for each login. */
export function mfaPasscode(at = new Date()): string {
  return totpPasscode(key(), at);
}

/**
 * A passcode Keystone refuses: six digits that are none of the codes it accepts around now
 * (the current step and `[totp] included_previous_windows` = 1 before it), nor the next step's.
 */
export function wrongPasscode(): string {
  const now = Date.now();
  const near = new Set([-60_000, -30_000, 0, 30_000, 60_000].map((d) => totpPasscode(key(), new Date(now + d))));
  for (let n = 0; ; n++) {
    const candidate = String((Number(mfaPasscode()) + 111_111 * (n + 1)) % 1_000_000).padStart(6, '0');
    if (!near.has(candidate)) return candidate;
  }
}
