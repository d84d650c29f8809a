import { describe, expect, it } from 'vitest';
import { formatBytes, formatGiB, formatMiB } from './units.js';

describe('size units', () => {
  it('memory in MiB: whole GiB as GiB, the rest exact, binary', () => {
    expect(formatMiB(512)).toBe('512 MiB');
    expect(formatMiB(2048)).toBe('2 GiB');
    expect(formatMiB(1536)).toBe('1,536 MiB');
  });

  it('disk in GiB: whole TiB as TiB', () => {
    expect(formatGiB(20)).toBe('20 GiB');
    expect(formatGiB(2048)).toBe('2 TiB');
  });

  it('bytes in their largest binary unit', () => {
    expect(formatBytes(1536 * 1024 * 1024)).toBe('1.5 GiB');
    expect(formatBytes(12_884_901_888)).toBe('12 GiB');
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(undefined)).toBe('—');
  });
});
