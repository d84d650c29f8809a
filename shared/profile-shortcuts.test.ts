import { describe, expect, it } from 'vitest';
import { nextFreeSlot, profileOnSlot, shortcutSlots } from './profile-shortcuts.js';

describe('Ctrl+n slots', () => {
  it('honours stored slots and fills the rest in list order', () => {
    const slots = shortcutSlots([{ id: 'a' }, { id: 'b', shortcut: 1 }, { id: 'c' }, { id: 'd', shortcut: 3 }]);
    expect(Object.fromEntries(slots)).toEqual({ b: 1, d: 3, a: 2, c: 4 });
  });

  it('gives a doubly claimed slot to the first holder only', () => {
    expect(Object.fromEntries(shortcutSlots([{ id: 'a', shortcut: 2 }, { id: 'b', shortcut: 2 }]))).toEqual({ a: 2, b: 1 });
  });

  it('numbers at most nine clouds, and the next free slot skips defaults in use', () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ id: `p${i}` }));
    expect(shortcutSlots(many).size).toBe(9);
    expect(nextFreeSlot(many)).toBeUndefined();
    expect(nextFreeSlot([{ id: 'a' }, { id: 'b', shortcut: 2 }])).toBe(3);
    expect(profileOnSlot([{ id: 'a' }, { id: 'b', shortcut: 1 }], 2)?.id).toBe('a');
  });
});
