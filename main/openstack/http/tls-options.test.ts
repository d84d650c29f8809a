import { rootCertificates } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { tlsConnectOptions, type CaSource } from './tls-options.js';
import { HttpTransport } from './transport.js';

const PROFILE_CA = '-----BEGIN CERTIFICATE-----\nprofile\n-----END CERTIFICATE-----\n';
const source: CaSource = (type) => [`-----BEGIN CERTIFICATE-----\n${type}\n-----END CERTIFICATE-----\n`];

describe('TLS connect options (issue 12 item 11d, 11e)', () => {
  it('verify: false with a CA file says the CA file is ignored', () => {
    expect(tlsConnectOptions({ verify: false, caPem: PROFILE_CA }, source)).toEqual({
      connect: { rejectUnauthorized: false },
      warnings: ['ca_file_ignored'],
    });
    expect(tlsConnectOptions({ verify: false }, source).warnings).toEqual([]);
  });

  it('trusts the OS store where Node offers it, with the bundled roots, NODE_EXTRA_CA_CERTS and the profile CA', () => {
    const { connect, warnings } = tlsConnectOptions({ verify: true, caPem: PROFILE_CA }, source);
    expect(connect.ca).toEqual([source('bundled')[0], source('extra')[0], source('system')[0], PROFILE_CA]);
    expect(warnings).toEqual([]);
    expect(tlsConnectOptions({}, source).connect.ca).toContain(source('system')[0]);
  });

  it("where Node cannot read the OS store (Node 20), the profile CA joins Node's bundled roots", () => {
    expect(tlsConnectOptions({ caPem: PROFILE_CA }, undefined).connect.ca).toEqual([...rootCertificates, PROFILE_CA]);
    expect(tlsConnectOptions({}, undefined).connect).toEqual({});
  });
});

describe('the transport reports its TLS warnings', () => {
  it('verify: false with a CA file', async () => {
    const t = new HttpTransport({ verify: false, caPem: PROFILE_CA });
    expect(t.warnings).toEqual(['ca_file_ignored']);
    await t.close();
    const quiet = new HttpTransport({ verify: false });
    expect(quiet.warnings).toEqual([]);
    await quiet.close();
  });
});
