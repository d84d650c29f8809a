/**
 * Which answer about a row may replace what the row shows. Reads of a row can overlap (a poll
 * sent before an action, the re-read sent after it), and the later-sent one is the truth: each
 * read takes a ticket when it is sent, and an answer is applied only when no later-sent read of
 * that row has been applied already. Without it, a poll that left before "Confirm resize" and
 * lands after the re-read puts the row back to "Resized" (issue 13).
 */
export interface RowTickets {
  /** a ticket for a read about to be sent */
  take(): number;
  /** whether the answer of the read holding `ticket` may be applied to the row `key` (records it) */
  accept(key: string, ticket: number): boolean;
}

export function createRowTickets(): RowTickets {
  let next = 0;
  const applied = new Map<string, number>();
  return {
    take: () => ++next,
    accept(key, ticket) {
      if (ticket < (applied.get(key) ?? 0)) return false;
      applied.set(key, ticket);
      return true;
    },
  };
}

/**
 * For answers that carry no ticket (main's watcher events): the item's own clock. `olderThan`
 * says whether `incoming` describes an earlier moment than `current` (servers: Nova's
 * `updated`, which every state change moves forward); such an answer is dropped.
 */
export function keepNewer<T>(current: T | undefined, incoming: T, olderThan: ((a: T, b: T) => boolean) | undefined): boolean {
  return !current || !olderThan || !olderThan(incoming, current);
}
