import type { z } from 'zod';
import type { SerializedError } from '../../shared/errors.js';
import { isOpenStackError } from './errors.js';

/** The one mapping from anything main throws to the error shape that leaves main. */
export function zodError(error: z.ZodError): SerializedError {
  const issue = error.issues[0];
  const field = issue && issue.path.length ? issue.path.join('.') : '(input)';
  const message = issue ? `${field}: ${issue.message}` : 'invalid input';
  return { kind: 'validation', message, field };
}

export function toSerializedError(e: unknown, onInternal?: (e: unknown) => void): SerializedError {
  if (isOpenStackError(e)) return e.toJSON();
  if (e && typeof e === 'object' && (e as { name?: string }).name === 'ZodError') return zodError(e as z.ZodError);
  onInternal?.(e);
  // the detail of an unexpected failure stays in main's log; it may hold anything
  return { kind: 'internal', message: 'Novadesk hit an internal error; details are in the main process log' };
}
