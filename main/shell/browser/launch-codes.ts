import { randomBytes } from 'node:crypto';
import { sameSecret } from './security.js';

export const LAUNCH_CODE_TTL_MS = 30_000;

/**
 * The one-time codes that buy the session cookie. One code is live at a time: issuing a new
 * one retires the last, a code works once, and only within `ttlMs` of being issued, so a code
 * that leaked (a terminal scrollback, a crashed browser's history) is useless soon after.
 */
export class LaunchCodes {
  private live: { code: string; expiresAt: number } | undefined;

  constructor(
    private readonly ttlMs = LAUNCH_CODE_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  issue(): string {
    const code = randomBytes(24).toString('base64url');
    this.live = { code, expiresAt: this.now() + this.ttlMs };
    return code;
  }

  /** True once for the live code before it expires; the code is spent either way it matched. */
  redeem(candidate: string | undefined): boolean {
    const live = this.live;
    if (!live || !sameSecret(candidate, live.code)) return false;
    this.live = undefined;
    return this.now() <= live.expiresAt;
  }
}
