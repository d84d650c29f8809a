import { describe, expect, it } from 'vitest';
import { createRowTickets, keepNewer } from './row-freshness.js';

describe('row freshness', () => {
  it('the later-sent read wins, whatever order the answers land in', () => {
    const tickets = createRowTickets();
    const poll = tickets.take();
    const reread = tickets.take();
    expect(tickets.accept('c/1', reread)).toBe(true);
    expect(tickets.accept('c/1', poll)).toBe(false);
    // another row is not affected
    expect(tickets.accept('c/2', poll)).toBe(true);
    expect(tickets.accept('c/1', tickets.take())).toBe(true);
  });

  it("an answer without a ticket is kept unless the item's own clock says it is older", () => {
    const older = (a: { at: number }, b: { at: number }) => a.at < b.at;
    expect(keepNewer({ at: 2 }, { at: 1 }, older)).toBe(false);
    expect(keepNewer({ at: 2 }, { at: 2 }, older)).toBe(true);
    expect(keepNewer(undefined, { at: 1 }, older)).toBe(true);
    expect(keepNewer({ at: 2 }, { at: 1 }, undefined)).toBe(true);
  });
});
