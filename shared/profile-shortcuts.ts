/**
 * Ctrl+1…9 cloud shortcuts. A profile may hold its slot (`shortcut`); main stores the lowest
 * free slot on each new profile, so adding a profile never renumbers the others. Profiles
 * saved before slots existed fill the slots left free, in list order (what Ctrl+n meant then).
 */
export const SHORTCUT_SLOTS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export interface ShortcutHolder {
  id: string;
  shortcut?: number | undefined;
}

/** Profile id → its slot. A slot claimed twice (hand-edited file) goes to the first holder. */
export function shortcutSlots(profiles: readonly ShortcutHolder[]): Map<string, number> {
  const out = new Map<string, number>();
  const taken = new Set<number>();
  for (const p of profiles) {
    if (p.shortcut !== undefined && !taken.has(p.shortcut)) {
      out.set(p.id, p.shortcut);
      taken.add(p.shortcut);
    }
  }
  const free = SHORTCUT_SLOTS.filter((s) => !taken.has(s));
  for (const p of profiles) {
    if (out.has(p.id)) continue;
    const slot = free.shift();
    if (slot === undefined) break;
    out.set(p.id, slot);
  }
  return out;
}

/** The slot a new profile gets: the lowest one no existing profile uses, explicitly or by default. */
export function nextFreeSlot(profiles: readonly ShortcutHolder[]): number | undefined {
  const used = new Set(shortcutSlots(profiles).values());
  return SHORTCUT_SLOTS.find((s) => !used.has(s));
}

/** The profile on slot `n`, if any. */
export function profileOnSlot<P extends ShortcutHolder>(profiles: readonly P[], n: number): P | undefined {
  const slots = shortcutSlots(profiles);
  return profiles.find((p) => slots.get(p.id) === n);
}
