// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../../i18n/index.js';
import { useLaunch } from './launch-store.js';
import { RunsPanel } from './RunsPanel.js';

afterEach(cleanup);

describe('a launch Nova refused', () => {
  it('says why by the one error rule, request id included', () => {
    const error = { kind: 'conflict' as const, message: 'Quota exceeded for instances', service: 'compute', status: 403, requestId: 'req-7' };
    useLaunch.setState({ runs: [{ key: 'r1', cloud: 'c1', name: 'web', count: 1, startedAt: 0, phase: 'failed', servers: [], error }] });
    render(<RunsPanel />);
    expect(screen.getByRole('alert').textContent).toMatch(/: Quota exceeded for instances \(compute, HTTP 403\) · Request ID: req-7$/);
  });
});
