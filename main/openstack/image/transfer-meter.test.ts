import { describe, expect, it } from 'vitest';
import { TransferMeter } from './transfer-meter.js';

describe('TransferMeter', () => {
  it('reports the rate over the elapsed time and the time left at that rate', () => {
    let t = 0;
    const m = new TransferMeter(10_000, () => t);
    t = 1000;
    expect(m.add(1000)).toBe(true);
    expect(m.progress()).toEqual({ bytes: 1000, totalBytes: 10_000, bytesPerSecond: 1000, etaSeconds: 9 });
  });

  it('reports at most every 250 ms however many chunks arrive', () => {
    let t = 0;
    const m = new TransferMeter(undefined, () => t);
    t = 300;
    expect(m.add(10)).toBe(true);
    t = 400;
    expect(m.add(10)).toBe(false);
    expect(m.progress().bytes).toBe(20);
  });

  it('has no time left while the size or the rate is unknown', () => {
    let t = 0;
    const m = new TransferMeter(undefined, () => t);
    t = 1000;
    m.add(500);
    expect(m.progress().etaSeconds).toBeUndefined();
    expect(new TransferMeter(100, () => 0).progress()).toMatchObject({ bytesPerSecond: 0, etaSeconds: undefined });
  });

  it('follows a slowdown: the rate looks back about five seconds, not to the start', () => {
    let t = 0;
    const m = new TransferMeter(undefined, () => t);
    for (t = 1000; t <= 10_000; t += 1000) m.add(t <= 5000 ? 10_000 : 1000);
    // the last ~6 s carried 1000 B/s after a fast start
    expect(m.progress().bytesPerSecond).toBeLessThan(3000);
  });

  it('counts a resumed download from the bytes already on disk', () => {
    let t = 0;
    const m = new TransferMeter(1000, () => t, 600);
    t = 1000;
    m.add(100);
    expect(m.progress()).toMatchObject({ bytes: 700, bytesPerSecond: 100, etaSeconds: 3 });
  });
});
