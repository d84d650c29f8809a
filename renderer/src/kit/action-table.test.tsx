// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n/index.js';
import { asksMore, availability, batchActions, localeKeys, menuGroups, needsProductionGuard } from './action-table.js';
import { BatchBar } from './BatchBar.js';
import { DrawerActions } from './DrawerActions.js';
import { missingLocaleKeys } from './locale-keys.js';
import { RowMenu } from './RowMenu.js';
import { THING_ACTIONS, thing } from './test-table.js';

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

// the test table's words, in English only: the locale check must notice Chinese is missing
beforeAll(() => {
  i18n.addResourceBundle('en', 'kit-test', {
    action: { start: 'Start', stop: 'Stop', resize: 'Resize', lock: 'Lock', delete: 'Delete' },
    why: { busy: 'busy', locked: 'locked', alreadyLocked: 'already locked' },
    confirm: { delete: { title: 'Delete {{name}}?', description: 'Gone for good.', button: 'Delete' } },
  });
});

const ids = (xs: ReadonlyArray<{ id: string }>) => xs.map((x) => x.id);

describe('action table derivations', () => {
  it('the menu is the table in its order, cut where the group changes', () => {
    const groups = menuGroups(THING_ACTIONS);
    expect(groups.map(ids)).toEqual([['start', 'stop'], ['resize', 'lock'], ['delete']]);
    expect(groups.flatMap(ids)).toEqual(ids(THING_ACTIONS.actions));
  });

  it("a guard's reason disables the action; the first guard that blocks names it", () => {
    const start = THING_ACTIONS.actions[0]!;
    expect(availability(start, thing())).toEqual({ ok: true });
    expect(availability(start, thing({ state: 'busy', locked: true }))).toEqual({ ok: false, reason: 'busy' });
    expect(availability(start, thing({ locked: true }))).toEqual({ ok: false, reason: 'locked' });
  });

  it('the batch bar offers only batchable actions', () => {
    expect(ids(batchActions(THING_ACTIONS))).toEqual(['start', 'stop', 'delete']);
  });

  it('the production guard applies only to actions marked so, only on production clouds', () => {
    const del = THING_ACTIONS.actions.find((a) => a.id === 'delete')!;
    const stop = THING_ACTIONS.actions.find((a) => a.id === 'stop')!;
    expect(needsProductionGuard(del, true)).toBe(true);
    expect(needsProductionGuard(del, false)).toBe(false);
    expect(needsProductionGuard(stop, true)).toBe(false);
    expect(asksMore(del) && asksMore(THING_ACTIONS.actions[2]!) && !asksMore(stop)).toBe(true);
  });

  it('the locale keys come from the table: labels, guard reasons, confirmation words', () => {
    expect(localeKeys(THING_ACTIONS).sort()).toEqual(
      [
        'action.start',
        'action.stop',
        'action.resize',
        'action.lock',
        'action.delete',
        'why.busy',
        'why.locked',
        'why.alreadyLocked',
        'confirm.delete.title',
        'confirm.delete.description',
        'confirm.delete.button',
      ].sort(),
    );
    // English has them all; Chinese has none, and each is named
    const missing = missingLocaleKeys(THING_ACTIONS);
    expect(missing.filter((m) => m.lang === 'en')).toEqual([]);
    expect(missing.filter((m) => m.lang === 'zh-CN')).toHaveLength(localeKeys(THING_ACTIONS).length);
  });
});

describe('RowMenu', () => {
  it('lists the actions in table order, a blocked one disabled with its reason, and arrow keys walk that order', async () => {
    const onPick = vi.fn();
    const anchor = document.createElement('button');
    document.body.append(anchor);
    render(<RowMenu table={THING_ACTIONS} row={thing({ state: 'busy' })} name="alpha" anchor={anchor} onPick={onPick} onClose={() => {}} />);
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['Startbusy', 'Stop', 'Resize…', 'Lock', 'Delete…']);
    expect(items[0]!.getAttribute('aria-disabled')).toBe('true');
    expect(items[0]!.title).toBe('busy');
    // focus starts on the first available item, and moves down the table's order, wrapping
    expect(document.activeElement).toBe(items[1]);
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items[2]);
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(items[4]);
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items[0]);
    await userEvent.click(items[0]!);
    expect(onPick).not.toHaveBeenCalled();
    await userEvent.click(items[1]!);
    expect(onPick).toHaveBeenCalledWith(THING_ACTIONS.actions[1]);
  });
});

describe('BatchBar and DrawerActions', () => {
  it('the batch bar shows only batchable actions and counts the rows each applies to', async () => {
    const onRun = vi.fn();
    const rows = [thing(), thing({ id: 't2', name: 'beta', state: 'busy' }), thing({ id: 't3', name: 'gamma', locked: true })];
    render(<BatchBar table={THING_ACTIONS} rows={rows} onRun={onRun} onClear={() => {}} />);
    const buttons = screen.getAllByRole('button').map((b) => b.textContent);
    expect(buttons).toEqual(['Start (1)', 'Stop (2)', 'Delete… (2)', 'Clear selection']);
    await userEvent.click(screen.getByRole('button', { name: 'Stop (2)' }));
    expect(onRun.mock.calls[0]![1].map((r: { id: string }) => r.id)).toEqual(['t1', 't2']);
  });

  it("the drawer's buttons are the table's, disabled with the reason where a guard blocks", () => {
    render(<DrawerActions table={THING_ACTIONS} row={thing({ locked: true })} onPick={() => {}} />);
    const stop = screen.getByRole('button', { name: 'Stop' }) as HTMLButtonElement;
    expect(stop.disabled).toBe(true);
    expect(stop.title).toBe('locked');
    expect((screen.getByRole('button', { name: 'Lock' }) as HTMLButtonElement).title).toBe('already locked');
    expect(screen.getAllByRole('button')).toHaveLength(THING_ACTIONS.actions.length);
  });
});
