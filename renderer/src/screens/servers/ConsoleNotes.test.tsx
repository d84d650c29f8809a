// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../i18n/index.js';
import { CONSOLE_LINK_FRESH_MS, useConsoleNotes, type ConsoleNote } from './console-opened.js';
import { ConsoleNotes } from './ConsoleNotes.js';
import { useServerIntent } from './server-intent.js';

const until = Date.parse('2026-12-07T14:10:00.000Z');
const note: ConsoleNote = { key: 'c1/srv-1', cloud: 'c1', serverId: 'srv-1', server: 'web-1', until };

afterEach(() => {
  cleanup();
  useConsoleNotes.setState({ notes: [] });
  useServerIntent.setState({ intent: undefined });
  vi.restoreAllMocks();
});

describe('console notes', () => {
  it("say until when the console's link works, as Nova's default", () => {
    useConsoleNotes.setState({ notes: [note] });
    render(<ConsoleNotes />);
    expect(screen.getByRole('status').textContent).toMatch(/^Console of web-1 opened in a new window; its link works for about 10 minutes \(Nova's default\), until .+\.$/);
    expect(screen.queryByRole('button', { name: 'Open console' })).toBeNull();
  });

  it('where the popup was blocked, open it with a fresh click while the link is fresh', async () => {
    const popup = { opener: window as unknown };
    const open = vi.spyOn(window, 'open').mockReturnValue(popup as Window);
    useConsoleNotes.setState({ notes: [{ ...note, blockedLink: '/console/n0nce', linkAt: Date.now() }] });
    render(<ConsoleNotes />);
    expect(screen.getByRole('status').textContent).toBe('The browser blocked the console window of web-1.');
    await userEvent.click(screen.getByRole('button', { name: 'Open console' }));
    expect(open).toHaveBeenCalledWith('/console/n0nce', 'novadesk-console-srv-1', 'popup,width=1040,height=820');
    expect(popup.opener).toBeNull();
    expect(useConsoleNotes.getState().notes).toEqual([note]);
  });

  it('asks for a new console, as the row menu would, once the link has gone stale', async () => {
    const open = vi.spyOn(window, 'open');
    useConsoleNotes.setState({ notes: [{ ...note, blockedLink: '/console/n0nce', linkAt: Date.now() - CONSOLE_LINK_FRESH_MS - 1 }] });
    render(<ConsoleNotes />);
    await userEvent.click(screen.getByRole('button', { name: 'Open console' }));
    expect(open).not.toHaveBeenCalled();
    expect(useServerIntent.getState().intent).toMatchObject({ cloud: 'c1', id: 'srv-1', action: 'console' });
  });
});
