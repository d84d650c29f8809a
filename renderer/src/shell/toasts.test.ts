import type { TFunction } from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CloudStatus, ProfileView } from '../../../shared/schemas/profile.js';
import { notify, toastLifetime, useNotifications, TOAST_LIFETIME_MS } from '../stores/notify.js';
import { alertCloudChanges } from './useCloudAlerts.js';

const t = ((key: string) => key) as unknown as TFunction;
const profile = { id: 'c1', name: 'c1', label: '' } as ProfileView;
const at = (state: CloudStatus['state']) => ({ profiles: [profile], projectNames: {}, statuses: { c1: { profileId: 'c1', state, since: '' } } });

beforeEach(() => {
  vi.useFakeTimers();
  useNotifications.getState().clear();
});
afterEach(() => vi.useRealTimers());

describe('toastLifetime', () => {
  it('lets ordinary errors go after a while, keeps critical ones and cloud alerts', () => {
    expect(toastLifetime({ kind: 'error', title: 'x' })).toBe(TOAST_LIFETIME_MS.error);
    expect(toastLifetime({ kind: 'info', title: 'x' })).toBe(TOAST_LIFETIME_MS.info);
    expect(toastLifetime({ kind: 'error', title: 'x', critical: true })).toBeUndefined();
    expect(toastLifetime({ kind: 'error', title: 'x', cloud: 'c1' })).toBeUndefined();
  });

  it('removes a non-critical error toast once its time is up', () => {
    notify({ kind: 'error', title: 'launch failed' });
    expect(useNotifications.getState().items).toHaveLength(1);
    vi.advanceTimersByTime(TOAST_LIFETIME_MS.error + 1);
    expect(useNotifications.getState().items).toHaveLength(0);
  });
});

describe('cloud alerts', () => {
  it('clear the offline toast when the cloud is connected again, even through connecting', () => {
    alertCloudChanges(at('offline'), at('connected'), t);
    expect(useNotifications.getState().items.map((n) => n.title)).toEqual(['cloudAlert.offline']);
    vi.advanceTimersByTime(10 * TOAST_LIFETIME_MS.error);
    expect(useNotifications.getState().items).toHaveLength(1);
    alertCloudChanges(at('unknown'), at('offline'), t);
    alertCloudChanges(at('connected'), at('unknown'), t);
    expect(useNotifications.getState().items.map((n) => n.title)).toEqual(['cloudAlert.back']);
  });

  it('keep one toast per failing cloud', () => {
    alertCloudChanges(at('offline'), at('connected'), t);
    alertCloudChanges(at('needs_credentials'), at('offline'), t);
    expect(useNotifications.getState().items.map((n) => n.title)).toEqual(['cloudAlert.needs_credentials']);
  });
});
