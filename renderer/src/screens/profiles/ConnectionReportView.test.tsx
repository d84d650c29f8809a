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
