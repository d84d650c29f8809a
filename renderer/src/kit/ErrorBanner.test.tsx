// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../i18n/index.js';
import { ErrorBanner } from './ErrorBanner.js';

afterEach(cleanup);

describe('ErrorBanner', () => {
  it('says the error by the one rule, request id included, after what failed', () => {
    const error = { kind: 'conflict' as const, message: "Cannot 'stop' instance while it is in vm_state stopped", service: 'compute', status: 409, requestId: 'req-7' };
    render(<ErrorBanner what="Stop failed" error={error} />);
    expect(screen.getByRole('alert').textContent).toBe(
      "Stop failed: Conflict: Cannot 'stop' instance while it is in vm_state stopped (compute, HTTP 409) · Request ID: req-7",
    );
  });

  it('shows a failure already in words as it is, and nothing without an error', () => {
    const { rerender } = render(<ErrorBanner error="The file is not a public key" />);
    expect(screen.getByRole('alert').textContent).toBe('The file is not a public key');
    rerender(<ErrorBanner error={undefined} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
