import { describe, expect, it } from 'vitest';
import { responseBytes } from './cloud-requests.js';

describe('responseBytes', () => {
  it('reads the size of uwsgi, neutron and eventlet request lines', () => {
    expect(responseBytes('[pid: 13932|app: 0|req: 1/1] 127.0.0.1 () {24 vars in 244 bytes} [Mon Dec  7 07:16:48 2026] GET /v2.1/servers/detail => generated 367 bytes in 16 msecs (HTTP/1.1 200) 3 headers in 91 bytes (1 switches on core 0)')).toBe(367);
    expect(responseBytes('2026-12-07 07:17:05.158 14387 INFO neutron.wsgi [req-1 u p - - default default] 127.0.0.1 "GET /v2.0/networks/public HTTP/1.1" status: 404  len: 314 time: 4.2217226')).toBe(314);
    expect(responseBytes('2026-12-07 07:16:48.411 14312 INFO eventlet.wsgi.server [-] 127.0.0.1 - - [07/Dec/2026 07:16:48] "GET /v2/images HTTP/1.1" 200 1701 0.080400')).toBe(1701);
  });

  it('ignores the lines that are not requests', () => {
    expect(responseBytes('worker 2 buried after 1 seconds')).toBeUndefined();
    expect(responseBytes('2026-12-07 07:16:48.411 14312 INFO nova.compute.manager [-] Took 2.1 seconds to build 200 instances')).toBeUndefined();
  });
});
