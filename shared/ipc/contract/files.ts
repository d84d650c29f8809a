import { z } from 'zod';
import type { GuessedDiskFormat } from '../../image/disk-format.js';
import { op } from '../op.js';

/** A transfer's id, chosen by the renderer so it can follow the progress from the first event. */
export const TransferId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'a transfer id is 1–64 letters, digits or -');
/** What main's file dialog gave back instead of a path (main/files/picked-files.ts). */
export const FileRef = z.uuid();

export interface PickedFile {
  ref: string;
  fileName: string;
}

/** A file picked for upload, with what its header says. */
export interface PickedImageFile extends PickedFile {
  sizeBytes: number;
  guessedDiskFormat: GuessedDiskFormat;
}

const Empty = z.object({}).strict();

/** Main's file dialogs and the transfers they feed: no cloud of their own. */
export const filesOps = {
  /** null: the user closed the dialog */
  'files.pickImage': op(Empty)<PickedImageFile | null>(),
  'files.pickSaveTarget': op(z.object({ suggestedName: z.string().min(1).max(255) }).strict())<PickedFile | null>(),
  /** false when the transfer had already ended */
  'transfers.cancel': op(z.object({ transfer: TransferId }).strict())<boolean>(),
} as const;
