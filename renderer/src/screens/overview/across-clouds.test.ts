import { describe, expect, it } from 'vitest';
import { summaryRow } from './across-clouds.js';
import type { UsageRow } from './overview-rows.js';

const row = (key: string, used: number, max: number | null): UsageRow => ({ key, usage: { used, max }, unit: 'count' });

describe('a cloud row of the across-clouds table', () => {
  it('takes each column from its service, and a service failing leaves the others', () => {
    const r = summaryRow({ id: 'c1', name: 'demo' }, {
      compute: { state: 'ok', rows: [row('instances', 3, 10), row('cores', 4, null)] },
      network: { state: 'error', error: { kind: 'timeout', message: 'Neutron did not answer' } },
      volume: { state: 'error', error: { kind: 'endpoint_not_found', message: 'no volumev3 endpoint' } },
    });
    expect(r.cells.instances).toEqual({ kind: 'usage', row: row('instances', 3, 10) });
    expect(r.cells.cores).toEqual({ kind: 'usage', row: row('cores', 4, null) });
    expect(r.cells.ram).toEqual({ kind: 'none' });
    expect(r.cells.floatingIps).toMatchObject({ kind: 'error', error: { kind: 'timeout' } });
    expect(r.cells.volumes).toEqual({ kind: 'absent' });
    expect(r.cells.gigabytes).toEqual({ kind: 'absent' });
  });

  it('shows the last answer while reloading, loading before any, and never a per-type row as the total', () => {
    const typed: UsageRow = { ...row('volumes', 1, 5), key: 'volumes', volumeType: 'ssd' };
    const r = summaryRow({ id: 'c1', name: 'demo' }, { compute: { state: 'loading', rows: [row('instances', 1, 10)] }, volume: { state: 'ok', rows: [typed] } });
    expect(r.cells.instances).toMatchObject({ kind: 'usage' });
    expect(r.cells.floatingIps).toEqual({ kind: 'loading' });
    expect(r.cells.volumes).toEqual({ kind: 'none' });
  });
});
