import { create } from 'zustand';

/**
 * An action asked for from outside the servers screen (the command palette): the screen picks
 * it up and runs it exactly as its own menu would, with the same dialogs, confirmation and
 * production guard. `action` is an action-table id, or `open` for the details drawer.
 */
export interface ServerIntent {
  cloud: string;
  id: string;
  action: string;
  seq: number;
}

export const useServerIntent = create<{ intent: ServerIntent | undefined; ask(i: Omit<ServerIntent, 'seq'>): void; done(seq: number): void }>()((set, get) => ({
  intent: undefined,
  ask: (i) => set({ intent: { ...i, seq: (get().intent?.seq ?? 0) + 1 } }),
  done: (seq) => {
    if (get().intent?.seq === seq) set({ intent: undefined });
  },
}));
