import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileView, SecretStorageInfo, StoreProblem } from '../../../../shared/schemas/profile.js';
import { api } from '../../lib/api.js';
import { useClouds } from '../../stores/clouds.js';
import { DeleteDialog } from './DeleteDialog.js';
import { ExportDialog } from './ExportDialog.js';
import { ImportDialog } from './ImportDialog.js';
import { ProfileForm } from './ProfileForm.js';
import { ProfilesTable, type RowAction } from './ProfilesTable.js';
import { SecretDialog } from './SecretDialog.js';
import { StoreBanners } from './StoreBanners.js';
import { TestConnectionDialog, type TestInput } from './TestConnectionDialog.js';
import '../../styles/profiles.css';

type Open =
  | { kind: 'add' }
  | { kind: 'edit'; profile: ProfileView }
  | { kind: 'secret'; profile: ProfileView }
  | { kind: 'delete'; profile: ProfileView }
  | { kind: 'test'; input: TestInput }
  | { kind: 'import' }
  | { kind: 'export'; only?: string };

/** Cloud profiles: list, add, edit, import, export, test, secrets, delete. */
export function ProfilesScreen() {
  const { t } = useTranslation('profiles');
  const profiles = useClouds((s) => s.profiles);
  const statuses = useClouds((s) => s.statuses);
  const currentId = useClouds((s) => s.currentId);
  const [problems, setProblems] = useState<StoreProblem[]>([]);
  const [secretStorage, setSecretStorage] = useState<SecretStorageInfo>();
  const [open, setOpen] = useState<Open>();

  const refresh = useCallback(async () => {
    const [, p, s] = await Promise.all([
      useClouds.getState().load().catch(() => {}),
      api.invoke('profiles.problems', {}),
      api.invoke('profiles.secretStorage', {}),
    ]);
    if (p.ok) setProblems(p.value);
    if (s.ok) setSecretStorage(s.value);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const close = () => setOpen(undefined);
  const closeAndRefresh = () => {
    setOpen(undefined);
    void refresh();
  };

  function onAction(action: RowAction, p: ProfileView) {
    if (action === 'test') setOpen({ kind: 'test', input: { id: p.id, name: p.name } });
    else if (action === 'export') setOpen({ kind: 'export', only: p.id });
    else setOpen({ kind: action, profile: p });
  }

  return (
    <section className="profiles-screen" aria-labelledby="profiles-title">
      <div className="kit-row screen-header">
        <h1 id="profiles-title">{t('title')}</h1>
        <span className="muted">{t('count', { count: profiles.length })}</span>
        <span className="kit-grow" />
        <button type="button" className="button" onClick={() => setOpen({ kind: 'import' })}>
          {t('actions.import')}
        </button>
        <button type="button" className="button" onClick={() => setOpen({ kind: 'export' })} disabled={profiles.length === 0}>
          {t('actions.exportAll')}
        </button>
        <button type="button" className="button primary" onClick={() => setOpen({ kind: 'add' })}>
          {t('actions.add')}
        </button>
      </div>
      <StoreBanners problems={problems} {...(secretStorage ? { secretStorage } : {})} />
      {profiles.length === 0 ? (
        <div className="empty-state">
          <p>{t('empty')}</p>
        </div>
      ) : (
        <ProfilesTable profiles={profiles} statuses={statuses} currentId={currentId} onAction={onAction} />
      )}

      {open?.kind === 'add' && <ProfileForm {...(secretStorage ? { secretStorage } : {})} onClose={close} onSaved={closeAndRefresh} />}
      {open?.kind === 'edit' && (
        <ProfileForm profile={open.profile} {...(secretStorage ? { secretStorage } : {})} onClose={close} onSaved={closeAndRefresh} />
      )}
      {open?.kind === 'secret' && <SecretDialog profile={open.profile} {...(secretStorage ? { secretStorage } : {})} onClose={closeAndRefresh} />}
      {open?.kind === 'delete' && <DeleteDialog profile={open.profile} onClose={close} onDeleted={closeAndRefresh} />}
      {open?.kind === 'test' && <TestConnectionDialog input={open.input} onClose={close} />}
      {open?.kind === 'import' && <ImportDialog {...(secretStorage ? { secretStorage } : {})} onClose={closeAndRefresh} />}
      {open?.kind === 'export' && <ExportDialog {...(open.only ? { only: open.only } : {})} onClose={close} />}
    </section>
  );
}
