import { z } from 'zod';
import { KEYPAIR_TYPES } from '../domain/keypair.js';
import { ResourceId } from '../ipc/ids.js';
import { PageSize } from './fields.js';

/**
 * Nova's keypair name rule, as widened in compute 2.92 (`@` and `.` added): letters, digits,
 * space, `_ - @ .`, 1–255 characters. ResourceId does not fit (it allows `:`, which Nova
 * refuses). Names go into the URL path of get and delete, so `.` and `..` are refused here
 * even though Nova would store them; an older Nova refuses `@` and `.` itself.
 */
export const KeypairName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[A-Za-z0-9 _.@-]+$/, 'a keypair name may hold only letters, digits, space and _ - @ .')
  .refine((s) => s.trim() !== '' && s !== '.' && s !== '..', 'a keypair name cannot be blank, . or ..');

export const KeypairType = z.enum(KEYPAIR_TYPES);

/** Admins act on another user's keypairs by user id (compute 2.10). */
const userId = ResourceId.optional();

/** Registers an existing public key (OpenSSH line, or a PEM certificate for x509). */
export const KeypairImportRequest = z
  .object({
    name: KeypairName,
    publicKey: z.string().trim().min(1, 'a public key is required').max(65_536),
    type: KeypairType.optional(),
    userId,
  })
  .strict();
export type KeypairImportRequest = z.output<typeof KeypairImportRequest>;

/** Lets Nova generate the pair (≤ 2.91); the private key comes back once. */
export const KeypairGenerateRequest = z.object({ name: KeypairName, type: KeypairType.optional(), userId }).strict();
export type KeypairGenerateRequest = z.output<typeof KeypairGenerateRequest>;

export const KeypairListFilters = z
  .object({
    /** page size; before 2.35 Nova returns everything in one page, so it is dropped there */
    pageSize: PageSize.optional(),
    /** start after this keypair name (2.35) */
    marker: KeypairName.optional(),
    userId,
  })
  .strict();
export type KeypairListFilters = z.output<typeof KeypairListFilters>;
