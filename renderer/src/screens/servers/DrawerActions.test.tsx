// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../i18n/index.js';
import { DrawerActions } from './DrawerActions.js';
import { testServer } from './test-server.js';

afterEach(cleanup);

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('DrawerActions', () => {
  it('keeps what the lock blocks in view, disabled with the reason, and Unlock usable', async () => {
    const onAction = vi.fn();
    render(<DrawerActions server={testServer({ locked: true, lockedReason: 'backup running' })} onAction={onAction} />);
    for (const name of ['Stop', 'Reboot', 'Delete']) {
      expect(button(name).disabled).toBe(true);
      expect(button(name).title).toBe('locked: backup running');
    }
    // ruled out by the state, not the lock: left to the row menu
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lock' })).toBeNull();
    await userEvent.click(button('Unlock'));
    expect(onAction).toHaveBeenCalledWith('unlock');
  });

  it('offers Lock on an unlocked server, and its actions enabled', () => {
    render(<DrawerActions server={testServer()} onAction={() => {}} />);
    expect(button('Lock').disabled).toBe(false);
    expect(button('Stop').disabled).toBe(false);
    expect(button('Stop').title).toBe('');
    expect(screen.queryByRole('button', { name: 'Unlock' })).toBeNull();
  });
});
