import type { z } from 'zod';

/** One IPC operation: the zod schema of its input and, as a phantom type, its output. */
export interface Op<I extends z.ZodType, O> {
  readonly input: I;
  readonly __output?: O;
}

/** `op(InputSchema)<Output>()` — the output type is declared, the input is validated. */
export const op =
  <I extends z.ZodType>(input: I) =>
  <O>(): Op<I, O> => ({ input });
