// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../../i18n/index.js';
import { ConnectionReportView } from './ConnectionReportView.js';

afterEach(cleanup);

describe('a failed check in the test connection report', () => {
  it('says it by the one error rule: kind, message, service, HTTP status, then the request id', () => {
    const error = { kind: 'auth_failed' as const, message: 'The request you have made requires authentication.', service: 'identity', status: 401, requestId: 'req-42' };
    render(<ConnectionReportView report={{ testedAt: '2026-01-01T00:00:00Z', auth: { ok: false, error } }} />);
    expect(screen.getByText(/requires authentication/).textContent).toBe(
      'Authentication failed: The request you have made requires authentication. (identity, HTTP 401) · Request ID: req-42',
    );
  });
});

describe('the services in the test connection report', () => {
  it("names Nova and Cinder with the microversion range each offers and the one negotiated", () => {
    render(
      <ConnectionReportView
        report={{
          testedAt: '2026-01-01T00:00:00Z',
          auth: { ok: false, error: { kind: 'internal', message: 'not tried' } },
          compute: { ok: true, min: '2.1', max: '2.93', negotiated: '2.93' },
          blockStorage: { ok: true, min: '3.0', max: '3.70', negotiated: '3.70' },
        }}
      />,
    );
    const cinder = screen.getByRole('region', { name: /Block storage \(Cinder\)/ });
    expect(cinder.textContent).toContain('3.0 – 3.70');
    expect(screen.getByRole('region', { name: /Compute \(Nova\)/ }).textContent).toContain('2.1 – 2.93');
  });
});
