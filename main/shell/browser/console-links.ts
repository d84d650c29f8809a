import { randomBytes } from 'node:crypto';
import type { ConsoleWindows } from '../../console/console-windows.js';

export const CONSOLE_LINK_TTL_MS = 30_000;
export const CONSOLE_PATH = '/console/';

/**
 * The browser host's console windows: each console URL (it carries Nova's token) waits here
 * behind a random nonce; the renderer gets `/console/<nonce>`, which the host answers once,
 * within `ttlMs`, with a redirect to the URL. Unlike launch codes several may be live (one per
 * console opened), and a spent or expired one is gone from the map.
 */
export class ConsoleLinks implements ConsoleWindows {
  private readonly live = new Map<string, { url: string; expiresAt: number }>();

  constructor(
    private readonly ttlMs = CONSOLE_LINK_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  open({ url }: { url: string }): { link: string } {
    this.sweep();
    const nonce = randomBytes(24).toString('base64url');
    this.live.set(nonce, { url, expiresAt: this.now() + this.ttlMs });
    return { link: `${CONSOLE_PATH}${nonce}` };
  }

  /** The URL once for a live nonce; spent whether or not it had expired. */
  redeem(nonce: string): string | undefined {
    const entry = this.live.get(nonce);
    this.live.delete(nonce);
    return entry && this.now() <= entry.expiresAt ? entry.url : undefined;
  }

  get size(): number {
    this.sweep();
    return this.live.size;
  }

  private sweep(): void {
    const now = this.now();
    for (const [nonce, e] of this.live) if (now > e.expiresAt) this.live.delete(nonce);
  }
}
