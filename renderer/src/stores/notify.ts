import { create } from 'zustand';

/** A toast for finished or failed work. */
export interface Notification {
  id: number;
  kind: 'success' | 'error' | 'info';
  title: string;
  detail?: string;
  at: number;
}

interface NotificationsState {
  items: Notification[];
  dismiss(id: number): void;
  clear(): void;
}

export const useNotifications = create<NotificationsState>()((set) => ({
  items: [],
  dismiss(id) {
    set((s) => ({ items: s.items.filter((n) => n.id !== id) }));
  },
  clear() {
    set({ items: [] });
  },
}));

let nextId = 1;
// errors stay until dismissed: an operator must be able to read them
const AUTO_DISMISS_MS = { success: 5000, info: 5000 } as const;
const MAX_ITEMS = 6;

/** Show a notification. Strings are already translated by the caller. */
export function notify(n: { kind: 'success' | 'error' | 'info'; title: string; detail?: string }): number {
  const id = nextId++;
  const item: Notification = { ...n, id, at: Date.now() };
  useNotifications.setState((s) => ({ items: [...s.items, item].slice(-MAX_ITEMS) }));
  if (n.kind !== 'error') {
    setTimeout(() => useNotifications.getState().dismiss(id), AUTO_DISMISS_MS[n.kind]);
  }
  return id;
}
