import { useEffect } from 'react';
import { useUi } from '../stores/ui.js';
import { switchToSlot } from './cloud-actions.js';

/**
 * Global keys: Ctrl+K command palette, Ctrl+1..9 the cloud on that slot (shared/profile-shortcuts.ts), Ctrl+J the request log.
 * Cmd on macOS. `code` (not `key`) so the digits work on any keyboard layout.
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const ui = useUi.getState();
      const digit = /^(?:Digit|Numpad)([1-9])$/.exec(e.code)?.[1];
      if (digit && !e.shiftKey) {
        if (switchToSlot(Number(digit))) e.preventDefault();
      } else if (e.code === 'KeyK' && !e.shiftKey) {
        e.preventDefault();
        ui.setPaletteOpen(!ui.paletteOpen);
      } else if (e.code === 'KeyJ' && !e.shiftKey) {
        e.preventDefault();
        ui.setLogOpen(!ui.logOpen);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
