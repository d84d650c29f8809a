// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../i18n/index.js';
import { ChoiceRow, NameCell, NoneRow, PickerTable } from './PickerTable.js';

afterEach(cleanup);

describe('PickerTable', () => {
  it('names the choose column, chooses a radio row by a click anywhere on it, never a disabled one', async () => {
    const user = userEvent.setup({ delay: null });
    const chosen = vi.fn();
    render(
      <PickerTable label="Flavors" choosing headings={['Name', { key: 'ram', cell: <th scope="col">RAM</th> }]}>
        <NoneRow group="f" label="No flavor" checked={false} onChoose={() => chosen('')} span={2} />
        <ChoiceRow type="radio" group="f" label="small" checked={false} onChange={() => chosen('small')}>
          <NameCell>small</NameCell>
          <td>512 MiB</td>
        </ChoiceRow>
        <ChoiceRow type="radio" group="f" label="huge" checked={false} disabled onChange={() => chosen('huge')}>
          <NameCell>huge</NameCell>
          <td>1 TiB</td>
        </ChoiceRow>
      </PickerTable>,
    );
    expect(screen.getByRole('table', { name: 'Flavors' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Choose', 'Name', 'RAM']);
    await user.click(screen.getByText('512 MiB'));
    await user.click(screen.getByText('1 TiB'));
    await user.click(screen.getByRole('radio', { name: 'No flavor' }));
    expect(chosen.mock.calls).toEqual([['small'], ['']]);
    expect(screen.getByRole('rowheader', { name: 'small' })).toBeTruthy();
  });

  it('marks checked rows selected and reports a checkbox turned off', async () => {
    const user = userEvent.setup({ delay: null });
    const toggled = vi.fn();
    render(
      <PickerTable label="Groups" choosing headings={['Name']}>
        <ChoiceRow type="checkbox" label="default" checked onChange={toggled}>
          <NameCell>default</NameCell>
        </ChoiceRow>
      </PickerTable>,
    );
    expect(screen.getByRole('row', { name: /default/ }).className).toContain('selected');
    await user.click(screen.getByRole('checkbox', { name: 'default' }));
    expect(toggled).toHaveBeenCalledWith(false);
  });
});
