// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n/index.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { THING_ACTIONS } from './test-table.js';

afterEach(cleanup);
beforeAll(() => {
  i18n.addResourceBundle('en', 'kit-test', { confirm: { delete: { title: 'Delete {{name}}?', description: 'Gone for good.', button: 'Delete' } } }, true, true);
});

const del = THING_ACTIONS.actions.find((a) => a.id === 'delete')!;
const targets = [
  { key: 'c/1', name: 'alpha' },
  { key: 'c/2', name: 'beta' },
];
const confirmButton = () => screen.getByRole('button', { name: 'Delete' }) as HTMLButtonElement;

describe('ConfirmDialog', () => {
  it('on an ordinary cloud, one click confirms', async () => {
    const onConfirm = vi.fn();
    render(<ConfirmDialog ns="kit-test" action={del} targets={targets} production={false} cloudName="lab" onConfirm={onConfirm} onClose={() => {}} />);
    expect(screen.queryByRole('textbox')).toBeNull();
    await userEvent.click(confirmButton());
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('on a production cloud, an action marked production waits for every name to be typed', async () => {
    const onConfirm = vi.fn();
    render(<ConfirmDialog ns="kit-test" action={del} targets={targets} production cloudName="prod" onConfirm={onConfirm} onClose={() => {}} />);
    expect(screen.getByText('prod is a production cloud: type each name to confirm.')).toBeTruthy();
    expect(confirmButton().disabled).toBe(true);
    await userEvent.type(screen.getByRole('textbox', { name: 'Type alpha to confirm' }), 'alpha');
    expect(confirmButton().disabled).toBe(true);
    await userEvent.type(screen.getByRole('textbox', { name: 'Type beta to confirm' }), 'beta');
    expect(confirmButton().disabled).toBe(false);
    await userEvent.click(confirmButton());
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('on a production cloud, an action not marked production is not guarded', () => {
    const plain = { ...del, confirm: { production: false } };
    render(<ConfirmDialog ns="kit-test" action={plain} targets={targets} production cloudName="prod" onConfirm={() => {}} onClose={() => {}} />);
    expect(confirmButton().disabled).toBe(false);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it("says the cloud's refusal of the one target on the dialog, and holds the button while sending", () => {
    const inUse = { kind: 'conflict' as const, status: 409, message: 'Security Group 85cc3048 in use.' };
    const { rerender } = render(<ConfirmDialog ns="kit-test" action={del} targets={[targets[0]!]} production={false} cloudName="lab" busy onConfirm={() => {}} onClose={() => {}} />);
    expect(confirmButton().disabled).toBe(true);
    rerender(<ConfirmDialog ns="kit-test" action={del} targets={[targets[0]!]} production={false} cloudName="lab" error={inUse} onConfirm={() => {}} onClose={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('Security Group 85cc3048 in use.');
    expect(confirmButton().disabled).toBe(false);
  });
});
