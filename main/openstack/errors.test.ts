import { describe, expect, it } from 'vitest';
import { fromResponse, serviceMessage } from './errors.js';

const facts = (status: number, bodyText: string, service = 'compute', headers: Record<string, string> = {}) => ({
  status,
  bodyText,
  service,
  headers,
  method: 'GET',
  url: 'http://127.0.0.1:8774/v2.1/servers',
});

describe('fromResponse maps every service error body to a kind and the service message', () => {
  it('Nova: one top-level key holding code and message', () => {
    const e = fromResponse(
      facts(404, '{"itemNotFound": {"code": 404, "message": "Instance abc could not be found."}}', 'compute', {
        'x-compute-request-id': 'req-1',
      }),
    );
    expect(e.toJSON()).toEqual({
      kind: 'not_found',
      message: 'Instance abc could not be found.',
      status: 404,
      service: 'compute',
      requestId: 'req-1',
    });
  });

  it('Nova: quota exceeded is over_limit, not forbidden', () => {
    const e = fromResponse(facts(403, '{"forbidden": {"code": 403, "message": "Quota exceeded for instances: Requested 5, but already used 8 of 10 instances"}}'));
    expect(e.kind).toBe('over_limit');
  });

  it('Nova: a 406 for a microversion is unsupported_microversion', () => {
    const e = fromResponse(facts(406, '{"computeFault": {"code": 406, "message": "Version 2.94 is not supported by the API. Minimum is 2.1 and maximum is 2.93."}}'));
    expect(e.kind).toBe('unsupported_microversion');
    expect(e.message).toMatch(/maximum is 2\.93/);
  });

  it('Keystone: {error: {code, message, title}}', () => {
    const e = fromResponse(facts(401, '{"error":{"code":401,"message":"The request you have made requires authentication.","title":"Unauthorized"}}', 'identity'));
    expect(e.kind).toBe('unauthorized');
    expect(e.message).toBe('The request you have made requires authentication.');
  });

  it('Neutron: {NeutronError: {type, message, detail}}', () => {
    const e = fromResponse(
      facts(409, '{"NeutronError": {"type": "IpAddressInUse", "message": "IP address 10.0.0.5 already allocated in subnet x", "detail": ""}}', 'network', {
        'x-openstack-request-id': 'req-n',
      }),
    );
    expect(e.kind).toBe('conflict');
    expect(e.message).toMatch(/already allocated/);
    expect(e.requestId).toBe('req-n');
  });

  it('Neutron: an exceeded quota (409 OverQuota) is over_limit, naming the resource', () => {
    const e = fromResponse(
      facts(409, '{"NeutronError": {"type": "OverQuota", "message": "Quota exceeded for resources: [\'floatingip\'].", "detail": ""}}', 'network'),
    );
    expect(e.kind).toBe('over_limit');
    expect(e.message).toMatch(/floatingip/);
  });

  it('Cinder: an exceeded quota (413 overLimit) is over_limit with the message', () => {
    const e = fromResponse(
      facts(
        413,
        '{"overLimit": {"code": 413, "message": "VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota. Requested 99999G, quota is 2000G and 0G has been consumed.", "retryAfter": "0"}}',
        'block-storage',
        { 'x-openstack-request-id': 'req-2' },
      ),
    );
    expect(e.toJSON()).toMatchObject({ kind: 'over_limit', status: 413, service: 'block-storage', requestId: 'req-2' });
    expect(e.message).toMatch(/^VolumeSizeExceedsAvailableQuota: .*gigabytes quota/);
  });

  it('Cinder: "Invalid volume" (wrong state: attached, has snapshots) is a conflict, other 400s stay bad_request', () => {
    const inUse = fromResponse(
      facts(
        400,
        '{"badRequest": {"code": 400, "message": "Invalid volume: Volume status must be available or error or error_restoring or error_extending or error_managing and must not be migrating, attached, belong to a group, have snapshots, awaiting a transfer, or be disassociated from snapshots after volume transfer."}}',
        'block-storage',
      ),
    );
    expect(inUse.kind).toBe('conflict');
    expect(inUse.message).toMatch(/must not be migrating, attached/);
    const badSize = fromResponse(
      facts(400, '{"badRequest": {"code": 400, "message": "Invalid input received: New size for extend must be greater than current size."}}', 'block-storage'),
    );
    expect(badSize.kind).toBe('bad_request');
  });

  it('Glance: an HTML body keeps only its text', () => {
    const html = '<html>\n <head>\n  <title>404 Not Found</title>\n </head>\n <body>\n  <h1>404 Not Found</h1>\n  No image found with ID 123<br /><br />\n\n\n\n </body>\n</html>';
    const e = fromResponse(facts(404, html, 'image'));
    expect(e.kind).toBe('not_found');
    expect(e.message).toBe('No image found with ID 123');
  });

  it('Glance asked for JSON: the webob message loses its <br /> tail', () => {
    const body = '{"message": "No image found with ID 123<br /><br />\\n\\n\\n", "code": "404 Not Found", "title": "Not Found"}';
    const e = fromResponse(facts(404, body, 'image'));
    expect(e.kind).toBe('not_found');
    expect(e.message).toBe('No image found with ID 123');
  });

  it('Placement: {errors: [{detail}]}', () => {
    expect(serviceMessage('{"errors": [{"status": 409, "title": "Conflict", "detail": "resource provider generation conflict"}]}')).toBe(
      'resource provider generation conflict',
    );
  });

  it('maps statuses without a body', () => {
    expect(fromResponse(facts(400, '')).kind).toBe('bad_request');
    expect(fromResponse(facts(409, '')).kind).toBe('conflict');
    expect(fromResponse(facts(429, '')).kind).toBe('over_limit');
    expect(fromResponse(facts(503, '')).kind).toBe('server_error');
    expect(fromResponse(facts(503, '')).message).toBe('HTTP 503 from compute');
  });
});
