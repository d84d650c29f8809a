// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../i18n/index.js';
import { fakeBridge } from '../../lib/test-bridge.js';
import { testProfile } from '../../lib/test-profile.js';
import { useClouds } from '../../stores/clouds.js';
import { AcrossClouds } from './AcrossClouds.js';
import type { UsageRow } from './overview-rows.js';
import { useOverview } from './overview-store.js';

afterEach(cleanup);

const profile = (id: string, region: string) => testProfile(id, { region });

const instances = (used: number, max: number | null): UsageRow[] => [{ key: 'instances', usage: { used, max }, unit: 'count' }];

beforeEach(() => {
  // main never answers: the rows below stay as the last answers while the table reloads
  fakeBridge(() => new Promise(() => {}));
  useClouds.setState({ profiles: [profile('a', 'RegionOne'), profile('b', 'RegionOne'), profile('c', 'RegionTwo')], opened: [], currentId: 'a', projectNames: {} });
  useOverview.setState({
    byCloud: {
      a: { compute: { state: 'ok', rows: instances(9, 10) } },
      b: { compute: { state: 'ok', rows: instances(2, null) } },
      c: { compute: { state: 'ok', rows: instances(12, 10) } },
    },
  });
});

const names = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0]?.textContent);

describe('the across-clouds table', () => {
  it('shows used / limit in each cloud, sorts by the room left (unlimited most, over quota least), and a row picks its cloud', async () => {
    const onPick = vi.fn();
    render(<AcrossClouds onPick={onPick} />);
    expect(names()).toEqual(['a', 'b', 'c']);
    const cell = (name: string) => within(screen.getByRole('button', { name }).closest('tr')!).getAllByRole('cell')[2]!;
    expect(cell('a').textContent).toBe('9 / 10');
    expect(cell('b').textContent).toBe('2 / unlimited');
    expect(within(cell('c')).getByRole('meter').dataset.level).toBe('over');
    expect(within(cell('a')).getByRole('meter').dataset.level).toBe('warn');

    await userEvent.click(screen.getByRole('button', { name: 'Instances' }));
    expect(names()).toEqual(['b', 'a', 'c']);
    await userEvent.click(screen.getByRole('button', { name: 'Instances' }));
    expect(names()).toEqual(['c', 'a', 'b']);

    await userEvent.click(cell('c'));
    expect(onPick).toHaveBeenLastCalledWith('c');
  });
});
