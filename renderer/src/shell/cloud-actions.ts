import { profileOnSlot } from '../../../shared/profile-shortcuts.js';
import { profileOf } from '../../../shared/ipc/scope-id.js';
import { api } from '../lib/api.js';
import { useClouds } from '../stores/clouds.js';

/**
 * Makes a cloud current and warms its client (token, catalog, microversion) so the screen's
 * first request does not pay for it; the status arrives as a 'clouds.status' event.
 */
export function switchCloud(id: string): void {
  const clouds = useClouds.getState();
  if (!clouds.profiles.some((p) => p.id === profileOf(id))) return;
  clouds.setCurrent(id);
  void api.invoke('clouds.connect', { cloud: id }).then((r) => {
    if (r.ok) useClouds.setState((s) => ({ statuses: { ...s.statuses, [id]: r.value } }));
  });
}

/** Ctrl+1..9: the cloud holding slot n (its stored slot, else the free slots in list order). */
export function switchToSlot(n: number): boolean {
  const p = profileOnSlot(useClouds.getState().profiles, n);
  if (!p) return false;
  switchCloud(p.id);
  return true;
}
