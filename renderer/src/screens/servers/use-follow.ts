import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** How often a followed console log is asked again: often enough to watch a boot, light on Nova. */
export const FOLLOW_EVERY_MS = 5000;

/** Within this many pixels of the end counts as "at the end": a reader who scrolled up is reading. */
const AT_END_PX = 24;

export const atEnd = (el: Pick<HTMLElement, 'scrollTop' | 'scrollHeight' | 'clientHeight'>) => el.scrollHeight - el.scrollTop - el.clientHeight <= AT_END_PX;

/**
 * Follows a log like `tail -f`: `poll` runs every FOLLOW_EVERY_MS while following, and the view
 * stays at the end as text arrives. Scrolling up pauses (the reader is reading); scrolling back
 * to the end, or `setFollowing(true)`, resumes.
 */
export function useFollow(view: RefObject<HTMLElement | null>, poll: () => Promise<void>, text: string | undefined) {
  const [following, setFollowing] = useState(true);
  const [pausedByScroll, setPausedByScroll] = useState(false);
  const polling = useRef(false);

  useEffect(() => {
    if (!following) return;
    const id = setInterval(() => {
      // one request at a time: a slow Nova must not pile them up
      if (polling.current) return;
      polling.current = true;
      void poll().finally(() => {
        polling.current = false;
      });
    }, FOLLOW_EVERY_MS);
    return () => clearInterval(id);
  }, [following, poll]);

  useEffect(() => {
    const el = view.current;
    if (following && el) el.scrollTop = el.scrollHeight;
  }, [text, following, view]);

  const onScroll = useCallback(() => {
    const el = view.current;
    if (!el) return;
    const end = atEnd(el);
    if (following && !end) {
      setFollowing(false);
      setPausedByScroll(true);
    } else if (!following && pausedByScroll && end) {
      setFollowing(true);
      setPausedByScroll(false);
    }
  }, [following, pausedByScroll, view]);

  const choose = useCallback((on: boolean) => {
    setFollowing(on);
    setPausedByScroll(false);
  }, []);

  return { following, pausedByScroll, setFollowing: choose, onScroll };
}
