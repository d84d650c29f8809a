import { createContext, useContext, type ReactNode } from 'react';
import { supports, type ComputeFeature } from '../../../../shared/microversion.js';
import { rootMinGb } from './boot-volume.js';
import type { LaunchDraft } from './draft.js';
import type { ComputeUsage } from './fit.js';
import type { CloudLookups, LookupKey } from './lookups.js';

/** What every step reads besides the form values: the cloud, its lookups, and the live issues. */
export interface LaunchUi {
  cloud: string;
  lookups: CloudLookups;
  /** negotiated compute microversion, once known */
  microversion: string | undefined;
  usage: ComputeUsage | undefined;
  /** the message to show under a field, if it has one and the user has been there (or tried to launch) */
  errorFor(path: string): string | undefined;
  reload(key: LookupKey): void;
  /** servers of the project already named like the draft (a warning: Nova allows it) */
  nameInUse: number | undefined;
}

const Ctx = createContext<LaunchUi | null>(null);

export function LaunchUiProvider({ value, children }: { value: LaunchUi; children: ReactNode }) {
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useLaunchUi(): LaunchUi {
  const v = useContext(Ctx);
  if (!v) throw new Error('useLaunchUi outside LaunchUiProvider');
  return v;
}

/** Whether the cloud takes a field: true while the version is unknown (main then decides and says why). */
export function useFeature(feature: ComputeFeature): boolean {
  const { microversion } = useLaunchUi();
  return microversion === undefined || supports(feature, microversion);
}

/** The smallest new root volume for the draft, from the loaded image, flavor and volume snapshot. */
export function useRootMinGb(d: LaunchDraft): number | undefined {
  const { lookups } = useLaunchUi();
  return rootMinGb(d, { images: lookups.images?.data, flavors: lookups.flavors?.data, volumeSnapshots: lookups.volumeSnapshots?.data });
}

/** DOM ids derived from a field path, so a summary can link to a field and a field to its message. */
export const fieldId = (path: string) => `lf-${path.replace(/\./g, '-')}`;
export const errorId = (path: string) => `${fieldId(path)}-error`;

/** `id`, `aria-invalid` and `aria-describedby` for the input of `path`. */
export function useFieldProps(path: string, hintId?: string) {
  const { errorFor } = useLaunchUi();
  const error = errorFor(path);
  const describedBy = [error ? errorId(path) : undefined, hintId].filter(Boolean).join(' ');
  return {
    id: fieldId(path),
    'aria-invalid': error ? (true as const) : undefined,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  };
}

export function FieldError({ path }: { path: string }) {
  const { errorFor } = useLaunchUi();
  const error = errorFor(path);
  if (!error) return null;
  return (
    <div className="field-error" id={errorId(path)}>
      {error}
    </div>
  );
}
