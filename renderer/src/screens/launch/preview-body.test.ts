import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ServerCreateRequest } from '../../../../shared/schemas/server-create.js';
import { HIDDEN, previewBody } from './preview-body.js';

// The body for each (request, microversion), and each problem, is the shared builder's and is
// tested there (shared/compute/server-create-body.test.ts). This file tests what the preview
// adds: the request line and headers, hidden secrets, problems returned instead of thrown.

type Input = z.input<typeof ServerCreateRequest>;
const IMAGE = '70a599e0-31e7-49b7-b260-868f441e862b';
const NET = 'd32019d3-bc6e-4319-9c1d-6722fc136a22';

const preview = (input: Input, mv: string) => previewBody(ServerCreateRequest.parse(input), mv);
const minimal = (extra: Partial<Input> = {}): Input => ({ name: 'vm', imageRef: IMAGE, flavorRef: '1', ...extra });

describe('previewBody', () => {
  it('names the method, path and the microversion in both headers', () => {
    const p = preview(minimal({ networks: 'none' }), '2.93');
    expect(p).toEqual({
      method: 'POST',
      path: '/servers',
      microversion: '2.93',
      headers: { 'OpenStack-API-Version': 'compute 2.93', 'X-OpenStack-Nova-API-Version': '2.93' },
      body: { server: { name: 'vm', imageRef: IMAGE, flavorRef: '1', networks: 'none' } },
      problems: [],
    });
  });

  it('hides the admin password and the user data, showing the user data size only', () => {
    // the API reference example's user data: 'IyEvYmluL2Jhc2gKL2Jpbi9zdQplY2hvICJJIGFtIGluIHlvdSEiCg==' once sent
    const p = preview(minimal({ networks: 'none', adminPass: 's3cret!', userData: { text: '#!/bin/bash\n/bin/su\necho "I am in you!"\n' } }), '2.93');
    expect(p.body.server).toMatchObject({ user_data: `${HIDDEN} 56 base64 characters`, adminPass: HIDDEN });
    const shown = JSON.stringify(p);
    for (const secret of ['s3cret', 'bin/su', 'IyEvYmlu']) expect(shown).not.toContain(secret);
  });

  it('returns what main would refuse as problems, with the rest of the body, instead of throwing', () => {
    const p = preview(minimal({ networks: [{ netId: NET }, {}], tags: ['a'] }), '2.51');
    expect(p.problems).toEqual([
      { field: 'networks.1', code: 'nicNeedsTarget' },
      { field: 'tags', code: 'unsupported', feature: 'server.tags', negotiated: '2.51' },
    ]);
    expect(p.body).toEqual({ server: { name: 'vm', imageRef: IMAGE, flavorRef: '1', networks: [{ uuid: NET }, {}] } });
  });

  it('never changes the request it is given', () => {
    const input = ServerCreateRequest.parse(minimal({ tags: ['x'], metadata: { k: 'v' }, adminPass: 'pw', networks: [{ netId: NET }] }));
    const before = structuredClone(input);
    const p = previewBody(input, '2.93');
    expect(input).toEqual(before);
    (p.body.server.metadata as Record<string, string>).k = 'changed';
    expect(input).toEqual(before);
  });
});
