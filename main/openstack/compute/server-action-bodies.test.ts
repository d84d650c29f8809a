import type { ServerRebuildRequest } from '../../../shared/schemas/server-actions.js';
import { describe, expect, it } from 'vitest';
import { buildLockBody, buildRebuildBody, buildRemoteConsoleBody, buildRescueBody, buildUnshelveBody } from './server-action-bodies.js';
import { buildServerCreateBody } from './server-create-body.js';

describe('buildLockBody', () => {
  it('sends null without a reason at any version, and the reason from 2.73', () => {
    expect(buildLockBody(undefined, '2.1')).toEqual({ lock: null });
    expect(buildLockBody('maintenance', '2.73')).toEqual({ lock: { locked_reason: 'maintenance' } });
  });
  it('refuses a reason before 2.73 instead of dropping it', () => {
    expect(() => buildLockBody('x', '2.72')).toThrow(expect.objectContaining({ kind: 'unsupported_microversion', field: 'reason' }));
  });
});

describe('buildUnshelveBody', () => {
  it('sends null without a zone at any version, and the zone from 2.77', () => {
    expect(buildUnshelveBody(undefined, '2.1')).toEqual({ unshelve: null });
    expect(buildUnshelveBody(undefined, '2.96')).toEqual({ unshelve: null });
    expect(buildUnshelveBody('nova', '2.77')).toEqual({ unshelve: { availability_zone: 'nova' } });
  });
  it('refuses a zone before 2.77, naming the field, instead of dropping it', () => {
    expect(() => buildUnshelveBody('nova', '2.76')).toThrow(expect.objectContaining({ kind: 'unsupported_microversion', field: 'availabilityZone' }));
  });
});

describe('buildRebuildBody', () => {
  it('names the keys as the API reference does', () => {
    expect(
      buildRebuildBody(
        {
          imageRef: 'img',
          name: 'n',
          adminPass: 'pw',
          metadata: { a: 'b' },
          preserveEphemeral: true,
          diskConfig: 'AUTO',
          accessIPv4: '1.2.3.4',
          description: 'd',
          keyName: null,
          userData: { text: 'hi' },
          trustedImageCertificates: ['c1'],
          hostname: 'h',
        },
        '2.93',
      ),
    ).toEqual({
      rebuild: {
        imageRef: 'img',
        name: 'n',
        adminPass: 'pw',
        metadata: { a: 'b' },
        preserve_ephemeral: true,
        'OS-DCF:diskConfig': 'AUTO',
        accessIPv4: '1.2.3.4',
        description: 'd',
        key_name: null,
        user_data: 'aGk=',
        trusted_image_certificates: ['c1'],
        hostname: 'h',
      },
    });
  });

  it('keeps null user data (removes it) and given base64 untouched', () => {
    expect(buildRebuildBody({ imageRef: 'i', userData: null }, '2.57').rebuild.user_data).toBeNull();
    expect(buildRebuildBody({ imageRef: 'i', userData: { base64: 'H4sI' } }, '2.57').rebuild.user_data).toBe('H4sI');
  });

  it('encodes user data and files as a launch does: UTF-8, then base64', () => {
    const text = '#cloud-config\nhostname: café-✓\n';
    const rebuilt = buildRebuildBody({ imageRef: 'i', userData: { text } }, '2.57').rebuild;
    const launched = buildServerCreateBody({ name: 'n', flavorRef: 'f', imageRef: 'i', userData: { text }, networks: 'none' }, '2.57').server;
    expect(rebuilt.user_data).toBe(Buffer.from(text, 'utf8').toString('base64'));
    expect(rebuilt.user_data).toBe(launched.user_data);
    const files = buildRebuildBody({ imageRef: 'i', personality: [{ path: '/p', contents: text }] }, '2.56').rebuild;
    expect(files.personality).toEqual([{ path: '/p', contents: Buffer.from(text, 'utf8').toString('base64') }]);
  });

  it('encodes personality only up to 2.56', () => {
    const files = [{ path: '/etc/motd', contents: 'hello' }];
    expect(buildRebuildBody({ imageRef: 'i', personality: files }, '2.56').rebuild.personality).toEqual([{ path: '/etc/motd', contents: 'aGVsbG8=' }]);
    expect(() => buildRebuildBody({ imageRef: 'i', personality: files }, '2.57')).toThrow(
      expect.objectContaining({ kind: 'unsupported_microversion', field: 'personality' }),
    );
  });

  it.each<[string, Partial<ServerRebuildRequest>, string, string]>([
    ['description', { description: 'd' }, '2.18', '2.19'],
    ['keyName', { keyName: 'k' }, '2.53', '2.54'],
    ['userData', { userData: { text: 'x' } }, '2.56', '2.57'],
    ['trustedImageCertificates', { trustedImageCertificates: ['c'] }, '2.62', '2.63'],
    ['hostname', { hostname: 'h' }, '2.89', '2.90'],
  ])('gates %s', (field, extra, below, from) => {
    expect(() => buildRebuildBody({ imageRef: 'i', ...extra }, below)).toThrow(expect.objectContaining({ kind: 'unsupported_microversion', field }));
    expect(() => buildRebuildBody({ imageRef: 'i', ...extra }, from)).not.toThrow();
  });

  it('refuses a rebuild without an image and oversized user data', () => {
    expect(() => buildRebuildBody({ imageRef: '' }, '2.93')).toThrow(expect.objectContaining({ kind: 'validation', field: 'imageRef' }));
    expect(() => buildRebuildBody({ imageRef: 'i', userData: { text: 'x'.repeat(50_000) } }, '2.93')).toThrow(
      expect.objectContaining({ kind: 'validation', field: 'userData' }),
    );
  });
});

describe('buildRescueBody', () => {
  it('is null without options, as the API reference allows, and names Nova\'s fields otherwise', () => {
    expect(buildRescueBody({})).toEqual({ rescue: null });
    expect(buildRescueBody({ adminPass: 'MySecretPass', rescueImageRef: 'img-1' })).toEqual({ rescue: { adminPass: 'MySecretPass', rescue_image_ref: 'img-1' } });
    expect(buildRescueBody({ rescueImageRef: 'img-1' })).toEqual({ rescue: { rescue_image_ref: 'img-1' } });
  });
});

describe('buildRemoteConsoleBody', () => {
  it('builds the 2.6 body and gates MKS at 2.8', () => {
    expect(buildRemoteConsoleBody('vnc', 'novnc', '2.6')).toEqual({ remote_console: { protocol: 'vnc', type: 'novnc' } });
    expect(() => buildRemoteConsoleBody('vnc', 'novnc', '2.5')).toThrow(expect.objectContaining({ kind: 'unsupported_microversion' }));
    expect(() => buildRemoteConsoleBody('mks', 'webmks', '2.7')).toThrow(expect.objectContaining({ field: 'protocol' }));
  });
});
