import { describe, expect, it } from 'vitest';
import { errorToText, type ErrorWords } from './error-text.js';

const words: ErrorWords = { kind: (k) => `<${k}>`, requestId: (id) => `req=${id}` };

describe('errorToText', () => {
  it('names the kind, the message, the service, the HTTP status and the request id', () => {
    expect(
      errorToText({ kind: 'not_found', message: 'No server x', service: 'compute', status: 404, requestId: 'req-1' }, words),
    ).toBe('<not_found>: No server x (compute, HTTP 404) · req=req-1');
  });

  it('leaves out what the error does not have', () => {
    expect(errorToText({ kind: 'network', message: 'ECONNREFUSED' }, words)).toBe('<network>: ECONNREFUSED');
    expect(errorToText({ kind: 'unauthorized', message: 'm', status: 401 }, words)).toBe('<unauthorized>: m (HTTP 401)');
    expect(errorToText({ kind: 'timeout', message: 'm', service: 'image' }, words)).toBe('<timeout>: m (image)');
  });

  it('leaves the request id out on request, for places that show it apart', () => {
    expect(errorToText({ kind: 'conflict', message: 'm', status: 409, requestId: 'r' }, words, { requestId: false })).toBe('<conflict>: m (HTTP 409)');
  });

  it('has English words of its own', () => {
    expect(errorToText({ kind: 'auth_failed', message: 'bad password', status: 401, requestId: 'r' })).toBe(
      'Auth failed: bad password (HTTP 401) · Request ID: r',
    );
  });
});
