// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atEnd, FOLLOW_EVERY_MS, useFollow } from './use-follow.js';

/** A scrolled box as the browser lays it out: 1000 px of text in a 200 px window. */
function box(scrollTop: number): HTMLElement {
  const el = document.createElement('pre');
  Object.defineProperty(el, 'scrollHeight', { value: 1000 });
  Object.defineProperty(el, 'clientHeight', { value: 200 });
  el.scrollTop = scrollTop;
  return el;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useFollow: a console log followed like tail -f', () => {
  it('asks again every FOLLOW_EVERY_MS while following, one request at a time', async () => {
    const poll = vi.fn(() => Promise.resolve());
    const view = { current: box(800) };
    renderHook(() => useFollow(view, poll, 'text'));
    await act(() => vi.advanceTimersByTimeAsync(FOLLOW_EVERY_MS * 3));
    expect(poll).toHaveBeenCalledTimes(3);
  });

  it('pauses when the reader scrolls up, and follows again at the end', async () => {
    const poll = vi.fn(() => Promise.resolve());
    const el = box(800);
    const view = { current: el };
    const { result } = renderHook(() => useFollow(view, poll, 'text'));
    el.scrollTop = 300;
    act(() => result.current.onScroll());
    expect(result.current).toMatchObject({ following: false, pausedByScroll: true });
    await act(() => vi.advanceTimersByTimeAsync(FOLLOW_EVERY_MS * 3));
    expect(poll).not.toHaveBeenCalled();
    el.scrollTop = 800;
    act(() => result.current.onScroll());
    expect(result.current).toMatchObject({ following: true, pausedByScroll: false });
    await act(() => vi.advanceTimersByTimeAsync(FOLLOW_EVERY_MS));
    expect(poll).toHaveBeenCalledTimes(1);
  });

  it('stays paused at the end when the reader turned following off', () => {
    const el = box(800);
    const { result } = renderHook(() => useFollow({ current: el }, () => Promise.resolve(), 'text'));
    act(() => result.current.setFollowing(false));
    act(() => result.current.onScroll());
    expect(result.current.following).toBe(false);
  });

  it('counts the last few pixels as the end', () => {
    expect(atEnd(box(800))).toBe(true);
    expect(atEnd(box(780))).toBe(true);
    expect(atEnd(box(700))).toBe(false);
  });
});
