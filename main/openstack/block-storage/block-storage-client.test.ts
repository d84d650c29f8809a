import { describe, expect, it } from 'vitest';
import { volumeRange, volumeVersionUrl } from './block-storage-client.js';

describe('Cinder version document', () => {
  it('finds /v3/ behind a catalog URL with or without a project id', () => {
    expect(volumeVersionUrl('http://127.0.0.1:8776/v3')).toBe('http://127.0.0.1:8776/v3/');
    expect(volumeVersionUrl('https://cloud.example/volume/v3/0123abcd')).toBe('https://cloud.example/volume/v3/');
  });

  it('reads the range from GET /v3/ (a versions list, as Zed answers)', () => {
    const doc = {
      versions: [
        { id: 'v3.0', status: 'CURRENT', version: '3.70', min_version: '3.0', updated: '2022-08-31T00:00:00Z' },
      ],
    };
    expect(volumeRange(doc)).toEqual({ min: '3.0', max: '3.70' });
  });

  it('reads a single-version document, and treats a cloud without microversions as 3.0', () => {
    expect(volumeRange({ version: { id: 'v3.0', version: '3.59', min_version: '3.0' } })).toEqual({ min: '3.0', max: '3.59' });
    expect(volumeRange({ versions: [{ id: 'v3.0', version: '', min_version: '' }] })).toEqual({ min: '3.0', max: '3.0' });
  });
});
