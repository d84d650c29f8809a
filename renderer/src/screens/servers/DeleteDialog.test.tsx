// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../i18n/index.js';
import { DeleteDialog } from './DeleteDialog.js';

afterEach(cleanup);

describe('DeleteDialog', () => {
  it('deletes on a click outside production', async () => {
    const onConfirm = vi.fn();
    render(<DeleteDialog targets={[{ key: 'c/1', name: 'web-1', cloudName: 'Demo', production: false }]} onConfirm={onConfirm} onClose={() => {}} />);
    expect(screen.getByRole('dialog', { name: 'Delete web-1?' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('on a production cloud, deletes only once the exact name is typed', async () => {
    const onConfirm = vi.fn();
    render(<DeleteDialog targets={[{ key: 'p/1', name: 'db-main', cloudName: 'Prod', production: true }]} onConfirm={onConfirm} onClose={() => {}} />);
    const button = screen.getByRole('button', { name: 'Delete' }) as HTMLButtonElement;
    const input = screen.getByLabelText('Type db-main to delete it from Prod');
    expect(button.disabled).toBe(true);
    await userEvent.type(input, 'db-mai');
    expect(button.disabled).toBe(true);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await userEvent.type(input, 'n');
    expect(button.disabled).toBe(false);
    await userEvent.click(button);
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('asks for every production name in a batch', async () => {
    render(
      <DeleteDialog
        targets={[
          { key: 'p/1', name: 'a', cloudName: 'Prod', production: true },
          { key: 'd/2', name: 'b', cloudName: 'Dev', production: false },
          { key: 'p/3', name: 'c', cloudName: 'Prod', production: true },
        ]}
        onConfirm={() => {}}
        onClose={() => {}}
      />,
    );
    expect(screen.getAllByRole('textbox')).toHaveLength(2);
    const button = screen.getByRole('button', { name: 'Delete 3 servers' }) as HTMLButtonElement;
    await userEvent.type(screen.getByLabelText('Type a to delete it from Prod'), 'a');
    expect(button.disabled).toBe(true);
    await userEvent.type(screen.getByLabelText('Type c to delete it from Prod'), 'c');
    expect(button.disabled).toBe(false);
  });
});
