import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface RovingFocusOptions {
  /** the item focused first (e.g. the first enabled one) */
  initial?: number;
  /** which arrows move: menus go up and down, tab lists left and right */
  orientation?: 'vertical' | 'horizontal';
  /** Escape (and, for menus, Tab): close and give focus back */
  onExit?(): void;
  /** focus follows `active` (menus); a tab list moves focus only on keys */
  focusOnMount?: boolean;
}

/**
 * Roving focus for a menu or a tab list (WAI-ARIA: one item in the tab order, arrows move,
 * Home/End jump, wrap-around). The one copy of this keyboard handling: the row menu, the
 * drawer's tabs, and later the cloud switcher and the palette use it.
 */
export function useRovingFocus(count: number, opts: RovingFocusOptions = {}) {
  const { orientation = 'vertical', onExit, focusOnMount = true } = opts;
  const [active, setActive] = useState(() => Math.min(Math.max(0, opts.initial ?? 0), Math.max(0, count - 1)));
  const refs = useRef<Array<HTMLElement | null>>([]);
  const moved = useRef(focusOnMount);

  useEffect(() => {
    if (moved.current) refs.current[active]?.focus();
  }, [active]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (count === 0) return;
      const next = orientation === 'vertical' ? 'ArrowDown' : 'ArrowRight';
      const prev = orientation === 'vertical' ? 'ArrowUp' : 'ArrowLeft';
      const moves: Record<string, () => number> = {
        [next]: () => (active + 1) % count,
        [prev]: () => (active - 1 + count) % count,
        Home: () => 0,
        End: () => count - 1,
      };
      const move = moves[e.key];
      if (move) {
        e.preventDefault();
        moved.current = true;
        const to = move();
        setActive(to);
        // the same index again (one item) still needs the focus back
        refs.current[to]?.focus();
      } else if (onExit && (e.key === 'Escape' || (orientation === 'vertical' && e.key === 'Tab'))) {
        e.preventDefault();
        e.stopPropagation();
        onExit();
      }
    },
    [active, count, orientation, onExit],
  );

  /** Spread on item i: its ref, its place in the tab order, and hover moving the focus mark. */
  const itemProps = (i: number) => ({
    ref: (el: HTMLElement | null) => {
      refs.current[i] = el;
    },
    tabIndex: i === active ? 0 : -1,
    onFocus: () => setActive(i),
  });

  return { active, setActive, onKeyDown, itemProps };
}
