// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../../shared/errors.js';
import '../../i18n/index.js';
import { fakeBridge, unexpected } from '../../lib/test-bridge.js';
import { ProjectUsage } from './ProjectUsage.js';

afterEach(cleanup);

describe("one cloud's overview", () => {
  it('shows each service on its own: rows, a missing service in one line, a failure with its retry', async () => {
    const sent: string[] = [];
    let neutronUp = false;
    fakeBridge((channel): Result<unknown> => {
      sent.push(channel);
      switch (channel) {
        case 'quotas.usage':
          return { ok: true, value: { projectId: 'p', resources: { instances: { inUse: 9, limit: 10, reserved: 0 }, cores: { inUse: 1, limit: null, reserved: 0 } } } };
        case 'keypairs.list':
          return { ok: true, value: [] };
        case 'networkQuotas.details':
          return neutronUp
            ? { ok: true, value: { floatingip: { used: 1, reserved: 0, limit: 1 } } }
            : { ok: false, error: { kind: 'timeout', message: 'Neutron did not answer in time' } };
        case 'volumeQuotas.usage':
          return { ok: false, error: { kind: 'endpoint_not_found', message: 'no block-storage endpoint in the catalog' } };
        default:
          return unexpected(channel);
      }
    });
    render(<ProjectUsage cloud="c1" />);

    const compute = await screen.findByRole('list', { name: 'Compute' });
    const instances = within(compute).getByRole('meter', { name: 'Instances' });
    expect(instances.getAttribute('aria-valuetext')).toBe('9 of 10 used');
    expect(instances.dataset.level).toBe('warn');
    expect(within(compute).getByRole('meter', { name: 'vCPUs' }).getAttribute('aria-valuetext')).toBe('1 used · unlimited');
    // key pairs: Nova's project detail did not report them here, so no row
    expect(within(compute).queryByRole('meter', { name: 'Key pairs' })).toBeNull();

    const storage = screen.getByRole('region', { name: 'Block storage' });
    expect(storage.textContent).toContain("No Block storage service in this cloud's catalog.");
    expect(within(storage).queryByRole('alert')).toBeNull();

    const network = screen.getByRole('region', { name: 'Network' });
    expect(within(network).getByRole('alert').textContent).toContain('Network quotas could not be read');
    neutronUp = true;
    sent.length = 0;
    await userEvent.click(within(network).getByRole('button', { name: 'Retry Network' }));
    const fips = await within(network).findByRole('meter', { name: 'Floating IPs' });
    expect(fips.dataset.level).toBe('full');
    expect(sent).toEqual(['networkQuotas.details']);
  });
});
