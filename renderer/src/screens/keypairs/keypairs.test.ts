import { describe, expect, it } from 'vitest';
import { localeKeys } from '../../kit/action-table.js';
import { missingLocaleKeys } from '../../kit/locale-keys.js';
import { KEYPAIR_ACTIONS } from './keypair-actions.js';
import { generateSchema, importSchema, nameFromFile, problemKey } from './keypair-form.js';

describe('key pair actions', () => {
  it('every action has its words in English and Chinese', () => {
    expect(localeKeys(KEYPAIR_ACTIONS)).toContain('action.delete');
    expect(missingLocaleKeys(KEYPAIR_ACTIONS)).toEqual([]);
  });

  it('delete is batchable and asks first, with the production guard', () => {
    const del = KEYPAIR_ACTIONS.actions.find((a) => a.id === 'delete');
    expect(del).toMatchObject({ batchable: true, danger: true, confirm: { production: true } });
    expect(del?.request?.channel).toBe('keypairs.delete');
    expect(del?.request?.input({ name: 'k1' } as never, 'c1')).toEqual({ cloud: 'c1', name: 'k1' });
  });
});

describe('key pair forms', () => {
  it("take Nova's names only, and not one the project already has", () => {
    const schema = generateSchema(['taken']);
    expect(schema.safeParse({ name: 'my key@lab.1' }).success).toBe(true);
    const taken = schema.safeParse({ name: 'taken' });
    expect(!taken.success && problemKey('name', taken.error.issues[0]?.message)).toBe('form.taken');
    const bad = schema.safeParse({ name: 'a/b' });
    expect(!bad.success && problemKey('name', bad.error.issues[0]?.message)).toBe('form.badName');
  });

  it('import needs a public key', () => {
    const r = importSchema([]).safeParse({ name: 'k', publicKey: '  ' });
    expect(!r.success && r.error.issues.map((i) => i.path[0])).toEqual(['publicKey']);
  });

  it("a .pub file's name becomes the key pair name", () => {
    expect(nameFromFile('id_ed25519.pub')).toBe('id_ed25519');
    expect(nameFromFile('me+work.pub')).toBe('me-work');
  });
});
