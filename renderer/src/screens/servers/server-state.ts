import type { Server } from '../../../../shared/domain/server.js';

/**
 * What a server's state allows, decided from status, task state and lock alone so that the
 * list, the row menu, the drawer and the poller agree. Mirrors Nova's `check_instance_state`
 * and `check_instance_lock` guards closely enough that an enabled action is one Nova will
 * normally accept.
 */

export { isTransitional } from '../../../../shared/domain/server-settled.js';
export { pollDelayMs } from '../../../../shared/poll-pacing.js';

export const ROW_ACTIONS = [
  'start',
  'stop',
  'reboot',
  'hardReboot',
  'resize',
  'confirmResize',
  'revertResize',
  'lock',
  'unlock',
  'consoleLog',
  'actionLog',
  'delete',
] as const;
export type RowAction = (typeof ROW_ACTIONS)[number];

/** The actions offered for several selected rows at once. */
export const BATCH_ACTIONS = ['start', 'stop', 'reboot', 'hardReboot', 'lock', 'unlock', 'delete'] as const satisfies readonly RowAction[];
export type BatchAction = (typeof BATCH_ACTIONS)[number];

/** Why an action is not offered: an i18n key under `servers:why`. */
export type Unavailable =
  | 'busy'
  | 'notStopped'
  | 'notRunning'
  | 'notResizable'
  | 'noResizeToConfirm'
  | 'alreadyLocked'
  | 'notLocked'
  | 'locked'
  | 'deleting';

/** `reason` is the lock's own words (compute 2.73+), for `locked` only. */
export type Availability = { ok: true } | { ok: false; why: Unavailable; reason?: string };

const OK: Availability = { ok: true };
const no = (why: Unavailable): Availability => ({ ok: false, why });

/** Nova's ALLOW_HARD_REBOOT vm states, as statuses. */
const HARD_REBOOTABLE = new Set(['ACTIVE', 'SHUTOFF', 'PAUSED', 'SUSPENDED', 'ERROR', 'REBOOT', 'HARD_REBOOT']);

/**
 * The actions Nova refuses on a locked server (`@check_instance_lock` in nova/compute/api.py:
 * start, stop, reboot, resize and its confirm/revert, delete). Lock and unlock themselves, and
 * the logs, are not guarded. Listed rather than "everything but", because Nova does not guard
 * every change (createImage, rename) and a future action must be placed here knowingly.
 */
const LOCK_GUARDED: ReadonlySet<RowAction> = new Set<RowAction>(['start', 'stop', 'reboot', 'hardReboot', 'resize', 'confirmResize', 'revertResize', 'delete']);

type Subject = Pick<Server, 'status' | 'taskState' | 'locked' | 'lockedReason'>;

/**
 * Whether the row may offer the action, and if not, why.
 *
 * The lock is checked after the state, so it is named only where it is what stands in the
 * way ("Stop — locked", while Start stays "not stopped"): that is the reason worth reading.
 *
 * Admins: Nova lets `context_is_admin` (role:admin by default policy) act on a locked server.
 * The servers screen does not know the user's roles (only the profile's connection test sees
 * them, and the policy is the deployment's), so the lock is honoured for everyone, as Skyline
 * does outside its admin pages: a lock is a guard against acting by mistake, and an admin who
 * means it can unlock first, which stays on record in the action log.
 */
export function availability(s: Subject, action: RowAction): Availability {
  const byState = stateAvailability(s, action);
  if (byState.ok && s.locked && LOCK_GUARDED.has(action)) {
    return s.lockedReason ? { ok: false, why: 'locked', reason: s.lockedReason } : no('locked');
  }
  return byState;
}

function stateAvailability(s: Subject, action: RowAction): Availability {
  const status = s.status.toUpperCase();
  const task = s.taskState ?? undefined;
  // logs are reading, not acting: always offered
  if (action === 'consoleLog' || action === 'actionLog') return OK;
  if (task === 'deleting' || status === 'DELETED') return no('deleting');
  switch (action) {
    case 'delete':
      return OK;
    case 'hardReboot':
      // a hard reboot may interrupt a stuck soft reboot, as Nova allows
      if (task && !task.startsWith('reboot')) return no('busy');
      return HARD_REBOOTABLE.has(status) ? OK : no('notRunning');
    case 'lock':
      return s.locked ? no('alreadyLocked') : OK;
    case 'unlock':
      return s.locked ? OK : no('notLocked');
  }
  if (task) return no('busy');
  switch (action) {
    case 'start':
      return status === 'SHUTOFF' ? OK : no('notStopped');
    case 'stop':
      return status === 'ACTIVE' || status === 'ERROR' || status === 'RESCUE' ? OK : no('notRunning');
    case 'reboot':
      return status === 'ACTIVE' ? OK : no('notRunning');
    case 'resize':
      return status === 'ACTIVE' || status === 'SHUTOFF' ? OK : no('notResizable');
    case 'confirmResize':
    case 'revertResize':
      return status === 'VERIFY_RESIZE' ? OK : no('noResizeToConfirm');
  }
}
