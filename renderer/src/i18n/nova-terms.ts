import type { TFunction } from 'i18next';

/**
 * Nova's own words (server status, task state, power state, instance action) in the user's
 * language: one mapping (`locales/<lang>/nova.json`) for every screen that shows them, so the
 * servers list, its drawer and the launch progress say the same thing. A word Nova adds
 * later is shown as Nova wrote it rather than as a missing key.
 */
export const NOVA_STATUSES = [
  'ACTIVE', 'BUILD', 'DELETED', 'ERROR', 'HARD_REBOOT', 'MIGRATING', 'PASSWORD', 'PAUSED', 'REBOOT', 'REBUILD', 'RESCUE',
  'RESIZE', 'REVERT_RESIZE', 'SHELVED', 'SHELVED_OFFLOADED', 'SHUTOFF', 'SOFT_DELETED', 'SUSPENDED', 'UNKNOWN', 'VERIFY_RESIZE',
] as const;

/** Power states as the domain spells them (shared/domain/server.ts `PowerState`). */
export const NOVA_POWER_STATES = ['NOSTATE', 'RUNNING', 'PAUSED', 'SHUTDOWN', 'CRASHED', 'SUSPENDED', 'UNKNOWN'] as const;

/** `ACTIVE`, `active` → "Active" / "运行中". */
export function novaStatusText(t: TFunction, status: string): string {
  return t(`nova:status.${status.toUpperCase()}`, { defaultValue: status });
}

/** `powering-off` → "powering off" / "正在关机". */
export function novaTaskText(t: TFunction, task: string): string {
  return t(`nova:task.${task}`, { defaultValue: task });
}

/** `SHUTDOWN` → "Shut down" / "已关闭". */
export function novaPowerText(t: TFunction, power: string): string {
  return t(`nova:power.${power}`, { defaultValue: power });
}

/** An instance action's name (`os-instance-actions`): `confirmResize` → "Confirm resize". */
export function novaActionText(t: TFunction, action: string): string {
  return t(`nova:action.${action}`, { defaultValue: action });
}
