import type Conf from 'conf';

/** The layout of profiles.json; conf records the last applied migration in the file. */
export interface StoreData extends Record<string, unknown> {
  profiles: Record<string, unknown>;
}

/** Bump with a migration below whenever the stored profile layout changes. */
export const STORE_SCHEMA_VERSION = '2.0.0';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * conf runs every migration newer than the file's version and not newer than
 * STORE_SCHEMA_VERSION, in order, on a fresh file too (from 0.0.0).
 */
export const STORE_MIGRATIONS: Record<string, (store: Conf<StoreData>) => void> = {
  '1.0.0': (store) => {
    if (!isObject(store.get('profiles'))) store.set('profiles', {});
  },
  // v1 profiles had no `interface`: every request went to the public endpoints, so that is
  // what they keep; v1 also spelled the CA bundle `cacert` at the top level.
  '2.0.0': (store) => {
    const profiles = store.get('profiles');
    if (!isObject(profiles)) return;
    for (const p of Object.values(profiles)) {
      if (!isObject(p)) continue;
      p.interface ??= 'public';
      if ('cacert' in p) {
        const tls = isObject(p.tls) ? p.tls : { verify: true };
        if (typeof p.cacert === 'string' && p.cacert) tls.caFile ??= p.cacert;
        p.tls = tls;
        delete p.cacert;
      }
    }
    store.set('profiles', profiles);
  },
};
