import { z } from 'zod';
import type { ApplicationCredential, ApplicationCredentialCreated } from '../../domain/application-credential.js';
import { ApplicationCredentialCreateRequest } from '../../schemas/application-credential.js';
import { op } from '../op.js';
import { ById, cloudInput } from './cloud-input.js';

/** Keystone: the token user's application credentials. */
export const identityOps = {
  'applicationCredentials.list': op(cloudInput({}))<ApplicationCredential[]>(),
  /**
   * Creates one for the cloud's current project; `useForProfile` switches the cloud's profile
   * to it, its secret replacing the stored password (then no secret comes back).
   */
  'applicationCredentials.create': op(cloudInput({ credential: ApplicationCredentialCreateRequest, useForProfile: z.boolean().default(false) }))<ApplicationCredentialCreated>(),
  'applicationCredentials.delete': op(ById)<null>(),
} as const;
