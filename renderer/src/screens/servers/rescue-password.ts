import { create } from 'zustand';

/**
 * The admin password Nova answered a rescue with, held only until the user closes the dialog
 * that shows it: never stored, logged or sent anywhere else.
 */
interface RescuePassword {
  shown: { server: string; password: string } | undefined;
  show(server: string, password: string): void;
  forget(): void;
}

export const useRescuePassword = create<RescuePassword>()((set) => ({
  shown: undefined,
  show: (server, password) => set({ shown: { server, password } }),
  forget: () => set({ shown: undefined }),
}));
