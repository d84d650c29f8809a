import { create } from 'zustand';

/** A toast for finished or failed work. */
export interface Notification {
  id: number;
  kind: 'success' | 'error' | 'info';
  title: string;
  detail?: string;
  at: number;
  /** the cloud the toast is about: it goes away when that cloud is back */
  cloud?: string;
  /** stays until dismissed (or its cloud recovers): the user must act on it */
  critical?: boolean;
}

export type NotificationInput = Pick<Notification, 'kind' | 'title' | 'detail' | 'cloud' | 'critical'>;

interface NotificationsState {
  items: Notification[];
  dismiss(id: number): void;
  /** Removes every toast about this cloud (it has recovered). */
  dismissCloud(cloud: string): void;
  clear(): void;
}

export const useNotifications = create<NotificationsState>()((set) => ({
  items: [],
  dismiss(id) {
    set((s) => ({ items: s.items.filter((n) => n.id !== id) }));
  },
  dismissCloud(cloud) {
    set((s) => ({ items: s.items.filter((n) => n.cloud !== cloud) }));
  },
  clear() {
    set({ items: [] });
  },
}));

let nextId = 1;
const MAX_ITEMS = 6;
// An error stays long enough to read a request id off it; one that never left piled up
// until the user cleared the corner by hand (issue 13).
export const TOAST_LIFETIME_MS = { success: 5000, info: 5000, error: 20_000 } as const;

/**
 * How long a toast stays, or undefined when it stays until dismissed: a critical one, and
 * an error about a cloud, which goes when the cloud recovers (useCloudAlerts).
 */
export function toastLifetime(n: NotificationInput): number | undefined {
  if (n.critical) return undefined;
  if (n.kind === 'error' && n.cloud !== undefined) return undefined;
  return TOAST_LIFETIME_MS[n.kind];
}

/** Show a notification. Strings are already translated by the caller. */
export function notify(n: NotificationInput): number {
  const id = nextId++;
  const item: Notification = { ...n, id, at: Date.now() };
  useNotifications.setState((s) => ({ items: [...s.items, item].slice(-MAX_ITEMS) }));
  const lifetime = toastLifetime(n);
  if (lifetime !== undefined) setTimeout(() => useNotifications.getState().dismiss(id), lifetime);
  return id;
}
