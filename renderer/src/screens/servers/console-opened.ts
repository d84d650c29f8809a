import { create } from 'zustand';
import type { ConsoleOpened } from '../../../../shared/domain/server.js';

/**
 * Consoles opened from this screen, one note each: until when the console's link works
 * (Nova's default token lifetime: the API does not say), and, where the browser blocked the
 * popup, a button that opens it with a fresh click. Main keeps the console's URL: what the
 * renderer holds is the host's one-time link, good for seconds.
 */
export interface ConsoleNote {
  /** the row's key (cloud/id) */
  key: string;
  cloud: string;
  serverId: string;
  server: string;
  /** ms since the epoch: issuedAt + lifetime */
  until: number;
  /** the popup was blocked: this link, opened by a click, shows the console */
  blockedLink?: string;
  /** when the link was given: the host honours it for CONSOLE_LINK_FRESH_MS */
  linkAt?: number;
}

/** The host's link lives 30 s; the button asks for a new console a little before that. */
export const CONSOLE_LINK_FRESH_MS = 25_000;

interface ConsoleNotes {
  notes: ConsoleNote[];
  add(note: ConsoleNote): void;
  dismiss(key: string): void;
}

export const useConsoleNotes = create<ConsoleNotes>()((set) => ({
  notes: [],
  add: (note) => set((s) => ({ notes: [...s.notes.filter((n) => n.key !== note.key), note] })),
  dismiss: (key) => set((s) => ({ notes: s.notes.filter((n) => n.key !== key) })),
}));

/**
 * Opens the host's link in a popup named after the server (a second console of the same server
 * reuses its window). Called as the IPC answers, while the click's user activation still holds.
 * The console page is another origin: it gets no handle on this window.
 */
export function openConsoleLink(link: string, serverId: string): boolean {
  const popup = window.open(link, `novadesk-console-${serverId}`, 'popup,width=1040,height=820');
  if (!popup) return false;
  popup.opener = null;
  return true;
}

/** What the console action does with main's answer: open the link (if any) and say until when it works. */
export function consoleOpened(answer: ConsoleOpened, at: Pick<ConsoleNote, 'key' | 'cloud' | 'serverId' | 'server'>, now = Date.now()): ConsoleNote {
  const until = Date.parse(answer.issuedAt) + answer.lifetimeSeconds * 1000;
  const opened = answer.opened === 'window' || (answer.link !== undefined && openConsoleLink(answer.link, at.serverId));
  const note: ConsoleNote = { ...at, until, ...(!opened && answer.link ? { blockedLink: answer.link, linkAt: now } : {}) };
  useConsoleNotes.getState().add(note);
  return note;
}
