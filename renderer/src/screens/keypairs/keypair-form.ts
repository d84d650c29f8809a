import { z } from 'zod';
import { KeypairImportRequest, KeypairName } from '../../../../shared/schemas/keypair.js';

/**
 * The forms' schemas, from the request schemas in shared (one schema, two uses): the name as
 * Nova takes it, and not one this project already has. Messages are i18n keys in `keypairs`.
 */
export function nameSchema(taken: readonly string[]) {
  return KeypairName.refine((n) => !taken.includes(n), { message: 'form.taken' });
}

export function generateSchema(taken: readonly string[]) {
  return z.object({ name: nameSchema(taken) });
}

export function importSchema(taken: readonly string[]) {
  return z.object({ name: nameSchema(taken), publicKey: KeypairImportRequest.shape.publicKey });
}

/** The message key for a field's problem: ours when we set one, else the field's general one. */
export const problemKey = (field: 'name' | 'publicKey', message: string | undefined) =>
  message?.startsWith('form.') ? message : field === 'name' ? 'form.badName' : 'form.keyRequired';

/** A .pub file's name as a key pair name: `id_ed25519.pub` → `id_ed25519`. */
export const nameFromFile = (file: string) => file.replace(/\.pub$/, '').replace(/[^A-Za-z0-9 _.@-]/g, '-');
