import { useEffect, useRef, type RefObject } from 'react';

/**
 * Calls `onOutside` on a mouse press outside `ref` (and outside `except`, e.g. the button that
 * opened it, which toggles by itself) while `active`: how popovers and menus close.
 */
export function useOutsideClick(ref: RefObject<HTMLElement | null>, active: boolean, onOutside: () => void, except?: Element | null): void {
  const callback = useRef(onOutside);
  callback.current = onOutside;
  useEffect(() => {
    if (!active) return;
    const onDown = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!ref.current?.contains(target) && target !== except) callback.current();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [ref, active, except]);
}
