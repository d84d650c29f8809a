import type { InstanceAction, Server } from '../../../../shared/domain/server.js';

/**
 * A resize Nova gives up on (no host can take the flavor) leaves no trace on the server: it is
 * ACTIVE again on its old flavor, and only the action log's "resize" event says Error. These
 * rules tell the screen when to look, and what to tell the user.
 */

/** On its way to a new flavor (not a confirm or revert, which end on a flavor by design). */
export function isResizing(s: Pick<Server, 'status' | 'taskState'>): boolean {
  const task = s.taskState ?? '';
  if (task === 'resize_reverting' || task === 'resize_confirming') return false;
  return s.status.toUpperCase() === 'RESIZE' || task.startsWith('resize_');
}

/** Where a watched resize ended: waiting for the user (it worked), back where it was (look why), or still moving. */
export function resizeEnd(s: Pick<Server, 'status' | 'taskState'>): 'verify' | 'back' | 'moving' {
  const status = s.status.toUpperCase();
  if (status === 'VERIFY_RESIZE') return 'verify';
  if (isResizing(s) || s.taskState) return 'moving';
  return 'back';
}

export interface ResizeFailure {
  event: string;
  message: string;
}

/**
 * The newest resize's failed event, with the first line of its traceback (admins see it), else
 * the action's own message, else the event's result. Undefined when the resize did not fail.
 */
export function resizeFailure(actions: readonly InstanceAction[]): ResizeFailure | undefined {
  const last = [...actions].filter((a) => a.action === 'resize').sort((a, b) => b.startTime.localeCompare(a.startTime))[0];
  if (!last) return undefined;
  const failed = last.events?.find((e) => e.result?.toLowerCase() === 'error');
  if (!failed && !last.message) return undefined;
  const traceLine = failed?.traceback
    ?.split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1);
  return { event: failed?.event ?? last.action, message: traceLine ?? last.message ?? failed?.result ?? '' };
}
