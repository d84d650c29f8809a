import { z } from 'zod';

/**
 * `POST /v3/users/{user_id}/application_credentials`: name, description, expiry. The roles are
 * the current token's (no more than the user has in the project); unrestricted (may create
 * more credentials and trusts) stays off unless asked for, as Keystone's own default.
 */
export const ApplicationCredentialCreateRequest = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'a name is required')
      .max(255)
      .regex(/^\P{Cc}*$/u, 'a name cannot contain control characters'),
    description: z.string().trim().max(255).optional(),
    expiresAt: z
      .string()
      .datetime({ offset: true, message: 'an expiry is a date and time such as 2027-01-31T12:00:00Z' })
      .refine((s) => Date.parse(s) > Date.now(), 'the expiry must be in the future')
      .optional(),
    unrestricted: z.boolean().default(false),
  })
  .strict();
export type ApplicationCredentialCreateRequest = z.output<typeof ApplicationCredentialCreateRequest>;
