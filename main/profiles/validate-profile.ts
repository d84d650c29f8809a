import type { z } from 'zod';
import { ProfileDraft, type ProfileDraftInput } from '../../shared/schemas/profile.js';
import { OpenStackError } from '../openstack/errors.js';
import { readCaFile } from './ca-file.js';

export interface FieldIssue {
  field: string;
  message: string;
}

/** zod issues as `{ field: 'auth.user.domain', message }`, the form's field names. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
}

/** One validation error naming the first bad field; the message lists them all. */
export function validationFromZod(error: z.ZodError, prefix = ''): OpenStackError {
  const issues = fieldIssues(error).map((i) => ({ ...i, field: prefix + i.field }));
  const first = issues[0] ?? { field: prefix.replace(/\.$/, ''), message: 'invalid' };
  const message = issues.map((i) => `${i.field || '(profile)'}: ${i.message}`).join('; ');
  return new OpenStackError('validation', message, { field: first.field });
}

/** Offline checks of a profile: the schema, then that its CA file can be read (main only). */
export async function validateDraft(input: ProfileDraftInput | unknown): Promise<ProfileDraft> {
  const parsed = ProfileDraft.safeParse(input);
  if (!parsed.success) throw validationFromZod(parsed.error);
  if (parsed.data.tls.caFile) await readCaFile(parsed.data.tls.caFile);
  return parsed.data;
}
