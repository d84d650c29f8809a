import { describe, expect, it } from 'vitest';
import { askEarly, takeEarly } from './early-answers.js';

const answering = (value: unknown) => {
  const asked: Array<[string, unknown]> = [];
  const invoke = (channel: string, input: unknown) => {
    asked.push([channel, input]);
    return Promise.resolve({ ok: true as const, value });
  };
  return { asked, invoke };
};

describe('early answers', () => {
  it('the first call of the same channel and input takes the answer asked early; the next asks again', async () => {
    const main = answering(['demo']);
    askEarly('clouds.cachedList', { cloud: 'p1', kind: 'servers' }, main.invoke);
    expect(main.asked).toHaveLength(1);
    await expect(takeEarly('clouds.cachedList', { cloud: 'p1', kind: 'servers' })).resolves.toEqual({ ok: true, value: ['demo'] });
    expect(takeEarly('clouds.cachedList', { cloud: 'p1', kind: 'servers' })).toBeUndefined();
  });

  it('another input or channel is not answered from it', () => {
    askEarly('clouds.cachedList', { cloud: 'p1', kind: 'servers' }, answering([]).invoke);
    expect(takeEarly('clouds.cachedList', { cloud: 'p2', kind: 'servers' })).toBeUndefined();
    expect(takeEarly('clouds.refreshList', { cloud: 'p1', kind: 'servers' })).toBeUndefined();
    expect(takeEarly('clouds.cachedList', { cloud: 'p1', kind: 'servers' })).toBeDefined();
  });

  it('an answer not taken within 10 s is dropped: a later call asks main', () => {
    askEarly('profiles.list', {}, answering([]).invoke, 1_000);
    expect(takeEarly('profiles.list', {}, 11_001)).toBeUndefined();
  });
});
