import { describe, expect, it } from 'vitest';
import { problemMessage } from './messages.js';

const t = (key: string, o?: Record<string, unknown>) => (o ? `${key} ${JSON.stringify(o)}` : key);

describe('a preview problem in words', () => {
  it('names the versions a feature needs from shared/microversion.ts, in symbols any language reads', () => {
    const msg = (feature: 'server.tags' | 'server.personality', negotiated: string) =>
      problemMessage(t, { field: 'x', code: 'unsupported', feature, negotiated });
    expect(msg('server.tags', '2.50')).toBe('errors.unsupported {"needed":"2.52","negotiated":"2.50"}');
    expect(msg('server.personality', '2.60')).toBe('errors.unsupported {"needed":"≤ 2.56","negotiated":"2.60"}');
  });
});
