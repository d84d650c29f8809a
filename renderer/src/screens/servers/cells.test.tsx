// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import i18n from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Server } from '../../../../shared/domain/server.js';
import '../../i18n/index.js';
import { StatusCell } from './cells.js';
import { toRow } from './server-rows.js';
import { testServer } from './test-server.js';

afterEach(cleanup);

const t = i18n.getFixedT('en', 'servers');
const lookups = { cloudName: 'Demo', imageNames: {}, flavorNames: {} };

function statusCell(over: Partial<Server>): HTMLElement {
  const { container } = render(
    <StatusCell t={t} row={toRow('c', testServer(over), lookups)} pending={undefined} error={undefined} onDismissError={() => {}} onResizeDecision={() => {}} />,
  );
  return container.querySelector<HTMLElement>('.srv-status')!;
}

// the layout itself (ellipsis, what stays whole) is e2e/specs/servers-status.spec.ts
describe('StatusCell', () => {
  it('has the whole status line as its tooltip, since the column can cut it short', () => {
    const cell = statusCell({ status: 'REBUILD', taskState: 'rebuild_block_device_mapping', progress: 40 });
    expect(cell.title).toBe('Rebuilding · rebuild: mapping block devices · 40%');
    // words apart in the text too, for screen readers and copying
    expect(cell.textContent).toBe('Rebuilding rebuild: mapping block devices 40%');
  });

  it('shows the power state when no task runs, and names it in the tooltip', () => {
    const cell = statusCell({ status: 'SHUTOFF', powerState: 'SHUTDOWN' });
    expect(cell.title).toBe('Shut off · Shut down');
    expect(cell.textContent).toBe('Shut off Shut down');
  });

  it('gives the full status in the tooltip where the row shows the short word of a resize to decide', () => {
    const cell = statusCell({ status: 'VERIFY_RESIZE', taskState: 'deleting' });
    expect(cell.title).toBe('Confirm or revert resize · deleting');
    expect(cell.querySelector('.srv-status-word')?.textContent).toBe('Resized');
  });

  it('offers Confirm and Revert only where Nova would take them: not on a locked server, not while deleting', () => {
    const buttons = (cell: HTMLElement) => [...cell.querySelectorAll('button')].map((b) => ({ text: b.textContent, disabled: b.disabled, title: b.title }));
    expect(buttons(statusCell({ status: 'VERIFY_RESIZE' }))).toEqual([
      { text: 'Confirm', disabled: false, title: '' },
      { text: 'Revert', disabled: false, title: '' },
    ]);
    cleanup();
    const locked = buttons(statusCell({ status: 'VERIFY_RESIZE', locked: true, lockedReason: 'change freeze' }));
    expect(locked.map((b) => b.disabled)).toEqual([true, true]);
    expect(locked[0]!.title).toContain('change freeze');
    cleanup();
    expect(buttons(statusCell({ status: 'VERIFY_RESIZE', taskState: 'deleting' })).every((b) => b.disabled)).toBe(true);
  });
});
